package dev.backload.app.imports;

import dev.backload.core.importing.ImportResult;
import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What importing a file would do, worked out against the log before anything is stored: the file's
 * workouts, which of them an earlier import already stored, and the file's span.
 *
 * @param result what the importer read
 * @param source the training log's source name of the file's format ({@code strong}, ...)
 * @param workouts the file's workouts in date order (then file order)
 * @param firstDate the first workout date, or {@code null} when the file has no sets
 * @param lastDate the last workout date, or {@code null}
 * @param possibleDuplicates new workouts whose date and name match a workout already in the log
 *     from another import (for example the same history exported in another Strong layout)
 */
public record ImportPlan(
    ImportResult result,
    String source,
    List<PlannedWorkout> workouts,
    LocalDate firstDate,
    LocalDate lastDate,
    int possibleDuplicates) {

  /**
   * One workout of the file.
   *
   * @param sourceKey the key stored as {@code workout.source_key}: the importer's workout key (a
   *     longer one is replaced by its SHA-256, so that it still fits and still matches)
   * @param date the workout's date
   * @param name the workout's name: the file's, or the app's name and the date
   * @param setIndexes positions of the workout's sets in {@link ImportResult#sets()}, file order
   * @param present whether an earlier import already stored it
   */
  public record PlannedWorkout(
      String sourceKey, LocalDate date, String name, int[] setIndexes, boolean present) {}

  /** Workouts that importing would add. */
  public int newWorkouts() {
    return (int) workouts.stream().filter(w -> !w.present()).count();
  }

  /** Workouts an earlier import already stored. */
  public int presentWorkouts() {
    return workouts.size() - newWorkouts();
  }

  /** Sets that importing would add. */
  public int newSets() {
    return workouts.stream().filter(w -> !w.present()).mapToInt(w -> w.setIndexes().length).sum();
  }

  /** Sets in the file. */
  public int sets() {
    return result.sets().size();
  }

  /** {@code kg} or {@code lb}. */
  public String unit() {
    return unitName(result.unit());
  }

  /** Whether the unit was guessed from the weights. */
  public boolean unitGuessed() {
    return result.unitSource() == UnitSource.GUESSED;
  }

  static String unitName(WeightUnit unit) {
    return unit.name().toLowerCase(Locale.ROOT);
  }
}
