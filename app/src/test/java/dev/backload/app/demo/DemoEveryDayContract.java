package dev.backload.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.analytics.AnalyticsService;
import dev.backload.app.checkins.CheckInService;
import dev.backload.app.checkins.StoredCheckIn;
import dev.backload.app.planning.PlanService;
import dev.backload.app.planning.PlanView;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.triage.Disposition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo lifter tells the same story on every day of the week: built with the application's clock
 * on seven consecutive dates, each demo has a next-morning question waiting, the flare-up's
 * SEE_PHYSIO check-in (rule P3, the set stopped by pain), the load spike and the fatigue drop, and
 * a plan at stage 2 with a trap-bar session.
 */
abstract class DemoEveryDayContract {
  @Autowired TestClock clock;
  @Autowired DemoAccount demo;
  @Autowired CheckInService checkIns;
  @Autowired AnalyticsService analytics;
  @Autowired PlanService plans;

  @AfterEach
  void putTheClockBack() {
    clock.reset();
  }

  @Test
  void theDemoTellsTheSameStoryOnEveryDayOfTheWeek() {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int n = 0; n < 7; n++) {
      clock.set(TestClock.START.plus(Duration.ofDays(n)));
      LocalDate today = TestClock.TODAY.plusDays(n);
      days.add(today.getDayOfWeek());
      long id = demo.create("demo-" + today + "-" + UUID.randomUUID() + "@backload.local");
      String on = today + " (" + today.getDayOfWeek() + ")";

      assertThat(checkIns.today(id)).isEqualTo(today);
      assertThat(checkIns.pendingMorningChecks(id))
          .as("a next-morning question waits on %s", on)
          .isNotEmpty()
          .allSatisfy(p -> assertThat(p.missing()).contains("nextMorning"));

      List<StoredCheckIn> stored = checkIns.list(id);
      assertThat(stored).as("check-ins on %s", on).hasSize(DemoHistory.checkIns(today).size());
      assertThat(stored)
          .as("the flare-up's check-in on %s", on)
          .anySatisfy(
              c -> {
                assertThat(c.date()).isEqualTo(today.minusDays(DemoHistory.FLARE_DAYS_AGO));
                assertThat(c.result().disposition()).isEqualTo(Disposition.SEE_PHYSIO);
                assertThat(c.result().findings()).extracting(f -> f.rule()).contains("P3");
              });

      assertThat(analytics.analyze(id).flags())
          .as("flags on %s", on)
          .extracting(f -> f.type())
          .contains(FlagType.SPIKE, FlagType.FATIGUE_DROP);

      PlanView plan = plans.plan(id);
      assertThat(plan.stage()).as("stage on %s", on).isNotNull();
      assertThat(plan.stage().number()).as("stage on %s", on).isEqualTo(2);
      assertThat(plan.prescription()).as("session on %s", on).isNotNull();
      assertThat(plan.prescription().variation()).isEqualTo(HingeVariation.TRAP_BAR);
    }
    assertThat(days).hasSize(7);
  }
}

@OnH2
class DemoEveryDayH2Test extends DemoEveryDayContract {}

@OnPostgres
class DemoEveryDayPostgresTest extends DemoEveryDayContract {}
