/**
 * The planner (planner.md, version 1): pain monitoring after every deadlift-family session, the
 * choice between stopping, a staged return, adjusted training and training as planned, the staged
 * return to full deadlifts, the adjustments that keep training going, and what may be driving the
 * pain.
 *
 * <p>Entry points: {@link dev.backload.core.planning.Planner#plan}, {@link
 * dev.backload.core.planning.PainMonitoring}, {@link
 * dev.backload.core.planning.LimiterAttribution}, {@link dev.backload.core.planning.PreFlare},
 * {@link dev.backload.core.planning.Loads} and {@link dev.backload.core.planning.Reentry}.
 * Everything is pure: inputs and outputs are immutable values, and the date comes from the input,
 * never from a clock. Every number lives in {@link dev.backload.core.planning.PlannerThresholds},
 * heuristics marked as such.
 *
 * <p>The planner never diagnoses and never claims a cause: attribution says what came before the
 * pain and may have contributed. Loads are kilograms; texts avoid loads so that the app can show
 * them in the person's unit.
 */
package dev.backload.core.planning;
