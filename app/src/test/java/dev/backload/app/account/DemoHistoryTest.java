package dev.backload.app.account;

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

  @Test
  void monthsOfTrainingWithASpikeAFlareAndATrapBarRestart() {
    for (LocalDate today : List.of(LocalDate.of(2026, 11, 21), LocalDate.of(2027, 3, 3), LocalDate.of(2026, 1, 1))) {
      var workouts = DemoHistory.workouts(today);
      assertThat(workouts.get(0).date()).isBefore(today.minusMonths(3));
      assertThat(workouts.get(workouts.size() - 1).date()).isBeforeOrEqualTo(today);
      Analysis analysis = analyse(today);
      assertThat(analysis.summary().hingeWorkingSets()).isGreaterThan(60);
      assertThat(analysis.flags()).extracting(f -> f.type()).contains(FlagType.SPIKE, FlagType.FATIGUE_DROP);
      LocalDate flare = today.minusDays(DemoHistory.FLARE_DAYS_AGO);
      assertThat(workouts).anyMatch(w -> w.date().equals(flare) && w.sets().stream().anyMatch(s -> s.note() != null));
      assertThat(workouts)
          .filteredOn(w -> w.date().isAfter(flare))
          .flatExtracting(DemoHistory.DemoWorkout::sets)
          .extracting(s -> HingeVariation.of(s.exercise()).orElse(null))
          .doesNotContain(HingeVariation.CONVENTIONAL)
          .contains(HingeVariation.TRAP_BAR);
    }
  }
}
