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
 * @param workoutNames the workout name per workout key ({@link TrainingSet#workout()}), trimmed, for
 *     formats that write one (Strong, Hevy, Backload); workouts without a name are absent
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
    Map<String, String> workoutNames) {

  /** A result without workout names. */
  public ImportResult(
      ExportFormat format,
      String variant,
      WeightUnit unit,
      UnitSource unitSource,
      List<TrainingSet> sets,
      List<RowProblem> skippedRows,
      int rowsRead,
      int nonSetRowsSkipped) {
    this(format, variant, unit, unitSource, sets, skippedRows, rowsRead, nonSetRowsSkipped, Map.of());
  }

  public ImportResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitSource, "unitSource");
    // The importer's own column store is already unmodifiable; copying it would build every set.
    sets = sets instanceof SetColumns columns && columns.isFrozen() ? sets : List.copyOf(sets);
    skippedRows = List.copyOf(skippedRows);
    workoutNames = Map.copyOf(workoutNames);
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
