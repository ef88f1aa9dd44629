package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;
import java.util.Objects;

/**
 * What is lifted in one session: the exercise, where the pull starts, the load and the volume.
 *
 * @param exercise the exercise name; its hinge variation is classified from it as the log does
 *     (analytics.md section 1), so "Sumo block pull" is {@link HingeVariation#SUMO}
 * @param range where the pull starts and how far it travels
 * @param loadKg the load in kilograms, at least 0 (0 is body weight or an unloaded drill)
 * @param sets working sets, at least 1
 * @param reps reps per set, at least 1
 */
public record Dose(String exercise, Range range, double loadKg, int sets, int reps) {

  public Dose {
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(range, "range");
    if (!(loadKg >= 0) || Double.isInfinite(loadKg)) {
      throw new IllegalArgumentException("loadKg must be a finite number >= 0: " + loadKg);
    }
    if (sets < 1 || reps < 1) {
      throw new IllegalArgumentException("sets and reps must be >= 1: " + sets + " x " + reps);
    }
  }

  /** The hinge variation of the exercise, or {@code null} when it is not a loaded hinge. */
  public HingeVariation variation() {
    return HingeVariation.of(exercise).orElse(null);
  }

  /** Load times reps times sets. */
  public double tonnageKg() {
    return loadKg * sets * reps;
  }

  /** This dose with another load. */
  public Dose withLoadKg(double kg) {
    return new Dose(exercise, range, kg, sets, reps);
  }

  /** This dose with another exercise and range. */
  public Dose withExercise(String name, Range newRange) {
    return new Dose(name, newRange, loadKg, sets, reps);
  }

  /** This dose with another number of sets. */
  public Dose withSets(int count) {
    return new Dose(exercise, range, loadKg, count, reps);
  }
}
