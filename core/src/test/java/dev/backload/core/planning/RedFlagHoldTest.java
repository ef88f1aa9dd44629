package dev.backload.core.planning;

import static dev.backload.core.planning.Lifter.bothLegs;
import static dev.backload.core.planning.Lifter.day;
import static dev.backload.core.planning.Lifter.duringLift;
import static dev.backload.core.planning.Lifter.nightPain;
import static dev.backload.core.planning.Lifter.soreness;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.Finding;
import dev.backload.core.triage.Onset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The red-flag hold of planner.md section 0a: every branch. */
class RedFlagHoldTest {

  private static Lifter lifter() {
    return new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5);
  }

  /** A new change in bladder control: EMERGENCY (E1). */
  private static CheckIn bladder(int painNow) {
    return CheckIn.builder(painNow).bladderChange(true).build();
  }

  /** Saddle numbness: EMERGENCY (E3). */
  private static CheckIn saddle(int painNow) {
    return CheckIn.builder(painNow).saddleNumbness(true).build();
  }

  /** A history of cancer with pain that began during a lift: URGENT (U2), MODIFY (M4) beneath. */
  private static CheckIn cancerHistory(int painNow) {
    return CheckIn.builder(painNow).onset(Onset.DURING_LIFT).cancerHistory(true).build();
  }

  private static void assertHeld(Plan plan, Disposition disposition, String rule) {
    assertThat(plan.mode()).isEqualTo(Mode.STOP);
    assertThat(plan.stage()).isEqualTo(Stage.SCREEN);
    assertThat(plan.prescription()).isNull();
    assertThat(plan.hold()).isNotNull();
    assertThat(plan.hold().checkIn().triage().findings()).extracting(Finding::rule).contains(rule);
    assertThat(plan.triage().disposition()).isEqualTo(disposition);
    assertThat(plan.triage().safetyNet()).isNotBlank();
    assertThat(plan.triage().actions()).isNotEmpty();
    assertThat(plan.recommends(RecommendationKind.SEEK_CARE)).isTrue();
    assertThat(plan.recommends(RecommendationKind.RECORD_ASSESSMENT)).isTrue();
  }

  @Test
  void anEmergencyLaterTheSameDayHoldsThePlanOverAnEarlierModify() {
    Lifter lifter = lifter().painBegins(28).checksIn(28, duringLift(5)).checksIn(28, bladder(5));
    Plan plan = lifter.planOn(28);
    assertHeld(plan, Disposition.EMERGENCY, "E1");
    assertThat(plan.hold().since()).isEqualTo(day(28));
    assertThat(plan.hold().checkInIndex()).isEqualTo(1);
  }

  @Test
  void aMilderCheckInLaterTheSameDayDoesNotLiftIt() {
    Lifter lifter = lifter().painBegins(28).checksIn(28, bladder(5)).checksIn(28, duringLift(5));
    assertHeld(lifter.planOn(28), Disposition.EMERGENCY, "E1");
    assertThat(lifter.planOn(28).hold().checkInIndex()).isZero();
  }

  @Test
  void aRedFlagWithoutPainAndOutsideAnEpisodeHoldsThePlan() {
    Plan plan = lifter().checksIn(28, saddle(0)).planOn(28);
    assertHeld(plan, Disposition.EMERGENCY, "E3");
    assertThat(plan.attributionSummary()).isNull();
  }

  @Test
  void aRedFlagOnTheCheckInThatClosesAnEpisodeHoldsThePlan() {
    Lifter lifter =
        lifter()
            .painBegins(28)
            .checksIn(28, duringLift(3))
            .checksIn(31, saddle(0))
            .episodeClosesOn(31);
    assertHeld(lifter.planOn(31), Disposition.EMERGENCY, "E3");
    assertHeld(lifter.planOn(40), Disposition.EMERGENCY, "E3");
  }

  @Test
  void painFreeCheckInsNeverLiftAHold() {
    Lifter lifter =
        lifter()
            .painBegins(28)
            .checksIn(28, nightPain(4))
            .checksIn(29, soreness(0))
            .checksIn(30, soreness(0))
            .checksIn(31, soreness(0))
            .episodeClosesOn(31);
    Plan plan = lifter.planOn(35);
    assertHeld(plan, Disposition.URGENT, "U4");
    assertThat(plan.hold().since()).isEqualTo(day(28));
    assertThat(plan.stageProgress().since()).isEqualTo(day(28));
  }

  @Test
  void withSeveralHoldingCheckInsSinceIsTheFirstAndTheResultTheLatest() {
    Plan plan = lifter().checksIn(28, nightPain(3)).checksIn(30, bothLegs(3)).planOn(30);
    assertHeld(plan, Disposition.EMERGENCY, "E5");
    assertThat(plan.hold().since()).isEqualTo(day(28));
    assertThat(plan.hold().checkIn().date()).isEqualTo(day(30));
  }

  @Test
  void notClearedKeepsTheHold() {
    Lifter lifter = lifter().checksIn(28, nightPain(3)).assessed(29, AssessmentOutcome.NOT_CLEARED);
    assertHeld(lifter.planOn(29), Disposition.URGENT, "U4");
    lifter.checksIn(30, soreness(0));
    assertHeld(lifter.planOn(30), Disposition.URGENT, "U4");
  }

  @Test
  void aClearingAssessmentEndsTheHoldAndThePlanWaitsForTheNextCheckIn() {
    Lifter lifter =
        lifter().checksIn(28, bladder(2)).assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN);
    Plan waiting = lifter.planOn(29);
    assertThat(waiting.mode()).isEqualTo(Mode.STOP);
    assertThat(waiting.hold()).isNull();
    assertThat(waiting.prescription()).isNull();
    assertThat(waiting.recommends(RecommendationKind.NEW_CHECK_IN)).isTrue();
    assertThat(waiting.recommends(RecommendationKind.SEEK_CARE)).isFalse();

    Plan next = lifter.checksIn(30, soreness(0)).planOn(30);
    assertThat(next.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(next.hold()).isNull();
    assertThat(next.prescription()).isNotNull();
  }

  @Test
  void aLatestAssessmentThatDidNotClearStopsThePlanEvenWithoutAHold() {
    Lifter lifter =
        lifter()
            .checksIn(28, nightPain(3))
            .assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(30, soreness(0))
            .assessed(31, AssessmentOutcome.NOT_CLEARED)
            .checksIn(32, soreness(0));
    Plan plan = lifter.planOn(32);
    assertThat(plan.mode()).isEqualTo(Mode.STOP);
    assertThat(plan.hold()).isNull();
    assertThat(plan.prescription()).isNull();
    assertThat(plan.recommends(RecommendationKind.RECORD_ASSESSMENT)).isTrue();
    assertThat(plan.stageProgress().since()).isEqualTo(day(31));
    lifter.assessed(33, AssessmentOutcome.CLEARED_TO_TRAIN).checksIn(33, soreness(0));
    assertThat(lifter.planOn(33).prescription()).isNotNull();
  }

  @Test
  void painFreeCheckInsDuringAHoldDoNotCountAsTheCheckInAfterTheAssessment() {
    Lifter lifter =
        lifter()
            .checksIn(28, nightPain(3))
            .checksIn(29, soreness(0))
            .assessed(30, AssessmentOutcome.CLEARED_TO_TRAIN);
    Plan plan = lifter.planOn(30);
    assertThat(plan.mode()).isEqualTo(Mode.STOP);
    assertThat(plan.hold()).isNull();
    assertThat(plan.triage().disposition()).isEqualTo(Disposition.TRAIN);
    assertThat(plan.recommends(RecommendationKind.NEW_CHECK_IN)).isTrue();
  }

  @Test
  void ofTwoAssessmentsAtTheSamePlaceTheOneRecordedLaterCounts() {
    Lifter lifter =
        lifter()
            .checksIn(28, nightPain(3))
            .assessed(29, AssessmentOutcome.NOT_CLEARED)
            .assessed(29, AssessmentOutcome.CLEARED_WITH_LIMITS, "light only");
    assertThat(lifter.planOn(29).recommends(RecommendationKind.NEW_CHECK_IN)).isTrue();
    assertThat(lifter.planOn(29).limits()).isEqualTo("light only");
    lifter.assessed(29, AssessmentOutcome.NOT_CLEARED);
    assertThat(lifter.planOn(29).recommends(RecommendationKind.RECORD_ASSESSMENT)).isTrue();
    assertThat(lifter.planOn(29).limits()).isNull();
  }

  @Test
  void anAssessmentWithoutAnyCheckInAsksForOne() {
    Plan plan = lifter().assessed(28, AssessmentOutcome.CLEARED_TO_TRAIN).planOn(28);
    assertThat(plan.mode()).isEqualTo(Mode.STOP);
    assertThat(plan.triage()).isNull();
    assertThat(plan.prescription()).isNull();
  }

  @Test
  void anAssessmentCoversTheUrgentFindingsBeforeItSoALastingFactStartsNoNewHold() {
    Lifter lifter =
        lifter()
            .checksIn(28, cancerHistory(3))
            .assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(30, cancerHistory(3));
    Plan plan = lifter.planOn(30);
    assertThat(plan.hold()).isNull();
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.prescription()).isNotNull();
  }

  @Test
  void inAnEpisodeACoveredFactLeavesTheNextHighestFindingToDecide() {
    // Within the episode the red flag before the assessment makes the return a staged one (the
    // replay's rule after a stop); the covered U2 of day 30 does not stop it again.
    Lifter lifter =
        lifter()
            .painBegins(28)
            .checksIn(28, cancerHistory(3))
            .assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(30, cancerHistory(3));
    Plan plan = lifter.planOn(30);
    assertThat(plan.hold()).isNull();
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.prescription()).isNotNull();
    // The rulebook's result itself is never softened.
    assertThat(plan.triage().disposition()).isEqualTo(Disposition.URGENT);
    // Without the earlier red flag in the episode, the covered fact leaves MODIFY: adjusted.
    Lifter later =
        lifter()
            .checksIn(20, cancerHistory(0))
            .assessed(21, AssessmentOutcome.CLEARED_TO_TRAIN)
            .painBegins(28)
            .checksIn(28, cancerHistory(3));
    assertThat(later.planOn(28).mode()).isEqualTo(Mode.ADJUSTED);
  }

  @Test
  void anUrgentFindingTheAssessmentDidNotCoverStartsANewHold() {
    Lifter lifter =
        lifter()
            .checksIn(28, cancerHistory(3))
            .assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(30, CheckIn.builder(3).cancerHistory(true).nightPain(true).build());
    Plan plan = lifter.planOn(30);
    assertHeld(plan, Disposition.URGENT, "U4");
    assertThat(plan.hold().since()).isEqualTo(day(30));
  }

  @Test
  void anEmergencyAfterAClearingAssessmentAlwaysStartsANewHold() {
    Lifter lifter =
        lifter()
            .checksIn(28, bladder(3))
            .assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(30, bladder(3));
    assertHeld(lifter.planOn(30), Disposition.EMERGENCY, "E1");
  }

  @Test
  void anAssessmentCoversOnlyCheckInsBeforeItOnTheSameDay() {
    Lifter lifter =
        lifter()
            .checksIn(28, bladder(3))
            .assessed(28, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(28, soreness(1));
    assertThat(lifter.planOn(28).hold()).isNull();
    assertThat(lifter.planOn(28).mode()).isEqualTo(Mode.AS_PLANNED);
    lifter.checksIn(28, nightPain(1));
    assertHeld(lifter.planOn(28), Disposition.URGENT, "U4");
  }

  @Test
  void anAssessmentDatedBeforeACheckInDoesNotCoverIt() {
    Lifter lifter =
        lifter().assessed(27, AssessmentOutcome.CLEARED_TO_TRAIN).checksIn(28, cancerHistory(2));
    assertHeld(lifter.planOn(28), Disposition.URGENT, "U2");
  }

  @Test
  void anAssessmentAfterTodayIsNotReadYet() {
    Lifter lifter =
        lifter().checksIn(28, nightPain(2)).assessed(31, AssessmentOutcome.CLEARED_TO_TRAIN);
    assertHeld(lifter.planOn(29), Disposition.URGENT, "U4");
    assertThat(lifter.planOn(31).hold()).isNull();
  }

  @Test
  void aRedFlagDatedAfterTodayStillHoldsThePlan() {
    // After a change of time zone a stored check-in can be dated after the plan's today.
    Lifter lifter = lifter().checksIn(28, soreness(0)).checksIn(31, bladder(2));
    assertHeld(lifter.planOn(29), Disposition.EMERGENCY, "E1");
    assertHeld(lifter.planOn(31), Disposition.EMERGENCY, "E1");
  }

  @Test
  void aCoveredSignThatGoesAwayAndComesBackIsNew() {
    Lifter lifter =
        lifter()
            .checksIn(28, nightPain(3))
            .assessed(29, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(30, nightPain(2));
    assertThat(lifter.planOn(30).hold()).isNull();
    lifter.checksIn(31, soreness(0)).checksIn(60, nightPain(2));
    Plan plan = lifter.planOn(60);
    assertHeld(plan, Disposition.URGENT, "U4");
    assertThat(plan.hold().since()).isEqualTo(day(60));
  }

  @Test
  void limitsOfAClearanceTravelWithEveryPlanUntilALaterAssessment() {
    Lifter lifter =
        lifter()
            .checksIn(28, nightPain(2))
            .assessed(29, AssessmentOutcome.CLEARED_WITH_LIMITS, "No loads above 100 kg for now")
            .checksIn(30, soreness(1));
    Plan plan = lifter.planOn(30);
    assertThat(plan.prescription()).isNotNull();
    assertThat(plan.limits()).isEqualTo("No loads above 100 kg for now");
    lifter.assessed(33, AssessmentOutcome.CLEARED_TO_TRAIN);
    assertThat(lifter.planOn(33).limits()).isNull();
  }

  @Test
  void thePlanningDispositionLeavesOutOnlyCoveredUrgentFindings() {
    EpisodeCheckIn c = EpisodeCheckIn.of(day(0), cancerHistory(3));
    assertThat(c.planningDisposition()).isEqualTo(Disposition.URGENT);
    assertThat(c.startsHold()).isTrue();
    EpisodeCheckIn covered = c.withAssessedRules(Set.of("U2"));
    assertThat(covered.planningDisposition()).isEqualTo(Disposition.MODIFY);
    assertThat(covered.startsHold()).isFalse();
    assertThat(covered.disposition()).isEqualTo(Disposition.URGENT);
    assertThat(
            EpisodeCheckIn.of(day(0), CheckIn.builder(2).cancerHistory(true).build())
                .withAssessedRules(Set.of("U2"))
                .planningDisposition())
        .isEqualTo(Disposition.TRAIN);
    EpisodeCheckIn emergency =
        EpisodeCheckIn.of(day(0), bladder(2)).withAssessedRules(Set.of("E1"));
    assertThat(emergency.startsHold()).isTrue();
    assertThat(emergency.planningDisposition()).isEqualTo(Disposition.EMERGENCY);
  }

  @Test
  void theAssessmentBeforeACheckInIsTheOneItsResultPageNames() {
    List<EpisodeCheckIn> checkIns =
        List.of(
            EpisodeCheckIn.of(day(0), cancerHistory(2)),
            EpisodeCheckIn.of(day(2), cancerHistory(2)),
            EpisodeCheckIn.of(day(5), cancerHistory(2)));
    Assessment first = new Assessment(day(1), 0, "GP", AssessmentOutcome.CLEARED_TO_TRAIN, null);
    Assessment second =
        new Assessment(day(3), 0, "physiotherapist", AssessmentOutcome.NOT_CLEARED, null);
    List<Assessment> both = List.of(second, first);
    assertThat(RedFlagHold.assessedBefore(checkIns, both, 0)).isEmpty();
    assertThat(RedFlagHold.assessedBefore(checkIns, both, 1)).contains(first);
    assertThat(RedFlagHold.assessedBefore(checkIns, both, 2)).contains(second);
    assertThat(RedFlagHold.assessedBefore(checkIns, both, 3)).isEmpty();
    List<EpisodeCheckIn> assessed = RedFlagHold.assess(checkIns, both);
    assertThat(assessed.get(0).assessedRules()).isEmpty();
    assertThat(assessed.get(1).assessedRules()).containsExactly("U2");
    assertThat(RedFlagHold.find(assessed, both)).isEmpty();
    assertThat(RedFlagHold.find(checkIns, List.of())).isPresent();
    assertThat(RedFlagHold.covers(checkIns, both, first)).containsExactly("U2");
    assertThat(RedFlagHold.covers(List.of(), both, first)).isEmpty();
    Assessment other = new Assessment(day(9), 0, "GP", AssessmentOutcome.NOT_CLEARED, null);
    assertThatThrownBy(() -> RedFlagHold.covers(checkIns, both, other))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAssessmentIsCheckedWhenMade() {
    assertThatThrownBy(
            () -> new Assessment(day(0), -1, "GP", AssessmentOutcome.CLEARED_TO_TRAIN, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Assessment(day(0), 0, "GP", AssessmentOutcome.CLEARED_WITH_LIMITS, " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Assessment(day(0), 0, "GP", AssessmentOutcome.CLEARED_WITH_LIMITS, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Assessment(null, 0, "GP", AssessmentOutcome.NOT_CLEARED, null))
        .isInstanceOf(NullPointerException.class);
    assertThat(new Assessment(day(0), 0, "GP", AssessmentOutcome.NOT_CLEARED, "ignored").limits())
        .isNull();
    assertThat(AssessmentOutcome.NOT_CLEARED.clears()).isFalse();
    assertThat(AssessmentOutcome.CLEARED_WITH_LIMITS.clears()).isTrue();
    assertThatThrownBy(
            () ->
                new Plan(
                    Mode.AS_PLANNED,
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    null,
                    List.of(),
                    null,
                    new RedFlagHold(day(0), 0, EpisodeCheckIn.of(day(0), bladder(1))),
                    null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
