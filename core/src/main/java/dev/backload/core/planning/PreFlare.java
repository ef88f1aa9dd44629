package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.PRE_FLARE_WINDOW_DAYS;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The pre-flare working loads (planner.md section 2): per variation, the heaviest working hinge set
 * in the 28 days before the episode began, that is the dates {@code onset - 28} to {@code onset -
 * 1} (the onset date itself is part of the flare).
 *
 * @param onset the date the episode began
 * @param byVariation the top set of each variation trained in the window; unmodifiable, enum order
 * @param main the variation with the most working sets in the window (on a tie, the heavier, then
 *     the first in enum order), or {@code null} when the window holds no hinge set
 */
public record PreFlare(
    LocalDate onset, Map<HingeVariation, WorkingDose> byVariation, HingeVariation main) {

  public PreFlare {
    Objects.requireNonNull(onset, "onset");
    EnumMap<HingeVariation, WorkingDose> copy = new EnumMap<>(HingeVariation.class);
    copy.putAll(byVariation);
    byVariation = Collections.unmodifiableMap(copy);
  }

  /** Reads the pre-flare working loads from a log. */
  public static PreFlare of(List<TrainingSet> log, LocalDate onset) {
    return of(new HingeLog(log), onset);
  }

  static PreFlare of(HingeLog log, LocalDate onset) {
    Map<HingeVariation, Integer> counts = new EnumMap<>(HingeVariation.class);
    Map<HingeVariation, WorkingDose> best =
        log.heaviest(onset.minusDays(PRE_FLARE_WINDOW_DAYS), onset.minusDays(1), counts);
    HingeVariation main = null;
    for (HingeVariation v : best.keySet()) {
      if (main == null
          || counts.get(v) > counts.get(main)
          || (counts.get(v).equals(counts.get(main))
              && best.get(v).loadKg() > best.get(main).loadKg())) {
        main = v;
      }
    }
    return new PreFlare(onset, best, main);
  }

  /** The pre-flare working load of a variation in kilograms, if it was trained in the window. */
  public Optional<Double> loadKg(HingeVariation variation) {
    return Optional.ofNullable(byVariation.get(variation)).map(WorkingDose::loadKg);
  }

  /**
   * The load a percentage of "the pre-flare working load" refers to for a variation: its own, or
   * else the main variation's.
   */
  Optional<Double> referenceKg(HingeVariation variation) {
    return loadKg(variation).or(() -> main == null ? Optional.empty() : loadKg(main));
  }
}
