package dev.backload.core.analytics;

import java.time.LocalDate;

/**
 * Counts over the analysed log.
 *
 * @param firstDate the first date of the day series (the first date with a working set), or {@code
 *     null} when the log has no working set
 * @param lastDate the last date of the day series, or {@code null} when the log has no working set
 * @param workouts distinct workout keys among all sets, including workouts with no working set
 * @param sets every set given
 * @param workingSets sets with at least one rep that are not warm-ups
 * @param hingeWorkingSets working sets of hinge exercises
 */
public record Summary(
    LocalDate firstDate,
    LocalDate lastDate,
    int workouts,
    int sets,
    int workingSets,
    int hingeWorkingSets) {}
