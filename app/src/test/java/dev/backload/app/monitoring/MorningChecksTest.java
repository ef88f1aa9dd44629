package dev.backload.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.planning.MonitoringSession;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which next mornings are asked about, and how. */
class MorningChecksTest {
  // A Tuesday.
  private static final LocalDate TUE = LocalDate.of(2026, 11, 10);

  @Test
  void asksFromTheNextMorningForThreeDays() {
    List<MonitoringSession> sessions =
        List.of(
            new MonitoringSession(1, TUE.minusDays(4), null, null, null),
            new MonitoringSession(2, TUE.minusDays(3), 1, 2, null),
            new MonitoringSession(3, TUE.minusDays(2), 1, 2, 1),
            new MonitoringSession(4, TUE.minusDays(1), null, 2, null),
            new MonitoringSession(5, TUE, null, null, null));
    var pending = MorningChecks.pending(sessions, TUE);
    assertThat(pending).extracting(MorningChecks.PendingCheck::workoutId).containsExactly(4L, 2L);
    assertThat(pending.get(0).missing()).containsExactly("baseline", "nextMorning");
    assertThat(pending.get(0).question()).contains("this morning").contains("yesterday");
    assertThat(pending.get(1).question())
        .contains("Saturday's deadlifts")
        .contains("Sunday morning");
  }
}
