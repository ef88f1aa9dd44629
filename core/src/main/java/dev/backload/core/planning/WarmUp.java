package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.EMPTY_BAR_KG;
import static dev.backload.core.planning.PlannerThresholds.EMPTY_BAR_RAMP_REPS;
import static dev.backload.core.planning.PlannerThresholds.GENERAL_WARM_UP_MINUTES;
import static dev.backload.core.planning.PlannerThresholds.RAMP_UP_FRACTIONS;
import static dev.backload.core.planning.PlannerThresholds.RAMP_UP_REPS;

import java.util.ArrayList;
import java.util.List;

/**
 * The warm-up every prescription opens with (planner.md 2, version 2; seed 000): a few minutes of
 * general warm-up, trunk activation, hip and hamstring mobility, then ramp-up sets to the working
 * load.
 *
 * <p>Ramp-up sets: the empty bar ({@value PlannerThresholds#EMPTY_BAR_KG} kg rounded up to the
 * increment, so 45 lb in 5 lb steps) for {@value PlannerThresholds#EMPTY_BAR_RAMP_REPS} reps to
 * practise the hinge, then {@link PlannerThresholds#RAMP_UP_FRACTIONS} of the working load for
 * {@link PlannerThresholds#RAMP_UP_REPS} reps, each rounded to the loadable increment. A set is
 * left out when, rounded, it is not lighter than the working load or not heavier than the set
 * before it; the unloaded drill and an empty-bar working load have none.
 *
 * @param steps the general warm-up, trunk activation and mobility, in order; immutable
 * @param rampSets the ramp-up sets, lightest first; immutable
 */
public record WarmUp(List<WarmUpStep> steps, List<RampSet> rampSets) {

  /** The steps before the ramp-up sets, the same for every session. */
  static final List<WarmUpStep> STEPS =
      List.of(
          new WarmUpStep(
              "General warm-up",
              GENERAL_WARM_UP_MINUTES
                  + " minutes of easy cardio: a brisk walk, the bike or the rower",
              "Gets the blood flowing and the muscles warm before your back takes any load."),
          new WarmUpStep(
              "Trunk activation",
              "6 slow dead bugs a side, then 3 practice braces of 5 seconds",
              "Switches on the trunk muscles that hold your back steady under the bar."),
          new WarmUpStep(
              "Hip and hamstring mobility",
              "10 leg swings a side, then 10 slow hip hinges with no weight",
              "Loosens the hips and the backs of the thighs so the bending comes from the hips."));

  public WarmUp {
    steps = List.copyOf(steps);
    rampSets = List.copyOf(rampSets);
  }

  /** The warm-up of a session lifting {@code dose}, ramp-up loads rounded to the increment. */
  public static WarmUp forDose(Dose dose, double incrementKg) {
    List<RampSet> ramp = new ArrayList<>();
    double working = dose.loadKg();
    double bar = Loads.roundUp(EMPTY_BAR_KG, incrementKg);
    if (working > bar) {
      ramp.add(new RampSet(bar, EMPTY_BAR_RAMP_REPS));
      for (int i = 0; i < RAMP_UP_FRACTIONS.size(); i++) {
        double kg = Loads.scale(working, RAMP_UP_FRACTIONS.get(i), incrementKg);
        if (kg < working && kg > ramp.get(ramp.size() - 1).loadKg()) {
          ramp.add(new RampSet(kg, RAMP_UP_REPS.get(i)));
        }
      }
    }
    return new WarmUp(STEPS, ramp);
  }
}
