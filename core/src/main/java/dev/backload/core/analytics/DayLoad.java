package dev.backload.core.analytics;

import java.time.LocalDate;

/**
 * One date of the day series (analytics.md section 3). The ratios are descriptive, never a risk.
 *
 * @param date the calendar date
 * @param hingeTonnageKg load times reps summed over the date's working hinge sets ({@code L[d]})
 * @param totalTonnageKg load times reps summed over all the date's working sets
 * @param ewmaAcute {@code A[d] = 0.25 L[d] + 0.75 A[d-1]}, 0 the day before the series
 * @param ewmaChronic {@code C[d] = (2/29) L[d] + (27/29) C[d-1]}, 0 the day before the series
 * @param acwrEwma {@code A[d] / C[d]}; {@code null} in the first 27 days or when {@code C[d]} is 0
 * @param acwrUncoupled {@code mean(L[d-6..d]) / mean(L[d-27..d-7])}; {@code null} in the first 27
 *     days or when the denominator is 0
 */
public record DayLoad(
    LocalDate date,
    double hingeTonnageKg,
    double totalTonnageKg,
    double ewmaAcute,
    double ewmaChronic,
    Double acwrEwma,
    Double acwrUncoupled) {}
