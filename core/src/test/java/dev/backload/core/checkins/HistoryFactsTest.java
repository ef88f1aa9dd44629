package dev.backload.core.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.checkins.HistoryFacts.EarlierCheckIn;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.MonitoringSession;
import dev.backload.core.triage.Trend;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place the stateful fields are put together from history. */
class HistoryFactsTest {
  // A Monday.
  private static final LocalDate MON = LocalDate.of(2026, 11, 9);

  private static final List<TrainingSet> SETS =
      List.of(deadlift(MON.minusWeeks(2), 5), deadlift(MON.minusWeeks(1), 10), deadlift(MON, 13));

  private static final List<MonitoringSession> SESSIONS =
      List.of(
          new MonitoringSession(2, MON.minusWeeks(1), 1, 4, 2),
          new MonitoringSession(3, MON, 1, 3, null));

  private static final HealthProfile PROFILE = new HealthProfile(40, MON, false, false, false);

  private static TrainingSet deadlift(LocalDate date, int reps) {
    return TrainingSet.of(
        date, date.toString(), "Deadlift (Barbell)", SetType.WORKING, 100, reps, null, null);
  }

  @Test
  void anOpenEpisodeGivesPeakOnsetAndTrendFromItsEarlierCheckIns() {
    List<EarlierCheckIn> earlier =
        List.of(new EarlierCheckIn(5, null), new EarlierCheckIn(4, 7), new EarlierCheckIn(5, 7));
    HistoryFacts facts =
        HistoryFacts.of(3, MON.plusDays(1), MON.minusDays(4), earlier, SESSIONS, SETS, PROFILE);
    assertThat(facts).isEqualTo(new HistoryFacts(7, 5, Trend.IMPROVING, 2, 30.0, 7, PROFILE));
  }

  @Test
  void theFirstCheckInOfAnEpisodeHasNoTrendYet() {
    HistoryFacts facts = HistoryFacts.of(4, MON, MON, List.of(), List.of(), List.of(), null);
    assertThat(facts).isEqualTo(new HistoryFacts(4, 0, null, null, null, null, null));
  }

  @Test
  void withoutAnEpisodeOnlyTheSessionAndHingeFactsAreKnown() {
    // Earlier check-ins without an episode are not looked at.
    HistoryFacts facts =
        HistoryFacts.of(
            1, MON.plusDays(1), null, List.of(new EarlierCheckIn(9, 9)), SESSIONS, SETS, null);
    assertThat(facts).isEqualTo(new HistoryFacts(null, null, null, 2, 30.0, 7, null));
  }
}
