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
 */
public record WorkingDose(
    LocalDate date, HingeVariation variation, double loadKg, int sets, int reps, Double rpe) {

  public WorkingDose {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(variation, "variation");
  }

  /** The dose in the planner's words: the variation's plain name and usual range, as logged. */
  public Dose toDose() {
    return new Dose(Lifts.name(variation), Range.usual(variation), loadKg, sets, reps);
  }
}
