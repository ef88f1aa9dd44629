package dev.backload.app.account;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every personal access token of the account in the export, revoked ones included: names and dates,
 * never the secret nor its hash.
 */
@Component
class AccessTokenExportSection implements ExportSection {
  private final JdbcClient jdbc;

  AccessTokenExportSection(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A token in the export.
   *
   * @param scopes what it may do: {@code read}, {@code write}, {@code import}
   * @param revokedAt when it was revoked, or {@code null} while it works
   */
  record ExportedToken(
      long id,
      String name,
      List<String> scopes,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt) {}

  @Override
  public String name() {
    return "accessTokens";
  }

  @Override
  public Object export(long accountId) {
    // Never select token_hash here: the export holds no secret and no hash of one.
    List<ExportedToken> tokens =
        jdbc.sql(
                "SELECT id, name, scopes, created_at, expires_at, last_used_at, revoked_at"
                    + " FROM access_token"
                    + " WHERE account_id = :account ORDER BY id")
            .param("account", accountId)
            .query(
                (rs, n) ->
                    new ExportedToken(
                        rs.getLong("id"),
                        rs.getString("name"),
                        List.of(rs.getString("scopes").split(" ")),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        rs.getObject("revoked_at", OffsetDateTime.class)))
            .list();
    return tokens;
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("access_token", "accessTokens[]");
  }
}
