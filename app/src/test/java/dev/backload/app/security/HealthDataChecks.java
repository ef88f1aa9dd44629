package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.account.AccessTokens;
import dev.backload.app.config.Json;
import dev.backload.app.export.ExportService;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * SECURITY.md section 2, the health-data rules a test can prove today: the export holds every row
 * of the person (PR-6, check 31) and no secret, and deleting the account leaves no row (PR-8, check
 * 32).
 *
 * <p>The tables are found by walking the schema at run time ({@link DatabaseMetaData}), so a table
 * added later is checked too: the account's table, every table with an {@code account_id} column,
 * and every table whose foreign key reaches one of those (transitively). Each must be declared by
 * an export section ({@link ExportService#tables()}) and the export must hold as many entries for
 * it as the table has rows of the account. A table outside that set must be listed in {@link
 * #NOT_PERSONAL} with the reason it holds nothing about a person.
 */
abstract class HealthDataChecks {
  /**
   * Tables that hold no data about a person, with the reason; every other table must be exported.
   */
  static final Map<String, String> NOT_PERSONAL =
      Map.of(
          // Flyway's record of the migrations applied to the schema: versions, scripts, checksums.
          "flyway_schema_history", "the migrations applied; nothing about any person");

  private static final List<Integer> TEXT_TYPES =
      List.of(
          Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR);

  @Value("${local.server.port}")
  int port;

  @Autowired DataSource dataSource;
  @Autowired JdbcClient jdbc;
  @Autowired ExportService exports;
  @Autowired AccessTokens tokens;

  /**
   * A personal table: how to count its rows of one account.
   *
   * @param name the table, lower case
   * @param owned the SQL condition selecting the account's rows, with the parameter {@code
   *     :account}
   */
  record PersonalTable(String name, String owned) {
    long rowsOf(JdbcClient jdbc, long accountId) {
      return jdbc.sql("SELECT COUNT(*) FROM " + quoted(name) + " WHERE " + owned)
          .param("account", accountId)
          .query(Long.class)
          .single();
    }
  }

  /** A foreign key of {@code table}: its column and the column of the table it references. */
  record ForeignKey(String table, String column, String parent, String parentColumn) {}

  /**
   * The schema as read from the database.
   *
   * @param columns every base table with its columns, lower case
   * @param texts every base table with its text columns
   * @param keys every foreign key
   * @param personal the personal tables, by name
   */
  record Schema(
      Map<String, List<String>> columns,
      Map<String, List<String>> texts,
      List<ForeignKey> keys,
      Map<String, PersonalTable> personal) {}

  /** Every base table of the application's schema with its columns, lower case. */
  Schema schema() throws SQLException {
    Map<String, List<String>> columns = new TreeMap<>();
    Map<String, List<String>> texts = new TreeMap<>();
    List<ForeignKey> keys = new ArrayList<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String catalog = c.getCatalog();
      String schema = c.getSchema();
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
        while (rs.next()) {
          String type = rs.getString("TABLE_TYPE");
          if ("TABLE".equals(type) || "BASE TABLE".equals(type)) {
            tables.add(rs.getString("TABLE_NAME"));
          }
        }
      }
      for (String table : tables) {
        List<String> names = new ArrayList<>();
        List<String> textNames = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
          while (rs.next()) {
            names.add(lower(rs.getString("COLUMN_NAME")));
            if (TEXT_TYPES.contains(rs.getInt("DATA_TYPE"))) {
              textNames.add(lower(rs.getString("COLUMN_NAME")));
            }
          }
        }
        columns.put(lower(table), names);
        texts.put(lower(table), textNames);
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
          while (rs.next()) {
            assertThat(rs.getInt("KEY_SEQ"))
                .as("foreign keys of %s have one column (the walk joins on one)", table)
                .isEqualTo(1);
            keys.add(
                new ForeignKey(
                    lower(table),
                    lower(rs.getString("FKCOLUMN_NAME")),
                    lower(rs.getString("PKTABLE_NAME")),
                    lower(rs.getString("PKCOLUMN_NAME"))));
          }
        }
      }
    }
    assertThat(columns).as("the schema walk sees the application's tables").containsKey("account");
    return new Schema(columns, texts, keys, personalTables(columns, keys));
  }

  /**
   * The account's table, every table with an {@code account_id}, and every table with a foreign key
   * to one of those, found until nothing is added; each with how to select the account's rows.
   */
  private static Map<String, PersonalTable> personalTables(
      Map<String, List<String>> columns, List<ForeignKey> keys) {
    Map<String, PersonalTable> personal = new TreeMap<>();
    personal.put("account", new PersonalTable("account", quoted("id") + " = :account"));
    columns.forEach(
        (table, names) -> {
          if (names.contains("account_id")) {
            personal.put(table, new PersonalTable(table, quoted("account_id") + " = :account"));
          }
        });
    boolean added = true;
    while (added) {
      added = false;
      for (ForeignKey key : keys) {
        PersonalTable parent = personal.get(key.parent());
        if (parent != null && !personal.containsKey(key.table())) {
          personal.put(
              key.table(),
              new PersonalTable(
                  key.table(),
                  quoted(key.column())
                      + " IN (SELECT "
                      + quoted(key.parentColumn())
                      + " FROM "
                      + quoted(parent.name())
                      + " WHERE "
                      + parent.owned()
                      + ")"));
          added = true;
        }
      }
    }
    return personal;
  }

  /** A lower-case name as a quoted identifier (both databases keep names lower case here). */
  static String quoted(String name) {
    return "\"" + name + "\"";
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A filled account: its browser session (with its API client) and its secrets. */
  record Lifter(LifterSession session, long id, String canary, List<String> tokenSecrets) {
    Http api() {
      return session.api();
    }
  }

  /**
   * A fresh account with rows in every personal table, made through the API as a person would: two
   * tokens (one revoked), workouts with sets and pain answers, check-ins with pain (which open an
   * episode), the health profile, an import with skipped rows, a screen, an assessment and a
   * workout started from the plan. A new table needs a line here (the counts must be positive).
   */
  Lifter filled() {
    LifterSession session = LifterSession.signUp(port);
    Http api = session.api();
    String canary = "canary-" + UUID.randomUUID();
    long id = Json.mapper().readTree(api.get("/api/v1/account").body()).get("id").asLong();
    List<String> secrets = new ArrayList<>();
    secrets.add(api.request("/").build().headers().firstValue("Authorization").orElseThrow());
    for (String name : List.of("laptop", "old phone")) {
      JsonNode token =
          created(
              new Http(port)
                  .postJson(
                      "/api/v1/tokens",
                      "{\"email\":\"%s\",\"password\":\"%s\",\"name\":\"%s\"}"
                          .formatted(session.email(), session.password(), name)));
      secrets.add(token.get("token").asString());
      if (name.equals("old phone")) {
        assertThat(tokens.revoke(id, token.get("id").asLong())).isTrue();
      }
    }
    List<Long> workouts = new ArrayList<>();
    for (int daysAgo : List.of(4, 2)) {
      workouts.add(
          created(
                  api.postJson(
                      "/api/v1/workouts",
                      ("{\"date\":\"%s\",\"name\":\"Pull\",\"sets\":["
                              + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":60,\"reps\":5,"
                              + "\"setType\":\"WARMUP\"},"
                              + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":100,\"reps\":5,"
                              + "\"note\":\"%s\"}]}")
                          .formatted(TestClock.TODAY.minusDays(daysAgo), canary)))
              .get("id")
              .asLong());
    }
    for (long workout : workouts) {
      var answered =
          api.postJson(
              "/api/v1/monitoring",
              "{\"workoutId\":" + workout + ",\"baseline\":1,\"during\":2,\"nextMorning\":1}");
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    }
    assertThat(api.putJson("/api/v1/profile", "{\"age\":40}").statusCode()).isEqualTo(200);
    created(
        api.postJson(
            "/api/v1/assessments",
            "{\"assessedBy\":\"GP %s\",\"outcome\":\"CLEARED_TO_TRAIN\"}".formatted(canary)));
    created(api.postJson("/api/v1/checkins", "{\"painNow\":3}"));
    created(api.postJson("/api/v1/checkins", "{\"painNow\":2}"));
    created(
        api.postFile(
            "/api/v1/imports",
            "strong-bad-reps.csv",
            ExportFiles.fixture("strong-bad-reps.csv"),
            "skipBadRows",
            "true"));
    assertThat(api.putJson("/api/v1/screen", "{\"sidePlankLeftS\":45}").statusCode())
        .isEqualTo(200);
    var started = api.postJson("/api/v1/plan/workout", "");
    assertThat(started.statusCode()).as(api.get("/api/v1/plan").body()).isEqualTo(201);
    return new Lifter(session, id, canary, secrets);
  }

  private static JsonNode created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.mapper().readTree(response.body());
  }

  /** The number of entries at a path of {@link dev.backload.app.account.ExportSection#tables()}. */
  static int entries(JsonNode export, String path) {
    List<JsonNode> nodes = List.of(export);
    for (String step : path.split("\\.")) {
      String member = step.replaceAll("(\\[]|\\{})$", "");
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : nodes) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
          continue;
        }
        if (step.endsWith("[]")) {
          assertThat(value.isArray()).as("%s is a list", path).isTrue();
          value.forEach(next::add);
        } else if (step.endsWith("{}")) {
          assertThat(value.isObject()).as("%s is an object", path).isTrue();
          value.forEach(next::add);
        } else {
          next.add(value);
        }
      }
      nodes = next;
    }
    return nodes.size();
  }

  @Test
  void pr6_exportHoldsEveryRowOfEveryTable() throws SQLException {
    Schema schema = schema();
    Map<String, String> declared = exports.tables();
    for (String table : schema.columns().keySet()) {
      if (!schema.personal().containsKey(table)) {
        assertThat(NOT_PERSONAL)
            .as(
                "table %s has no account_id and no foreign key to a personal table: list it in"
                    + " NOT_PERSONAL with the reason, or link it to its owner and export it",
                table)
            .containsKey(table);
      }
    }
    assertThat(schema.columns().keySet())
        .as("NOT_PERSONAL names tables of the schema")
        .containsAll(NOT_PERSONAL.keySet());
    assertThat(declared.keySet())
        .as("export sections declare only personal tables of the schema")
        .isSubsetOf(schema.personal().keySet());
    // Every table a personal table points to must itself be personal or known to be shared.
    for (ForeignKey key : schema.keys()) {
      if (schema.personal().containsKey(key.table())) {
        assertThat(
                schema.personal().containsKey(key.parent())
                    || NOT_PERSONAL.containsKey(key.parent()))
            .as(
                "%s.%s references %s, which is not exported",
                key.table(), key.column(), key.parent())
            .isTrue();
      }
    }

    Lifter alice = filled();
    filled(); // another person's rows must not be counted in, nor exported
    JsonNode export = Json.mapper().readTree(alice.api().get("/api/v1/export").body());
    List<String> problems = new ArrayList<>();
    for (PersonalTable table : schema.personal().values()) {
      long rows = table.rowsOf(jdbc, alice.id());
      String path = declared.get(table.name());
      if (path == null) {
        problems.add(table.name() + ": " + rows + " rows, declared by no export section");
        continue;
      }
      assertThat(rows)
          .as("rows of the test account in %s (extend filled() for a new table)", table.name())
          .isPositive();
      if (entries(export, path) != rows) {
        problems.add(
            table.name() + ": " + rows + " rows, " + entries(export, path) + " entries at " + path);
      }
    }
    assertThat(problems)
        .as("personal tables not fully exported (see ExportSection#tables)")
        .isEmpty();
  }

  @Test
  void check31_exportHasNoSecrets() {
    Lifter alice = filled();
    String passwordHash =
        jdbc.sql("SELECT password_hash FROM account WHERE id = :id")
            .param("id", alice.id())
            .query(String.class)
            .single();
    List<String> tokenHashes =
        jdbc.sql("SELECT token_hash FROM access_token WHERE account_id = :id")
            .param("id", alice.id())
            .query(String.class)
            .list();
    assertThat(tokenHashes).hasSize(3);
    HttpResponse<String> json = alice.api().get("/api/v1/export");
    String csv = alice.api().get("/api/v1/export.csv").body();
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode export = Json.mapper().readTree(json.body());
    assertThat(json.body()).contains(alice.canary());
    List<String> secrets = new ArrayList<>(tokenHashes);
    secrets.add(passwordHash);
    secrets.add(alice.session().password());
    alice.tokenSecrets().forEach(s -> secrets.add(s.replaceFirst("^Bearer ", "")));
    for (String body : List.of(json.body(), csv)) {
      for (String secret : secrets) {
        assertThat(body).doesNotContain(secret);
      }
      assertThat(body)
          .doesNotContainIgnoringCase("password")
          .doesNotContainIgnoringCase("hash")
          .doesNotContain("bl_")
          .doesNotContain("pbkdf2");
    }
    // Whatever the member names, no value is a secret's hash: every text value is looked at.
    List<String> texts = new ArrayList<>();
    collectTexts(export, texts);
    assertThat(texts).isNotEmpty().doesNotContainAnyElementsOf(secrets);
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isString()) {
      texts.add(node.asString());
    }
    node.forEach(child -> collectTexts(child, texts));
  }

  @Test
  void pr8_deletionLeavesNoRowInAnyTable() throws SQLException {
    Schema schema = schema();
    Lifter alice = filled();
    Lifter bob = filled();
    Map<String, Long> bobBefore = rowsOf(schema, bob.id());
    assertThat(rowsOf(schema, alice.id()).values()).allMatch(n -> n > 0);

    LifterSession session = alice.session();
    assertThat(session.get("/account/delete").statusCode()).isEqualTo(200);
    var deleted = session.post("/account/delete", Map.of("password", session.password()));
    assertThat(deleted.statusCode()).isEqualTo(200);

    rowsOf(schema, alice.id())
        .forEach((table, n) -> assertThat(n).as("rows left in %s", table).isZero());
    assertThat(rowsOf(schema, bob.id())).isEqualTo(bobBefore);
    // No text column of any table still holds the account's e-mail or its canary texts.
    assertThat(schema.texts().get("training_set")).contains("note");
    for (var table : schema.texts().entrySet()) {
      for (String column : table.getValue()) {
        for (String canary : List.of(session.email(), alice.canary())) {
          long hits =
              jdbc.sql(
                      "SELECT COUNT(*) FROM "
                          + quoted(table.getKey())
                          + " WHERE "
                          + quoted(column)
                          + " LIKE :canary")
                  .param("canary", "%" + canary + "%")
                  .query(Long.class)
                  .single();
          assertThat(hits).as("%s.%s holds %s", table.getKey(), column, canary).isZero();
        }
      }
    }
    // Bob's canaries are still found by the same search, so the search itself works.
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM training_set WHERE note LIKE :c")
                .param("c", "%" + bob.canary() + "%")
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  private Map<String, Long> rowsOf(Schema schema, long accountId) {
    Map<String, Long> rows = new TreeMap<>();
    schema.personal().values().forEach(t -> rows.put(t.name(), t.rowsOf(jdbc, accountId)));
    return rows;
  }
}

@OnH2
class HealthDataChecksH2Test extends HealthDataChecks {}

@OnPostgres
class HealthDataChecksPostgresTest extends HealthDataChecks {}
