package dev.backload.core.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.checkins.EpisodeRule.DatedPain;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The episode rule: opens with pain, closes after a pain-free run of 2 check-ins over 2 days. */
class EpisodeRuleTest {
  private static final LocalDate MON = LocalDate.of(2026, 11, 2);

  private static DatedPain on(int day, int pain) {
    return new DatedPain(MON.plusDays(day), pain);
  }

  @Test
  void painOfOneOpensAndNoPainDoesNot() {
    assertThat(EpisodeRule.opens(1)).isTrue();
    assertThat(EpisodeRule.opens(0)).isFalse();
  }

  @Test
  void staysOpenWhileThereIsPain() {
    assertThat(EpisodeRule.closes(List.of(on(0, 4)))).isFalse();
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 2), on(5, 1)))).isFalse();
  }

  @Test
  void closesWithTwoPainFreeCheckInsTwoDaysApart() {
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 0), on(3, 0)))).isTrue();
  }

  @Test
  void twoPainFreeCheckInsOnlyOneDayApartDoNotClose() {
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 0), on(2, 0)))).isFalse();
    // A third pain-free day completes the span.
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 0), on(2, 0), on(3, 0)))).isTrue();
  }

  @Test
  void manyPainFreeCheckInsOnOneDayDoNotClose() {
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 0), on(1, 0), on(1, 0)))).isFalse();
  }

  @Test
  void oneLonePainFreeCheckInDoesNotClose() {
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(9, 0)))).isFalse();
  }

  @Test
  void painInTheMiddleRestartsTheRun() {
    // Pain-free on day 1, pain on day 2, pain-free on day 3: the run is only day 3.
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 0), on(2, 1), on(3, 0)))).isFalse();
    assertThat(EpisodeRule.closes(List.of(on(0, 4), on(1, 0), on(2, 1), on(3, 0), on(5, 0))))
        .isTrue();
  }
}
