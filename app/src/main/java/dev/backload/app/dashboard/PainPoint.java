package dev.backload.app.dashboard;

import java.time.LocalDate;

/**
 * One pain score for the dashboard's chart.
 *
 * @param date the local date of the check-in
 * @param painNow pain at the time of the check-in, 0 (none) to 10 (worst imaginable)
 */
public record PainPoint(LocalDate date, int painNow) {}
