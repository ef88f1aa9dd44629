package dev.backload.core.planning;

import static dev.backload.core.planning.Sessions.day;
import static dev.backload.core.planning.Sessions.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PreFlareTest {

  @ParameterizedTest(name = "a set {0} days before onset counts: {1}")
  @CsvSource({"0, false", "1, true", "28, true", "29, false"})
  void theWindowIsThe28DaysBeforeOnset(int daysBefore, boolean counts) {
    List<TrainingSet> log =
        List.of(set(40 - daysBefore, "Deadlift", 150, 3), set(40 - 5, "Deadlift", 100, 5));
    PreFlare preFlare = PreFlare.of(log, day(40));
    assertThat(preFlare.loadKg(HingeVariation.CONVENTIONAL)).contains(counts ? 150.0 : 100.0);
  }

  @Test
  void heaviestWorkingSetPerVariation() {
    List<TrainingSet> log =
        List.of(
            set(1, "Deadlift (Barbell)", 140, 5, 8.0),
            set(1, "Deadlift (Barbell)", 140, 3, 9.0),
            set(1, "Deadlift (Barbell)", 120, 8),
            set(4, "Romanian Deadlift", 90, 8),
            TrainingSet.of(day(5), "w5", "Deadlift", SetType.WARMUP, 180, 1, null, null),
            set(6, "Squat", 200, 5),
            set(8, "Trap Bar Deadlift", 160, 5),
            set(9, "Deadlift", 130, 5),
            set(11, "Deadlift", 130, 5));
    PreFlare preFlare = PreFlare.of(log, day(20));
    assertThat(preFlare.byVariation().get(HingeVariation.CONVENTIONAL))
        .isEqualTo(new WorkingDose(day(1), HingeVariation.CONVENTIONAL, 140, 2, 5, 8.0));
    assertThat(preFlare.loadKg(HingeVariation.ROMANIAN)).contains(90.0);
    assertThat(preFlare.loadKg(HingeVariation.TRAP_BAR)).contains(160.0);
    assertThat(preFlare.loadKg(HingeVariation.SUMO)).isEmpty();
    assertThat(preFlare.main()).isEqualTo(HingeVariation.CONVENTIONAL);
    assertThat(preFlare.referenceKg(HingeVariation.SUMO)).contains(140.0);
    assertThat(preFlare.referenceKg(HingeVariation.TRAP_BAR)).contains(160.0);
  }

  @Test
  void theMainVariationHasTheMostSetsThenTheHeavierLoad() {
    List<TrainingSet> tie = List.of(set(1, "Sumo Deadlift", 150, 5), set(2, "Deadlift", 140, 5));
    assertThat(PreFlare.of(tie, day(10)).main()).isEqualTo(HingeVariation.SUMO);
    List<TrainingSet> more =
        List.of(
            set(1, "Sumo Deadlift", 150, 5),
            set(2, "Deadlift", 140, 5),
            set(3, "Deadlift", 140, 5));
    assertThat(PreFlare.of(more, day(10)).main()).isEqualTo(HingeVariation.CONVENTIONAL);
    List<TrainingSet> fewer =
        List.of(
            set(1, "Sumo Deadlift", 100, 5),
            set(2, "Sumo Deadlift", 100, 5),
            set(3, "Deadlift", 140, 5));
    assertThat(PreFlare.of(fewer, day(10)).main()).isEqualTo(HingeVariation.SUMO);
    List<TrainingSet> lighterLater =
        List.of(set(1, "Deadlift", 140, 5), set(2, "Sumo Deadlift", 100, 5));
    assertThat(PreFlare.of(lighterLater, day(10)).main()).isEqualTo(HingeVariation.CONVENTIONAL);
  }

  @Test
  void anEmptyWindowHasNoMainAndNoReference() {
    PreFlare preFlare = PreFlare.of(List.of(set(1, "Squat", 100, 5)), day(10));
    assertThat(preFlare.byVariation()).isEmpty();
    assertThat(preFlare.main()).isNull();
    assertThat(preFlare.referenceKg(HingeVariation.CONVENTIONAL)).isEmpty();
  }

  @Test
  void theHeavierDateWinsAndAnEqualLaterOneDoesNot() {
    List<TrainingSet> log = List.of(set(1, "Deadlift", 140, 3), set(5, "Deadlift", 140, 5));
    assertThat(PreFlare.of(log, day(10)).byVariation().get(HingeVariation.CONVENTIONAL).date())
        .isEqualTo(day(1));
  }
}
