package dev.backload.app.planning;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.Prescription;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exercise name a planned session gets in the log: the name the person last logged for the same
 * variation, else the name the log's exercise picker offers, so the session sits with the person's
 * own history and the analytics classify it as the planned variation.
 */
final class LogNames {
  private static final Map<HingeVariation, String> COMMON = new EnumMap<>(HingeVariation.class);

  static {
    COMMON.put(HingeVariation.TRAP_BAR, "Trap Bar Deadlift");
    COMMON.put(HingeVariation.SUMO, "Sumo Deadlift");
    COMMON.put(HingeVariation.ROMANIAN, "Romanian Deadlift");
    COMMON.put(HingeVariation.STIFF_LEG, "Stiff Leg Deadlift");
    COMMON.put(HingeVariation.DEFICIT, "Deficit Deadlift");
    COMMON.put(HingeVariation.BLOCK_PULL, "Block Pull");
    COMMON.put(HingeVariation.SNATCH_GRIP, "Snatch Grip Deadlift");
    COMMON.put(HingeVariation.CONVENTIONAL, "Deadlift (Barbell)");
  }

  private LogNames() {}

  /** The log's name for a prescription's exercise. */
  static String exercise(Prescription prescription, List<TrainingSet> log) {
    HingeVariation variation = prescription.variation();
    if (variation == null) {
      return titleCase(prescription.exercise());
    }
    for (int i = log.size() - 1; i >= 0; i--) {
      if (log.get(i).variation() == variation) {
        return log.get(i).exercise();
      }
    }
    return COMMON.get(variation);
  }

  private static String titleCase(String name) {
    return Arrays.stream(name.split(" "))
        .map(w -> w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
        .collect(Collectors.joining(" "));
  }
}
