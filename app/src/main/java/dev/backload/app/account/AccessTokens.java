package dev.backload.app.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Personal access tokens: created once and shown once, stored only as a SHA-256 hash, revocable. A
 * token looks like {@code bl_} followed by 43 URL-safe characters (256 random bits). Each has its
 * {@link TokenScope scopes} and an expiry; an expired token is refused like a revoked one.
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
      long id,
      String name,
      OffsetDateTime createdAt,
      OffsetDateTime lastUsedAt,
      List<String> scopes,
      OffsetDateTime expiresAt) {}

  /** A newly created token: the only time the secret is available. */
  public record NewToken(
      long id, String name, String token, List<String> scopes, OffsetDateTime expiresAt) {}

  /** A live token's owner and what the token may do. */
  public record TokenOwner(Account account, Set<TokenScope> scopes) {}

  /**
   * Stores a new token.
   *
   * @param scopes at least one scope
   * @param expiresAt when the token stops working
   */
  public NewToken create(
      long accountId, String name, Set<TokenScope> scopes, OffsetDateTime expiresAt) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO access_token"
                + " (account_id, name, token_hash, created_at, scopes, expires_at)"
                + " VALUES (:account, :name, :hash, :now, :scopes, :expires)")
        .param("account", accountId)
        .param("name", name)
        .param("hash", hash(token))
        .param("now", now())
        .param("scopes", String.join(" ", ids(scopes)))
        .param("expires", expiresAt)
        .update(keys, "id");
    return new NewToken(
        keys.getKeyAs(Number.class).longValue(), name, token, ids(scopes), expiresAt);
  }

  /**
   * The owner of a live token (not revoked, not expired by the injected clock) and the token's
   * scopes; records its use.
   */
  public Optional<TokenOwner> authenticate(String token, AccountRepository accounts) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    OffsetDateTime now = now();
    record Row(long accountId, String scopes) {}
    Optional<Row> row =
        jdbc.sql(
                "SELECT account_id, scopes FROM access_token WHERE token_hash = :hash"
                    + " AND revoked_at IS NULL AND expires_at > :now")
            .param("hash", hash)
            .param("now", now)
            .query((rs, n) -> new Row(rs.getLong("account_id"), rs.getString("scopes")))
            .optional();
    row.ifPresent(
        r ->
            jdbc.sql("UPDATE access_token SET last_used_at = :now WHERE token_hash = :hash")
                .param("now", now)
                .param("hash", hash)
                .update());
    return row.flatMap(
        r -> accounts.findById(r.accountId()).map(a -> new TokenOwner(a, scopes(r.scopes()))));
  }

  /** The account's tokens that are not revoked, expired ones included, oldest first. */
  public List<TokenInfo> list(long accountId) {
    return jdbc.sql(
            "SELECT id, name, created_at, last_used_at, scopes, expires_at FROM access_token"
                + " WHERE account_id = :account AND revoked_at IS NULL ORDER BY id")
        .param("account", accountId)
        .query(
            (rs, n) ->
                new TokenInfo(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("last_used_at", OffsetDateTime.class),
                    ids(scopes(rs.getString("scopes"))),
                    rs.getObject("expires_at", OffsetDateTime.class)))
        .list();
  }

  /**
   * Revokes every live token of the account, as a password change does.
   *
   * @return how many were revoked
   */
  public int revokeAll(long accountId) {
    return jdbc.sql(
            "UPDATE access_token SET revoked_at = :now"
                + " WHERE account_id = :account AND revoked_at IS NULL")
        .param("now", now())
        .param("account", accountId)
        .update();
  }

  private static Set<TokenScope> scopes(String stored) {
    Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
    for (String id : stored.trim().split("\\s+")) {
      TokenScope.ofId(id).ifPresent(scopes::add);
    }
    return scopes;
  }

  private static List<String> ids(Set<TokenScope> scopes) {
    return EnumSet.copyOf(scopes).stream().map(TokenScope::id).toList();
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
