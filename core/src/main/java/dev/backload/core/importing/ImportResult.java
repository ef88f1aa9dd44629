package dev.backload.core.importing;

import dev.backload.core.log.TrainingSet;
import java.util.Collections;
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
 * @param sets the sets in file order, weights in kilograms
 * @param skippedRows the rows left out because of a problem (only with {@link
 *     ImportOptions#skipBadRows()}), in file order
 * @param rowsRead data rows read, not counting the header: sets, non-set rows and skipped rows
 * @param nonSetRowsSkipped rows that are not sets (Strong {@code Rest Timer}, {@code Ruhezeit} and
 *     {@code Note} rows), left out as analytics.md section 1 says
 * @param workoutNames the workout name per workout key, as the file writes it (trimmed), for
 *     formats with a name column (Strong's {@code Workout Name}, Hevy's {@code title}); keys whose
 *     name is empty and FitNotes' keys are absent. Unmodifiable.
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

  public ImportResult {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitSource, "unitSource");
    // The importer's own column store is already unmodifiable; copying it would build every set.
    sets = sets instanceof SetColumns columns && columns.isFrozen() ? sets : List.copyOf(sets);
    skippedRows = List.copyOf(skippedRows);
    workoutNames = workoutNames == null ? Map.of() : Collections.unmodifiableMap(workoutNames);
  }

  /** A result without workout names (formats that have none). */
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

  /** The number of distinct workouts ({@link TrainingSet#workout()} keys) among the sets. */
  public int workoutCount() {
    Set<String> keys = new HashSet<>();
    for (TrainingSet set : sets) {
      keys.add(set.workout());
    }
    return keys.size();
  }
}
