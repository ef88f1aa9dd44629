package dev.backload.app.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.backload.core.importing.RowProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An import as the API shows it.
 *
 * @param id the import's id ({@code GET /api/v1/imports/{id}})
 * @param format {@code strong}, {@code hevy} or {@code fitnotes}
 * @param variant the header variant, e.g. {@code S-classic} or {@code hevy-kg}
 * @param unit {@code kg} or {@code lb}: the unit the weights were read in
 * @param unitGuessed whether the unit was guessed from typical plate weights
 * @param firstDate the file's first workout date
 * @param lastDate the file's last workout date
 * @param workoutsAdded workouts stored by this import
 * @param workoutsAlreadyPresent workouts of the file stored before
 * @param setsAdded sets stored by this import
 * @param skippedRows rows left out because of a problem (only with {@code skipBadRows}; at most the
 *     first 1000); {@code null}, and absent from the JSON, in the list of imports
 * @param skippedRowCount how many rows were left out
 * @param recognisedBy how the file's columns were recognised: {@code name} (by the header's names,
 *     in any order) or {@code position} (a Strong header in another language, matched to a known
 *     layout by its number of columns and the values of its first rows)
 * @param missingColumns the optional columns of the layout {@code variant} that the file did not
 *     have, e.g. {@code ["Workout Duration"]}; empty when it had them all
 * @param repairedRows FitNotes rows whose exercise name had a comma, split the row into one field
 *     more than the header, and was joined back
 * @param fileName the name of the uploaded file, as sent
 * @param fileSha256 the SHA-256 of the uploaded bytes
 * @param importedAt when the import was stored
 */
record ImportView(
    long id,
    String format,
    String variant,
    String unit,
    boolean unitGuessed,
    LocalDate firstDate,
    LocalDate lastDate,
    int workoutsAdded,
    int workoutsAlreadyPresent,
    int setsAdded,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<SkippedRow> skippedRows,
    int skippedRowCount,
    String recognisedBy,
    List<String> missingColumns,
    int repairedRows,
    String fileName,
    String fileSha256,
    Instant importedAt) {

  /** A row left out: its line, the column's name (or null) and what was wrong. */
  record SkippedRow(long line, String column, String message) {
    static SkippedRow of(RowProblem p) {
      return new SkippedRow(p.line(), p.column(), p.message());
    }
  }

  static ImportView of(ImportRecord r, List<RowProblem> skipped) {
    return new ImportView(
        r.id(),
        r.format(),
        r.variant(),
        r.unit(),
        r.unitGuessed(),
        r.firstDate(),
        r.lastDate(),
        r.workoutsAdded(),
        r.workoutsAlreadyPresent(),
        r.setsAdded(),
        skipped == null
            ? null
            : skipped.stream()
                .limit(ImportRepository.SKIPPED_ROWS_KEPT)
                .map(SkippedRow::of)
                .toList(),
        r.skippedRowCount(),
        r.recognisedBy(),
        r.missingColumns(),
        r.repairedRows(),
        r.fileName(),
        r.fileSha256(),
        r.importedAt());
  }

  /** An import in the list: the same, without the skipped rows themselves (their count stays). */
  static ImportView listed(ImportRecord r) {
    return of(r, null);
  }
}
