package dev.backload.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.LegSymptoms;
import dev.backload.core.triage.Onset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * For random timelines of check-ins, sessions and assessments: whenever the latest check-in is
 * URGENT or EMERGENCY, no assessment before it covers it and no clearing assessment comes after it,
 * there is no prescription (planner.md 0a). The oracle is written here, apart from {@link
 * RedFlagHold}, from the spec's words.
 */
class RedFlagHoldPropertyTest {
  private static final int RUNS = 3000;

  /** Check-ins of every kind the planner routes on, at a given pain. */
  private static final List<IntFunction<CheckIn>> KINDS =
      List.of(
          p -> CheckIn.builder(p).onset(Onset.NEXT_DAY).build(),
          p -> CheckIn.builder(p).onset(Onset.DURING_LIFT).build(),
          p -> CheckIn.builder(p).leg(LegSymptoms.ONE_LEG_BELOW_KNEE).build(),
          p -> CheckIn.builder(p).leg(LegSymptoms.BOTH_LEGS).build(),
          p -> CheckIn.builder(p).nightPain(true).build(),
          p -> CheckIn.builder(p).cancerHistory(true).onset(Onset.DURING_LIFT).build(),
          p -> CheckIn.builder(p).bladderChange(true).build(),
          p -> CheckIn.builder(p).saddleNumbness(true).build(),
          p -> CheckIn.builder(p).fever(true).build(),
          p -> CheckIn.builder(p).build());

  /** One entry of the oracle's own timeline. */
  private record Event(int day, CheckIn checkIn, AssessmentOutcome outcome) {}

  @Test
  void aRedFlagWithoutALaterClearingAssessmentNeverGetsAPrescription() {
    Random random = new Random(20261202L);
    int held = 0;
    for (int run = 0; run < RUNS; run++) {
      Lifter lifter = new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 100 + run % 60, 3, 5);
      List<Event> timeline = new ArrayList<>();
      if (random.nextBoolean()) {
        lifter.painBegins(28 + random.nextInt(3));
      }
      int today = 28 + random.nextInt(12);
      for (int d = 28; d <= today; d++) {
        int events = random.nextInt(3);
        for (int e = 0; e < events; e++) {
          if (random.nextInt(5) == 0) {
            AssessmentOutcome outcome =
                AssessmentOutcome.values()[random.nextInt(AssessmentOutcome.values().length)];
            lifter.assessed(d, outcome);
            timeline.add(new Event(d, null, outcome));
          } else {
            CheckIn c = KINDS.get(random.nextInt(KINDS.size())).apply(random.nextInt(9));
            lifter.checksIn(d, c, random.nextInt(6));
            timeline.add(new Event(d, c, null));
          }
        }
        if (random.nextInt(3) == 0) {
          lifter.trains(
              d,
              new Dose("Deadlift", Range.FLOOR, 60 + random.nextInt(60), 3, 5),
              null,
              random.nextInt(4),
              random.nextInt(9),
              random.nextBoolean() ? random.nextInt(6) : null);
        }
      }
      Plan plan = lifter.planOn(today);
      int latest = -1;
      for (int i = 0; i < timeline.size(); i++) {
        latest = timeline.get(i).checkIn() != null ? i : latest;
      }
      if (latest < 0) {
        continue;
      }
      Disposition disposition = TriageOf.disposition(timeline.get(latest).checkIn());
      boolean clearedAfter = false;
      for (int i = latest + 1; i < timeline.size(); i++) {
        clearedAfter |= timeline.get(i).outcome() != null && timeline.get(i).outcome().clears();
      }
      boolean covered = disposition == Disposition.URGENT && covered(timeline, latest);
      if (disposition.isAtLeast(Disposition.URGENT) && !clearedAfter && !covered) {
        held++;
        assertThat(plan.prescription()).as("run %d", run).isNull();
        assertThat(plan.mode()).as("run %d", run).isEqualTo(Mode.STOP);
        if (disposition == Disposition.EMERGENCY) {
          assertThat(plan.hold()).as("run %d", run).isNotNull();
          assertThat(plan.triage().disposition()).isEqualTo(Disposition.EMERGENCY);
        }
      }
      if (plan.hold() != null) {
        assertThat(plan.prescription()).isNull();
        assertThat(plan.mode()).isEqualTo(Mode.STOP);
      }
    }
    assertThat(held).as("the generator reaches the red-flag case often").isGreaterThan(RUNS / 10);
  }

  /**
   * Whether every URGENT finding of the check-in at {@code index} was among the URGENT findings of
   * a check-in that came before an assessment that came before it, and was on every check-in since
   * that assessment.
   */
  private static boolean covered(List<Event> timeline, int index) {
    Set<String> seen = new HashSet<>();
    Set<String> covered = new HashSet<>();
    for (int i = 0; i < index; i++) {
      Event e = timeline.get(i);
      if (e.checkIn() == null) {
        covered.addAll(seen);
      } else {
        seen.addAll(urgentRules(e.checkIn()));
        covered.retainAll(urgentRules(e.checkIn()));
      }
    }
    return covered.containsAll(urgentRules(timeline.get(index).checkIn()));
  }

  private static Set<String> urgentRules(CheckIn c) {
    Set<String> rules = new HashSet<>();
    for (var f : EpisodeCheckIn.of(Lifter.day(0), c).triage().findings()) {
      if (f.level() == Disposition.URGENT) {
        rules.add(f.rule());
      }
    }
    return rules;
  }

  /** The rulebook's disposition of a check-in, read through the planner's own record. */
  private static final class TriageOf {
    static Disposition disposition(CheckIn c) {
      return EpisodeCheckIn.of(Lifter.day(0), c).disposition();
    }
  }
}
