package dev.backload.core.analytics;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link TrainingLoadAnalysis#analyze}: analytics.md section 6, one component per
 * JSON member.
 *
 * @param summary counts and the span of the day series
 * @param days every date of the day series, in date order
 * @param weeks every ISO week touching the day series, in date order
 * @param flags descriptive flags, by date and then by type name
 */
public record Analysis(
    Summary summary, List<DayLoad> days, List<WeekLoad> weeks, List<Flag> flags) {
  public Analysis {
    Objects.requireNonNull(summary, "summary");
    days = List.copyOf(days);
    weeks = List.copyOf(weeks);
    flags = List.copyOf(flags);
  }
}
