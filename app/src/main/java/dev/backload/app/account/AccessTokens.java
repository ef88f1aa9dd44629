package dev.backload.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Personal access tokens: created once and shown once, stored only as a SHA-256 hash, revocable. A
 * token looks like {@code bl_} followed by 43 URL-safe characters (256 random bits).
 */
@Repository
public class AccessTokens {
  static final String PREFIX = "bl_";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final JdbcClient jdbc;
  private final Clock clock;

  AccessTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A token as listed to its owner: never the secret itself. */
  public record TokenInfo(
      long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {}

  /** A newly created token: the only time the secret is available. */
  public record NewToken(long id, String name, String token) {}

  public NewToken create(long accountId, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO access_token (account_id, name, token_hash, created_at)"
                + " VALUES (:account, :name, :hash, :now)")
        .param("account", accountId)
        .param("name", name)
        .param("hash", hash(token))
        .param("now", now())
        .update(keys, "id");
    return new NewToken(keys.getKeyAs(Number.class).longValue(), name, token);
  }

  /** The account a live (not revoked) token belongs to; records its use. */
  public Optional<Account> authenticate(String token, AccountRepository accounts) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    Optional<Long> accountId =
        jdbc.sql(
                "SELECT account_id FROM access_token WHERE token_hash = :hash AND revoked_at IS NULL")
            .param("hash", hash)
            .query(Long.class)
            .optional();
    accountId.ifPresent(
        id ->
            jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE token_hash = :hash")
                .param("now", now())
                .param("hash", hash)
                .update());
    return accountId.flatMap(accounts::findById);
  }

  public List<TokenInfo> list(long accountId) {
    return jdbc.sql(
            "SELECT id, name, created_at, last_used_at FROM access_token"
                + " WHERE account_id = :account AND revoked_at IS NULL ORDER BY id")
        .param("account", accountId)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("last_used_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * Revokes one of the account's tokens.
   *
   * @return false when the account has no such live token (another person's token included)
   */
  public boolean revoke(long accountId, long tokenId) {
    return jdbc.sql(
                "UPDATE access_token SET revoked_at = :now"
                    + " WHERE id = :id AND account_id = :account AND revoked_at IS NULL")
            .param("now", now())
            .param("id", tokenId)
            .param("account", accountId)
            .update()
        == 1;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
