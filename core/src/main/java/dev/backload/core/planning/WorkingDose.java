package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The top working set of one variation on one date, read from the log.
 *
 * @param date the date
 * @param variation the hinge variation
 * @param loadKg the heaviest working load of the variation that date, in kilograms
 * @param sets working sets of the variation at that load that date
 * @param reps reps of the heaviest set (the most reps among sets at that load)
 * @param rpe the RPE of that set, or {@code null}
 * @param range the range that set was pulled in, as its exercise name tells ({@link Range#logged})
 */
public record WorkingDose(
    LocalDate date,
    HingeVariation variation,
    double loadKg,
    int sets,
    int reps,
    Double rpe,
    Range range) {

  public WorkingDose {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(variation, "variation");
    Objects.requireNonNull(range, "range");
  }

  /** A top set in its variation's usual range. */
  public WorkingDose(
      LocalDate date, HingeVariation variation, double loadKg, int sets, int reps, Double rpe) {
    this(
        date,
        variation,
        loadKg,
        sets,
        reps,
        rpe,
        variation == null ? null : Range.usual(variation));
  }

  /**
   * The dose in the planner's words: the variation's plain name in the range it was logged in, so a
   * hand-logged "Sumo block pull" stays a block pull.
   */
  public Dose toDose() {
    return new Dose(Lifts.name(variation, range), range, loadKg, sets, reps);
  }
}
