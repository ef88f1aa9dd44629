package dev.backload.core.analytics;

import dev.backload.core.log.HingeVariation;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One ISO week, Monday to Sunday (analytics.md section 4). Its days outside the day series count as
 * zero load.
 *
 * @param week the ISO week-based year and week, such as {@code 2024-W05} or {@code 2020-W53}
 * @param start the week's Monday
 * @param hingeTonnageKg the sum of the week's daily hinge tonnage
 * @param totalTonnageKg the sum of the week's daily total tonnage
 * @param hingeSets the number of working hinge sets in the week
 * @param hingeChangePct {@code 100 * (W - Wprev) / Wprev} on hinge tonnage; {@code null} for the
 *     first week, when {@code Wprev} is 0, or when the previous week is a partial first week
 * @param monotony mean over standard deviation (population) of the 7 daily hinge tonnages; {@code
 *     null} when the deviation is 0
 * @param strain {@code hingeTonnageKg * monotony}; {@code null} when monotony is
 * @param e1rmByVariation the highest e1RM of the week's working sets per hinge variation, in enum
 *     order, leaving out variations without one; unmodifiable
 */
public record WeekLoad(
    String week,
    LocalDate start,
    double hingeTonnageKg,
    double totalTonnageKg,
    int hingeSets,
    Double hingeChangePct,
    Double monotony,
    Double strain,
    Map<HingeVariation, Double> e1rmByVariation) {

  public WeekLoad {
    EnumMap<HingeVariation, Double> ordered = new EnumMap<>(HingeVariation.class);
    ordered.putAll(e1rmByVariation);
    e1rmByVariation = Collections.unmodifiableMap(ordered);
  }
}
