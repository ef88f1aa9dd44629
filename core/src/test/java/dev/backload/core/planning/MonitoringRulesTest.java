package dev.backload.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Zones (planner.md section 1) and painful sessions in a row. */
class MonitoringRulesTest {
  // A Monday.
  private static final LocalDate MON = LocalDate.of(2026, 11, 9);

  private static MonitoringSession s(
      long id, LocalDate date, Integer baseline, Integer during, Integer next) {
    return new MonitoringSession(id, date, baseline, during, next);
  }

  private static Zone zone(MonitoringSession session, MonitoringSession... others) {
    return MonitoringRules.assess(session, List.of(others)).zone();
  }

  @Test
  void greenWhenDuringIsAtMostThreeAndTheNextMorningIsNoWorse() {
    assertThat(zone(s(1, MON, 2, 3, 2))).isEqualTo(Zone.GREEN);
    assertThat(zone(s(1, MON, 2, 0, 0))).isEqualTo(Zone.GREEN);
  }

  @Test
  void amberWhenDuringIsFourOrFive() {
    assertThat(zone(s(1, MON, 2, 4, 2))).isEqualTo(Zone.AMBER);
    assertThat(zone(s(1, MON, 2, 5, 1))).isEqualTo(Zone.AMBER);
  }

  @Test
  void redWhenDuringIsAboveFive() {
    assertThat(zone(s(1, MON, 2, 6, 2))).isEqualTo(Zone.RED);
  }

  @Test
  void redWhenTheNextMorningIsWorseThanTheBaseline() {
    assertThat(zone(s(1, MON, 2, 1, 3))).isEqualTo(Zone.RED);
    // The reason is the core's sentence (PainMonitoring), naming both numbers.
    assertThat(MonitoringRules.assess(s(1, MON, 2, 1, 3), List.of()).reasons())
        .singleElement()
        .asString()
        .contains("3/10", "above the 2/10 of the morning before");
  }

  @Test
  void pendingWhileAnAnswerThatCouldChangeTheZoneIsMissing() {
    assertThat(zone(s(1, MON, null, 2, 2))).isEqualTo(Zone.PENDING);
    assertThat(zone(s(1, MON, 2, null, 2))).isEqualTo(Zone.PENDING);
    assertThat(MonitoringRules.assess(s(1, MON, 2, 2, null), List.of()).reasons())
        .singleElement()
        .asString()
        .contains("next morning");
    assertThat(MonitoringRules.assess(s(1, MON, null, null, null), List.of()).reasons()).hasSize(3);
  }

  @Test
  void redAsSoonAsTheAnswersGivenMakeItRed() {
    // The core's reading (PainMonitoring): pain during above 5 is red without the next morning.
    assertThat(zone(s(1, MON, 2, 8, null))).isEqualTo(Zone.RED);
    assertThat(zone(s(1, MON, null, 6, null))).isEqualTo(Zone.RED);
    // A next morning worse than the baseline is red whatever the pain during was.
    assertThat(zone(s(1, MON, 1, null, 3))).isEqualTo(Zone.RED);
    // Without the baseline, a calm session cannot be called green yet.
    assertThat(zone(s(1, MON, null, 1, 0))).isEqualTo(Zone.PENDING);
  }

  @Test
  void aSessionWithoutBaselineStillCountsInTheWeeklyTrend() {
    MonitoringSession last = s(1, MON.minusDays(3), 2, 2, 2);
    MonitoringSession unknownBaseline = s(2, MON, null, null, 5);
    MonitoringSession now = s(3, MON.plusDays(1), 4, 2, 4);
    // This week (5 + 4) / 2 = 4.5 against last week's 2.
    assertThat(zone(now, last, unknownBaseline, now)).isEqualTo(Zone.RED);
  }

  @Test
  void weeklyTrendOfExactlyOnePointIsRed() {
    // Last week: next mornings 2 and 2 (mean 2). This week: 3 (mean 3), baseline 3, during 2.
    MonitoringSession last1 = s(1, MON.minusDays(7), 2, 2, 2);
    MonitoringSession last2 = s(2, MON.minusDays(4), 2, 2, 2);
    MonitoringSession now = s(3, MON.plusDays(1), 3, 2, 3);
    assertThat(zone(now, last1, last2, now)).isEqualTo(Zone.RED);
    assertThat(MonitoringRules.assess(now, List.of(last1, last2, now)).reasons())
        .singleElement()
        .asString()
        .contains("last week");
  }

