/**
 * A person's check-ins over time (triage.md section 1, the stateful fields): when a pain episode
 * opens and closes ({@link dev.backload.core.checkins.EpisodeRule}), how the fields a person leaves
 * out are worked out from their history and health profile ({@link
 * dev.backload.core.checkins.StatefulFields}, {@link dev.backload.core.checkins.HistoryFacts}), and
 * those worked-out values in words ({@link dev.backload.core.checkins.DerivedFact}).
 *
 * <p>Pure, like the rest of the core: the dates come from the caller, never from a clock, and every
 * number is named once in the class that uses it. The painful sessions in a row come from the pain
 * monitoring answers, {@link dev.backload.core.planning.MonitoringRules}.
 */
package dev.backload.core.checkins;
