package dev.backload.app.imports;

import dev.backload.core.importing.RowProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stored imports. Every method takes the owner's account id and sees only that account's rows. */
@Repository
class ImportRepository {
  /** At most this many skipped rows are kept per import; the count says how many there were. */
  static final int SKIPPED_ROWS_KEPT = 1000;

  private static final String SELECT =
      "SELECT id, file_sha256, file_name, file_bytes, format, variant, unit, unit_guessed,"
          + " first_date, last_date, workouts_added, workouts_already_present, sets_added,"
          + " skipped_row_count, recognised_by, missing_columns, repaired_rows, created_at"
          + " FROM data_import";

  /** Between the names of missing columns in {@code missing_columns}; no name has it. */
  private static final String MISSING_SEPARATOR = ", ";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  ImportRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Stores an import and the first {@value #SKIPPED_ROWS_KEPT} skipped rows; returns its id. */
  long insert(long accountId, ImportRecord r, List<RowProblem> skipped) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO data_import (account_id, file_sha256, file_name, file_bytes, format,"
                + " variant, unit, unit_guessed, first_date, last_date, workouts_added,"
                + " workouts_already_present, sets_added, skipped_row_count, recognised_by,"
                + " missing_columns, repaired_rows) VALUES (:account, :sha, :name, :bytes,"
                + " :format, :variant, :unit, :guessed, :first, :last, :added, :present, :sets,"
                + " :skipped, :recognisedBy, :missing, :repaired)")
        .param("account", accountId)
        .param("sha", r.fileSha256())
        .param("name", r.fileName())
        .param("bytes", r.fileBytes())
        .param("format", r.format())
        .param("variant", r.variant())
        .param("unit", r.unit())
        .param("guessed", r.unitGuessed())
        .param("first", r.firstDate())
        .param("last", r.lastDate())
        .param("added", r.workoutsAdded())
        .param("present", r.workoutsAlreadyPresent())
        .param("sets", r.setsAdded())
        .param("skipped", r.skippedRowCount())
        .param("recognisedBy", r.recognisedBy())
        .param("missing", clip(String.join(MISSING_SEPARATOR, r.missingColumns()), 1000))
        .param("repaired", r.repairedRows())
        .update(keys, "id");
    long id = keys.getKeyAs(Number.class).longValue();
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < skipped.size() && i < SKIPPED_ROWS_KEPT; i++) {
      RowProblem p = skipped.get(i);
      rows.add(new Object[] {id, i + 1, p.line(), clip(p.column(), 200), clip(p.message(), 1000)});
    }
    if (!rows.isEmpty()) {
      template.batchUpdate(
          "INSERT INTO data_import_skipped_row (import_id, position, line, column_name, message)"
              + " VALUES (?, ?, ?, ?, ?)",
          rows);
    }
    return id;
  }

  /** The account's import with this id, if it is theirs. */
  Optional<ImportRecord> find(long accountId, long id) {
    return jdbc.sql(SELECT + " WHERE id = :id AND account_id = :account")
        .param("id", id)
        .param("account", accountId)
        .query(ImportRepository::map)
        .optional();
  }

  /** The account's imports, newest first. */
  List<ImportRecord> list(long accountId) {
    return jdbc.sql(SELECT + " WHERE account_id = :account ORDER BY created_at DESC, id DESC")
        .param("account", accountId)
        .query(ImportRepository::map)
        .list();
  }

  /** The account's earliest import of the file with this SHA-256, if any. */
  Optional<ImportRecord> findByFile(long accountId, String sha256) {
    return jdbc
        .sql(SELECT + " WHERE account_id = :account AND file_sha256 = :sha ORDER BY id")
        .param("account", accountId)
        .param("sha", sha256)
        .query(ImportRepository::map)
        .list()
        .stream()
        .findFirst();
  }

  /** The kept skipped rows of the account's import, in file order. */
  List<RowProblem> skippedRows(long accountId, long importId) {
    return jdbc.sql(
            "SELECT r.line, r.column_name, r.message FROM data_import_skipped_row r"
                + " JOIN data_import i ON i.id = r.import_id"
                + " WHERE r.import_id = :id AND i.account_id = :account ORDER BY r.position")
        .param("id", importId)
        .param("account", accountId)
        .query((rs, n) -> new RowProblem(rs.getLong(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private static ImportRecord map(ResultSet rs, int row) throws SQLException {
    String missing = rs.getString("missing_columns");
    return new ImportRecord(
        rs.getLong("id"),
        rs.getString("file_sha256"),
        rs.getString("file_name"),
        rs.getLong("file_bytes"),
        rs.getString("format"),
        rs.getString("variant"),
        rs.getString("unit"),
        rs.getBoolean("unit_guessed"),
        rs.getObject("first_date", LocalDate.class),
        rs.getObject("last_date", LocalDate.class),
        rs.getInt("workouts_added"),
        rs.getInt("workouts_already_present"),
        rs.getInt("sets_added"),
        rs.getInt("skipped_row_count"),
        rs.getString("recognised_by"),
        missing.isEmpty() ? List.of() : List.of(missing.split(MISSING_SEPARATOR)),
        rs.getInt("repaired_rows"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
