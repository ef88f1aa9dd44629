package dev.backload.app.imports;

import dev.backload.app.config.Json;
import dev.backload.app.support.Http;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** What the import tests share: JSON, the account's id and the row counts an import changes. */
abstract class ImportTestSupport {
  @Autowired JdbcClient jdbc;

  static JsonNode json(HttpResponse<String> response) {
    return Json.mapper().readTree(response.body());
  }

  static long accountId(Http lifter) {
    return json(lifter.get("/api/v1/account")).get("id").asLong();
  }

  /** Rows of every table an import writes, for one account. */
  Map<String, Long> counts(long accountId) {
    return Map.of(
        "workout",
        count("SELECT COUNT(*) FROM workout WHERE account_id = ?", accountId),
        "training_set",
        count("SELECT COUNT(*) FROM training_set WHERE account_id = ?", accountId),
        "data_import",
        count("SELECT COUNT(*) FROM data_import WHERE account_id = ?", accountId),
        "data_import_skipped_row",
        count(
            "SELECT COUNT(*) FROM data_import_skipped_row r JOIN data_import i ON i.id ="
                + " r.import_id WHERE i.account_id = ?",
            accountId));
  }

  private long count(String sql, long accountId) {
    return jdbc.sql(sql).param(accountId).query(Long.class).single();
  }
}
