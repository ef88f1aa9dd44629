package dev.backload.app.account;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts in the database. Emails are compared lower-cased. */
@Repository
public class AccountRepository {
  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a new account.
   *
   * @return the new account's id
   */
  public long create(String email, String passwordHash, String displayName) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO account (email, password_hash, display_name) VALUES (:email, :hash, :name)")
        .param("email", normalise(email))
        .param("hash", passwordHash)
        .param("name", displayName)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  public Optional<Account> findByEmail(String email) {
    return jdbc.sql(
            "SELECT id, email, password_hash, display_name, weight_unit, time_zone, created_at"
                + " FROM account WHERE email = :email")
        .param("email", normalise(email))
        .query(
            (rs, n) ->
                new Account(
                    rs.getLong("id"),
                    rs.getString("email"),
                    rs.getString("password_hash"),
                    rs.getString("display_name"),
                    rs.getString("weight_unit"),
                    rs.getString("time_zone"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant()))
        .optional();
  }

  public void updatePasswordHash(long id, String passwordHash) {
    jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
        .param("hash", passwordHash)
        .param("id", id)
        .update();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
  }

  static String normalise(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
