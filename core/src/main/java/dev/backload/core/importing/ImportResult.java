package dev.backload.core.importing;

import dev.backload.core.log.TrainingSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an import read.
 *
 * @param format the detected app
 * @param variant the detected header variant, one of {@link ExportImporter#VARIANTS}, e.g. {@code
 *     "S-classic"} or {@code "hevy-kg"}
 * @param unit the unit the file states (for per-row unit columns, the most frequent one), or the
 *     unit applied to a file that states none
 * @param unitSource where {@code unit} came from
 * @param sets the sets in file order, weights in kilograms; unmodifiable. An import's own list
 *     stores the sets compactly and builds each on {@code get}, so two reads of one index give
 *     equal, not identical, sets
 * @param skippedRows the rows left out because of a problem (only with {@link
 *     ImportOptions#skipBadRows()}), in file order
 * @param rowsRead data rows read, not counting the header: sets, non-set rows and skipped rows
 * @param nonSetRowsSkipped rows that are not sets (Strong {@code Rest Timer}, {@code Ruhezeit} and
 *     {@code Note} rows), left out as analytics.md section 1 says
 * @param workoutNames the workout name per workout key ({@link TrainingSet#workout()}), trimmed,
 *     for formats that write one (Strong, Hevy, Backload); workouts without a name are absent
 * @param headerMatch how the columns were recognised: by their names, or (a Strong header in
 *     another language) by position
 * @param missingColumns the columns of the layout {@code variant} that the file does not have, as
 *     the app names them (optional columns: the import reads without them), in the layout's order;
 *     empty when the file has them all
 * @param repairedRows FitNotes rows whose Exercise name was split at its commas (it is written
 *     unquoted) and was joined back (import-formats.md section 0, rule 4)
 */
public record ImportResult(
    ExportFormat format,
    String variant,
    WeightUnit unit,
    UnitSource unitSource,
    List<TrainingSet> sets,
    List<RowProblem> skippedRows,
    int rowsRead,
    int nonSetRowsSkipped,
    Map<String, String> workoutNames,
    HeaderMatch headerMatch,
    List<String> missingColumns,
    int repairedRows) {

  public ImportResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitSource, "unitSource");
    Objects.requireNonNull(headerMatch, "headerMatch");
    // The importer's own column store is already unmodifiable; copying it would build every set.
    sets = sets instanceof SetColumns columns && columns.isFrozen() ? sets : List.copyOf(sets);
    skippedRows = List.copyOf(skippedRows);
    workoutNames = Map.copyOf(workoutNames);
    missingColumns = List.copyOf(missingColumns);
  }

  /** The number of distinct workouts ({@link TrainingSet#workout()} keys) among the sets. */
  public int workoutCount() {
    Set<String> keys = new HashSet<>();
    for (TrainingSet set : sets) {
      keys.add(set.workout());
    }
    return keys.size();
  }
}
