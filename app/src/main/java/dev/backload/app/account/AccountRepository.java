package dev.backload.app.account;

import dev.backload.core.importing.WeightUnit;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Accounts in the database. Emails are compared lower-cased. */
@Repository
public class AccountRepository {
  private final JdbcClient jdbc;
  private final Clock clock;

  AccountRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Stores a new account.
   *
   * @return the new account's id
   */
  public long create(String email, String passwordHash, String displayName) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO account (email, password_hash, display_name, created_at)"
                + " VALUES (:email, :hash, :name, :now)")
        .param("email", normalise(email))
        .param("hash", passwordHash)
        .param("name", displayName)
        .param("now", OffsetDateTime.now(clock))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private static final String SELECT =
      "SELECT id, email, password_hash, display_name, weight_unit, time_zone, created_at, country"
          + " FROM account";

  public Optional<Account> findByEmail(String email) {
    return jdbc.sql(SELECT + " WHERE email = :email")
        .param("email", normalise(email))
        .query(AccountRepository::map)
        .optional();
  }

  public Optional<Account> findById(long id) {
    return jdbc.sql(SELECT + " WHERE id = :id")
        .param("id", id)
        .query(AccountRepository::map)
        .optional();
  }

  /** Sets the account's country, a code of {@code EmergencyNumbers}, or {@code null}. */
  public void updateCountry(long id, String country) {
    jdbc.sql("UPDATE account SET country = :country WHERE id = :id")
        .param("country", country)
        .param("id", id)
        .update();
  }

  /** Sets the account's display preferences. */
  public void updatePreferences(long id, WeightUnit weightUnit, ZoneId timeZone) {
    jdbc.sql("UPDATE account SET weight_unit = :unit, time_zone = :zone WHERE id = :id")
        .param("unit", weightUnit.symbol())
        .param("zone", timeZone.getId())
        .param("id", id)
        .update();
  }

  private static Account map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        WeightUnit.ofSymbol(rs.getString("weight_unit")).orElseThrow(),
        zone(rs.getString("time_zone")),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("country"));
  }

  /** A stored time zone; UTC when the name is unknown to this Java runtime. */
  private static ZoneId zone(String name) {
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }

  /**
   * Locks the account's row until the transaction ends, so that the writes of one person that read
   * what they change (check-ins and their episodes, assessments, the health profile, screens, the
   * workout started from the plan) run one after the other. Call it inside a transaction, before
   * the reads.
   */
  public void lock(long accountId) {
    jdbc.sql("SELECT id FROM account WHERE id = :account FOR UPDATE")
        .param("account", accountId)
        .query(Long.class)
        .optional();
  }

  /** The smallest step the person can load a bar by, in kilograms (2.5 unless changed). */
  public double loadIncrementKg(long id) {
    return jdbc.sql("SELECT load_increment_kg FROM account WHERE id = :id")
        .param("id", id)
        .query(Double.class)
        .single();
  }

  /** Sets the loadable increment, in kilograms. */
  public void updateLoadIncrementKg(long id, double kg) {
    jdbc.sql("UPDATE account SET load_increment_kg = :kg WHERE id = :id")
        .param("kg", kg)
        .param("id", id)
        .update();
  }

  public void updatePasswordHash(long id, String passwordHash) {
    jdbc.sql("UPDATE account SET password_hash = :hash WHERE id = :id")
        .param("hash", passwordHash)
        .param("id", id)
        .update();
  }

  /**
   * The account's session generation, which every password change raises by one ({@link
   * #endSessions}); empty when there is no such account. Login sessions compare it with the value
   * they began with.
   */
  public Optional<Integer> sessionGeneration(long id) {
    return jdbc.sql("SELECT session_generation FROM account WHERE id = :id")
        .param("id", id)
        .query(Integer.class)
        .optional();
  }

  /**
   * Raises the account's session generation by one, which ends every login session begun before.
   *
   * @return the new generation
   */
  public int endSessions(long id) {
    jdbc.sql("UPDATE account SET session_generation = session_generation + 1 WHERE id = :id")
        .param("id", id)
        .update();
    return sessionGeneration(id).orElseThrow();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
  }

  static String normalise(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
