package dev.backload.core.planning;

import static dev.backload.core.planning.Sessions.day;
import static dev.backload.core.planning.Sessions.session;
import static dev.backload.core.planning.Sessions.zoned;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PainMonitoringTest {

  private static Zone zoneOf(MonitoredSession session) {
    return PainMonitoring.zones(List.of(session)).get(0).zone();
  }

  @ParameterizedTest(name = "baseline {0}, during {1}, next morning {2} -> {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        "2, 0, 2, GREEN",
        "2, 3, 2, GREEN",
        "2, 3, 1, GREEN",
        "2, 4, 2, AMBER",
        "2, 5, 2, AMBER",
        "2, 6, 2, RED",
        "2, 6, null, RED",
        "2, 10, 0, RED",
        "2, 3, 3, RED",
        "0, 0, 1, RED",
        "2, 5, 3, RED",
        "2, 3, null, PENDING",
        "2, 5, null, PENDING"
      })
  void zonesFollowThePainMonitoringModel(int baseline, int during, Integer next, Zone zone) {
    assertThat(zoneOf(session(0, baseline, during, next))).isEqualTo(zone);
  }

  @Test
  void aRedDuringNeedsNoBaseline() {
    MonitoredSession noBaseline =
        MonitoredSession.of(day(0), Sessions.deadlift(100), null, 6, null);
    assertThat(zoneOf(noBaseline)).isEqualTo(Zone.RED);
    assertThat(zoneOf(noBaseline.withNextMorning(0))).isEqualTo(Zone.RED);
    assertThat(noBaseline.baseline()).isNull();
  }

  @Test
  void aBaselineMayBeMissingOnlyWhenDuringIsRed() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MonitoredSession.of(day(0), Sessions.deadlift(100), null, 5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseline may be missing only when during is above 5: during is 5");
  }

  @Test
  void eachZoneSaysWhy() {
    List<ZonedSession> zones =
        PainMonitoring.zones(
            List.of(
                session(0, 2, 6, null),
                session(1, 2, 2, null),
                session(2, 2, 2, 4),
                session(3, 2, 2, 2),
                session(4, 2, 4, 2)));
    assertThat(zones)
        .extracting(ZonedSession::why)
        .containsExactly(
            "Pain during the session reached 6/10, above 5.",
            "Waiting for how your back felt on waking the next morning.",
            "Next-morning pain was 4/10, above the 2/10 of the morning before.",
            "Pain during 2/10 and the next morning no worse.",
            "Pain during 4/10 (4 to 5) and the next morning no worse.");
  }

  @Test
  void weeklyTrendRisingByExactlyOnePointIsRed() {
    // Last week next mornings 2 and 2 (mean 2); this week 3 (mean 3): +1.0.
    List<ZonedSession> zones =
        PainMonitoring.zones(
            List.of(session(0, 2, 1, 2), session(3, 2, 1, 2), session(7, 3, 1, 3)));
    assertThat(zones)
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.GREEN, Zone.GREEN, Zone.RED);
    assertThat(zones.get(2).why())
        .isEqualTo("Next-morning pain this week averages 3.0/10, 1.0 above last week's 2.0.");
  }

  @Test
  void weeklyTrendRisingByLessThanOnePointIsNotRed() {
    // Last week mean 2; this week 2 and 3: mean 2.5 after the second session.
    List<ZonedSession> zones =
        PainMonitoring.zones(
            List.of(session(0, 2, 1, 2), session(7, 2, 1, 2), session(9, 3, 1, 3)));
    assertThat(zones)
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.GREEN, Zone.GREEN, Zone.GREEN);
  }

  @Test
  void weeklyTrendUsesOnlyThisWeeksSessionsUpToTheDate() {
    // Monday's session is judged on Monday's answer alone, not on Thursday's worse one.
    List<ZonedSession> zones =
        PainMonitoring.zones(
            List.of(session(0, 1, 1, 1), session(7, 1, 1, 1), session(10, 4, 1, 4)));
    assertThat(zones)
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.GREEN, Zone.GREEN, Zone.RED);
  }

  @Test
  void weeklyTrendNeedsAnAnsweredSessionLastWeek() {
    List<ZonedSession> zones =
        PainMonitoring.zones(
            List.of(session(0, 0, 1, null), session(7, 5, 1, 5), session(16, 6, 1, 6)));
    // Week 1 has no answer; week 2 (day 7) has nothing to compare with; week 3 (day 16) compares
    // 6 with 5: +1, red.
    assertThat(zones)
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.PENDING, Zone.GREEN, Zone.RED);
  }

  @Test
  void weeklyTrendComparesWithTheWeekJustBeforeOnly() {
    List<ZonedSession> zones =
        PainMonitoring.zones(List.of(session(0, 0, 1, 0), session(14, 3, 1, 3)));
    assertThat(zones.get(1).zone()).isEqualTo(Zone.GREEN);
  }

  @Test
  void weeklyTrendIsAcrossVariations() {
    MonitoredSession rdl =
        MonitoredSession.of(
            day(0), new Dose("Romanian deadlift", Range.FROM_THE_TOP, 60, 3, 8), 1, 1, 1);
    List<ZonedSession> zones = PainMonitoring.zones(List.of(rdl, session(7, 2, 1, 2)));
    assertThat(zones.get(1).zone()).isEqualTo(Zone.RED);
  }

  @Test
  void zonesComeInDateOrderStableWithinADate() {
    MonitoredSession a = session(3, 2, 1, 2);
    MonitoredSession b = session(0, 2, 4, 2);
    MonitoredSession c = session(3, 2, 6, 2);
    assertThat(PainMonitoring.zones(List.of(a, b, c)))
        .extracting(ZonedSession::session)
        .containsExactly(b, a, c);
  }

  @Test
  void decisionsFollowTheLastDecidedSession() {
    assertThat(PainMonitoring.decide(List.of())).isEqualTo(Decision.START);
    assertThat(PainMonitoring.decide(List.of(zoned(0, Zone.GREEN)))).isEqualTo(Decision.PROGRESS);
    assertThat(PainMonitoring.decide(List.of(zoned(0, Zone.AMBER)))).isEqualTo(Decision.REPEAT);
    assertThat(PainMonitoring.decide(List.of(zoned(0, Zone.RED)))).isEqualTo(Decision.GO_BACK);
    assertThat(PainMonitoring.decide(List.of(zoned(0, Zone.RED), zoned(2, Zone.PENDING))))
        .isEqualTo(Decision.WAIT);
  }

  @Test
  void twoRedsInARowDropAStage() {
    assertThat(PainMonitoring.decide(List.of(zoned(0, Zone.RED), zoned(2, Zone.RED))))
        .isEqualTo(Decision.DROP_STAGE);
    assertThat(
            PainMonitoring.decide(
                List.of(zoned(0, Zone.RED), zoned(2, Zone.PENDING), zoned(4, Zone.RED))))
        .as("a pending session between two reds does not break the row")
        .isEqualTo(Decision.DROP_STAGE);
    assertThat(
            PainMonitoring.decide(
                List.of(zoned(0, Zone.RED), zoned(2, Zone.AMBER), zoned(4, Zone.RED))))
        .isEqualTo(Decision.GO_BACK);
    assertThat(PainMonitoring.decide(List.of(zoned(0, Zone.GREEN), zoned(2, Zone.RED))))
        .isEqualTo(Decision.GO_BACK);
    assertThat(
            PainMonitoring.decide(
                List.of(zoned(0, Zone.RED), zoned(2, Zone.RED), zoned(4, Zone.RED))))
        .isEqualTo(Decision.DROP_STAGE);
  }

  @Test
  void lastToleratedIsTheLastGreenOrAmber() {
    ZonedSession amber = zoned(2, Zone.AMBER);
    assertThat(
            PainMonitoring.lastTolerated(List.of(zoned(0, Zone.GREEN), amber, zoned(4, Zone.RED))))
        .contains(amber);
    assertThat(PainMonitoring.lastTolerated(List.of(zoned(4, Zone.RED)))).isEmpty();
    assertThat(Zone.GREEN.tolerated()).isTrue();
    assertThat(Zone.AMBER.tolerated()).isTrue();
    assertThat(Zone.RED.tolerated()).isFalse();
    assertThat(Zone.PENDING.tolerated()).isFalse();
  }
}