  @Test
  void weeklyTrendJustBelowOnePointIsNotRed() {
    // Last week: 2, 2, 3 (mean 2.33). This week: 3 (mean 3): 0.67 higher.
    MonitoringSession now = s(4, MON.plusDays(1), 3, 2, 3);
    assertThat(
            zone(
                now,
                s(1, MON.minusDays(7), 2, 2, 2),
                s(2, MON.minusDays(5), 2, 2, 2),
                s(3, MON.minusDays(3), 3, 2, 3),
                now))
        .isEqualTo(Zone.GREEN);
  }

  @Test
  void weeklyTrendUsesOnlyThisWeeksSessionsUpToThisOne() {
    MonitoringSession last = s(1, MON.minusDays(3), 2, 2, 2);
    MonitoringSession now = s(2, MON, 2, 2, 2);
    // A later session this week with a bad morning does not change an earlier session's zone.
    MonitoringSession later = s(3, MON.plusDays(3), 5, 2, 5);
    assertThat(zone(now, last, now, later)).isEqualTo(Zone.GREEN);
    // The later one: this week's mean (2 + 5) / 2 = 3.5 against 2 -> red.
    assertThat(zone(later, last, now, later)).isEqualTo(Zone.RED);
  }

  @Test
  void noSessionsLastWeekMeansNoTrend() {
    MonitoringSession now = s(2, MON, 5, 2, 5);
    assertThat(zone(now, s(1, MON.minusDays(14), 0, 0, 0), now)).isEqualTo(Zone.GREEN);
  }

  @Test
  void painfulSessionsCountFromTheNewestBackToTheFirstPainFreeOne() {
    List<MonitoringSession> sessions =
        List.of(
            s(1, MON, 0, 5, 1),
            s(2, MON.plusDays(2), 0, 1, 1),
            s(3, MON.plusDays(4), 0, 3, 1),
            s(4, MON.plusDays(6), 0, 1, 3));
    assertThat(MonitoringRules.painfulSessionsInARow(sessions, MON.plusDays(6))).isEqualTo(2);
    assertThat(MonitoringRules.painfulSessionsInARow(sessions, MON.plusDays(5))).isEqualTo(1);
    assertThat(MonitoringRules.painfulSessionsInARow(sessions, MON.plusDays(3))).isZero();
  }

  @Test
  void twoOutOfTenIsNotPainful() {
    List<MonitoringSession> sessions = List.of(s(1, MON, 0, 2, 2), s(2, MON.plusDays(2), 0, 2, 2));
    assertThat(MonitoringRules.painfulSessionsInARow(sessions, MON.plusDays(2))).isZero();
  }

  @Test
  void unansweredSessionsNeitherCountNorBreakTheRun() {
    List<MonitoringSession> sessions =
        List.of(
            s(1, MON, 0, 4, null),
            s(2, MON.plusDays(2), null, null, null),
            s(3, MON.plusDays(4), 0, null, 6),
            s(4, MON.plusDays(5), 1, null, null));
    assertThat(MonitoringRules.painfulSessionsInARow(sessions, MON.plusDays(5))).isEqualTo(2);
  }

  @Test
  void painfulSessionsAreUnknownWithoutAnswersAndOnlyRecentOnesCount() {
    assertThat(MonitoringRules.painfulSessionsInARow(List.of(), MON)).isNull();
    assertThat(MonitoringRules.painfulSessionsInARow(List.of(s(1, MON, null, null, null)), MON))
        .isNull();
    List<MonitoringSession> old = List.of(s(1, MON, 0, 6, 6));
    // 27 days later the session is still in the 28-day window; 28 days later it is not.
    assertThat(MonitoringRules.painfulSessionsInARow(old, MON.plusDays(27))).isEqualTo(1);
    assertThat(MonitoringRules.painfulSessionsInARow(old, MON.plusDays(28))).isNull();
    // Sessions after the check-in date do not count.
    assertThat(MonitoringRules.painfulSessionsInARow(old, MON.minusDays(1))).isNull();
  }
}
