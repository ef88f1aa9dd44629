package dev.backload.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo history tells the story it promises, whatever day it is generated on. */
class DemoHistoryTest {

  private static Analysis analyse(LocalDate today) {
    List<TrainingSet> sets = new ArrayList<>();
    for (DemoHistory.DemoWorkout w : DemoHistory.workouts(today)) {
      for (NewSet s : w.sets()) {
        sets.add(s.toTrainingSet(w.date(), w.date() + w.name()));
      }
    }
    return TrainingLoadAnalysis.analyze(sets);
  }

  /** Seven consecutive days, so every day of the week, then a turn of the year and a leap day. */
  private static List<LocalDate> days() {
    List<LocalDate> days = new ArrayList<>();
    for (int n = 0; n < 7; n++) {
      days.add(LocalDate.of(2026, 11, 30).plusDays(n));
    }
    days.addAll(List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 2, 29)));
    return days;
  }

  @Test
  void monthsOfTrainingWithASpikeAFlareAndATrapBarRestart() {
    for (LocalDate today : days()) {
      var workouts = DemoHistory.workouts(today);
      assertThat(workouts.get(0).date()).isBefore(today.minusMonths(3));
      assertThat(workouts.get(workouts.size() - 1).date()).isBeforeOrEqualTo(today);
      Analysis analysis = analyse(today);
      assertThat(analysis.summary().hingeWorkingSets()).isGreaterThan(60);
      assertThat(analysis.flags())
          .extracting(f -> f.type())
          .contains(FlagType.SPIKE, FlagType.FATIGUE_DROP);
      LocalDate flare = today.minusDays(DemoHistory.FLARE_DAYS_AGO);
      assertThat(workouts)
          .anyMatch(
              w -> w.date().equals(flare) && w.sets().stream().anyMatch(s -> s.note() != null));
      assertThat(workouts)
          .filteredOn(w -> w.date().isAfter(flare))
          .flatExtracting(DemoHistory.DemoWorkout::sets)
          .extracting(s -> HingeVariation.of(s.exercise()).orElse(null))
          .doesNotContain(HingeVariation.CONVENTIONAL)
          .contains(HingeVariation.TRAP_BAR);
    }
  }

  @Test
  void yesterdaysRestartSessionLeavesItsNextMorningOpenOnEveryDay() {
    for (LocalDate today : days()) {
      List<DemoHistory.DemoAnswers> open =
          DemoHistory.monitoring(today).stream().filter(a -> a.nextMorning() == null).toList();
      assertThat(open).as("on %s", today).singleElement();
      assertThat(open.get(0).date()).isEqualTo(today.minusDays(1));
      assertThat(DemoHistory.workouts(today))
          .filteredOn(w -> w.date().equals(today.minusDays(1)))
          .singleElement()
          .satisfies(
              w -> assertThat(w.sets()).anyMatch(s -> s.exercise().equals("Trap Bar Deadlift")));
    }
  }
}
