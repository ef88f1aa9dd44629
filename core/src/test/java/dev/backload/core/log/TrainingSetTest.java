package dev.backload.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrainingSetTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Test
  void classifiesTheVariationAndWorkingStatus() {
    TrainingSet set =
        TrainingSet.of(DAY, "w1", "Sumo Deadlift (Barbell)", SetType.WORKING, 140, 5, 8.0, null);
    assertThat(set.variation()).isEqualTo(HingeVariation.SUMO);
    assertThat(set.isHinge()).isTrue();
    assertThat(set.isWorking()).isTrue();
    assertThat(set.loadKg()).isEqualTo(140);
  }

  @Test
  void warmUpsAndZeroRepSetsAreNotWorking() {
    assertThat(TrainingSet.of(DAY, "w", "Deadlift", SetType.WARMUP, 60, 5, null, null).isWorking())
        .isFalse();
    assertThat(
            TrainingSet.of(DAY, "w", "Deadlift", SetType.FAILURE, 180, 0, null, null).isWorking())
        .isFalse();
    assertThat(TrainingSet.of(DAY, "w", "Deadlift", SetType.DROP, 100, 1, null, null).isWorking())
        .isTrue();
  }

  @Test
  void assistedWeightIsNotLoad() {
    TrainingSet set =
        TrainingSet.of(DAY, "w", "Chest Dip (Assisted)", SetType.WORKING, 35, 12, null, null);
    assertThat(set.loadKg()).isZero();
    assertThat(set.weightKg()).isEqualTo(35);
  }

  @Test
  void assistedIsFoundAsTheLowerCasedNameWouldFindIt() {
    String[] names = {
      "Assisted Pull Up",
      "ASSISTED DIP",
      "Chest Dip (Assisted)",
      "machine-assisted row",
      "assisted",
      "Assiste",
      "assis ted",
      "Pull Up",
      "",
      "ASSİSTED",
      "Assİsted",
      "aſſisted",
      "assiſted",
      "\u212Assisted",
      "Ａssisted",
      "xassistedx",
      "assissted",
      "assisteD",
      "aSsIsTeD curl",
      "İassisted",
      "assisted\u0307",
      "\uD835\uDC00ssisted"
    };
    for (String name : names) {
      assertThat(TrainingSet.isAssisted(name))
          .as(name)
          .isEqualTo(name.toLowerCase(java.util.Locale.ROOT).contains("assisted"));
    }
    // "assisted" with random neighbours, case changes and letters that case-fold unusually.
    char[] alphabet = "aAsSiItTeEdD \u0130\u0131\u017F\u212A\u00DF".toCharArray();
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    int found = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int i = random.nextInt(3); i > 0; i--) {
        name.append(alphabet[random.nextInt(alphabet.length)]);
      }
      for (char c : "assisted".toCharArray()) {
        int pick = random.nextInt(10);
        name.append(
            pick < 6
                ? c
                : pick < 9 ? Character.toUpperCase(c) : alphabet[random.nextInt(alphabet.length)]);
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        name.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = name.toString();
      found += TrainingSet.isAssisted(text) ? 1 : 0;
      assertThat(TrainingSet.isAssisted(text))
          .as(text)
          .isEqualTo(text.toLowerCase(java.util.Locale.ROOT).contains("assisted"));
    }
    assertThat(found).isBetween(10_000, 90_000); // both answers were exercised
  }

  @Test
  void rejectsOutOfRangeValues() {
    assertThatThrownBy(() -> TrainingSet.of(DAY, "w", "x", SetType.WORKING, -1, 1, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weightKg");
    assertThatThrownBy(
            () -> TrainingSet.of(DAY, "w", "x", SetType.WORKING, Double.NaN, 1, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrainingSet.of(DAY, "w", "x", SetType.WORKING, 1, -1, null, null))
        .hasMessageContaining("reps");
    assertThatThrownBy(() -> TrainingSet.of(DAY, "w", "x", SetType.WORKING, 1, 1, 10.5, null))
        .hasMessageContaining("rpe");
    assertThatThrownBy(() -> TrainingSet.of(DAY, "w", "x", SetType.WORKING, 1, 1, 0.5, null))
        .hasMessageContaining("rpe");
  }

  @ParameterizedTest
  @CsvSource({"7.25, 7.5", "7.2, 7.0", "7.74, 7.5", "7.75, 8.0", "9.5, 9.5", "8, 8", "6.1, 6.0"})
  void roundsRpeToHalfStepsQuarterUp(double in, double out) {
    assertThat(TrainingSet.roundRpe(in)).isEqualTo(out);
  }

  @Test
  void formatsRpeForDisplay() {
    assertThat(TrainingSet.formatRpe(8.0)).isEqualTo("8");
    assertThat(TrainingSet.formatRpe(8.5)).isEqualTo("8.5");
    assertThat(TrainingSet.formatRpe(null)).isEmpty();
  }
}
