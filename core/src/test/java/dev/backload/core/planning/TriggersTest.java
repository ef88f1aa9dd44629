package dev.backload.core.planning;

import static dev.backload.core.planning.Sessions.day;
import static dev.backload.core.planning.Sessions.set;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When a break or a spike calls for adjusted training. */
class TriggersTest {

  private static HingeLog log(int... days) {
    return new HingeLog(Arrays.stream(days).mapToObj(d -> set(d, "Deadlift", 100, 5)).toList());
  }

  @Test
  void noLogNoBreak() {
    assertThat(Triggers.breakOn(log(), day(10))).isEmpty();
    assertThat(Triggers.breakOn(log(10), day(10))).isEmpty();
  }

  @Test
  void theNextSessionAfterMoreThanSevenDaysIsAReturn() {
    assertThat(Triggers.breakOn(log(0), day(7))).isEmpty();
    assertThat(Triggers.breakOn(log(0), day(8))).contains(new Triggers.Break(day(0), day(8), 8));
  }

  @Test
  void aLongBreakStaysActiveForTheThreeWeeksOfTheRebuild() {
    HingeLog log = log(0, 40, 43, 47);
    assertThat(Triggers.breakOn(log, day(47))).contains(new Triggers.Break(day(0), day(40), 40));
    assertThat(Triggers.breakOn(log(0, 40, 43, 47, 50, 54, 57, 60), day(60)))
        .contains(new Triggers.Break(day(0), day(40), 40));
    assertThat(Triggers.breakOn(log(0, 40, 43, 47, 50, 54, 57, 61), day(61))).isEmpty();
  }

  @Test
  void aShortBreakIsOverOnceTheFirstSessionIsDone() {
    assertThat(Triggers.breakOn(log(0, 20), day(20))).isEmpty();
    assertThat(Triggers.breakOn(log(0, 20, 22), day(22))).isEmpty();
  }

  @Test
  void spikesOfThisWeekAndLastWeekCount() {
    Analysis analysis =
        new Analysis(
            new Summary(null, null, 0, 0, 0, 0),
            List.of(),
            List.of(),
            List.of(
                new Flag(FlagType.SPIKE, day(7), "x"),
                new Flag(FlagType.STACKED_HARD, day(15), "y")));
    assertThat(Triggers.spikeOn(analysis, day(6))).isEmpty();
    assertThat(Triggers.spikeOn(analysis, day(7))).contains(new Triggers.Spike(day(7), 0));
    assertThat(Triggers.spikeOn(analysis, day(20))).contains(new Triggers.Spike(day(7), 0));
    assertThat(Triggers.spikeOn(analysis, day(21))).isEmpty();
  }

  @Test
  void theTrackStartsAtTheEarliestTrigger() {
    Triggers.Break pause = new Triggers.Break(day(0), day(20), 20);
    Triggers.Spike spike = new Triggers.Spike(day(14), 50);
    assertThat(new Triggers(day(25), pause, spike).trackStart()).isEqualTo(day(14));
    assertThat(new Triggers(day(10), pause, spike).trackStart()).isEqualTo(day(10));
    assertThat(new Triggers(null, pause, null).trackStart()).isEqualTo(day(20));
    assertThat(new Triggers(null, null, spike).trackStart()).isEqualTo(day(14));
    assertThat(new Triggers(day(25), pause, null).trackStart()).isEqualTo(day(20));
    assertThat(new Triggers(null, null, null).any()).isFalse();
  }
}
