package dev.backload.core.planning;

import static dev.backload.core.planning.Lifter.bothLegs;
import static dev.backload.core.planning.Lifter.day;
import static dev.backload.core.planning.Lifter.duringLift;
import static dev.backload.core.planning.Lifter.nightPain;
import static dev.backload.core.planning.Lifter.oneLegBelowKnee;
import static dev.backload.core.planning.Lifter.soreness;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.triage.Disposition;
import org.junit.jupiter.api.Test;

/** Which plan for which situation (planner.md section 0). */
class ModeSelectionTest {

  private static Lifter lifter() {
    return new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 140, 3, 5);
  }

  private static Lifter inEpisode() {
    return lifter().painBegins(28);
  }

  @Test
  void withoutAnEpisodeOrAFlagTheLifterTrainsAsPlanned() {
    Plan plan = lifter().planOn(28);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.stage()).isNull();
    assertThat(plan.stageProgress()).isNull();
    assertThat(plan.triage()).isNull();
    assertThat(plan.attribution()).isEmpty();
    assertThat(plan.attributionSummary()).isNull();
    assertThat(plan.prescription().dose()).isEqualTo(new Dose("Deadlift", Range.FLOOR, 140, 3, 5));
    assertThat(plan.prescription().reasons())
        .containsExactly(
            "Train as your programme says; the"
                + " weight shown is your last top set, from 2024-01-25, for reference.");
  }

  @Test
  void anEmptyLogHasNothingToReferTo() {
    Plan plan = new Lifter().planOn(0);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.prescription()).isNull();
  }

  @Test
  void emergencyAndUrgentStop() {
    assertThat(inEpisode().checksIn(29, bothLegs(3)).planOn(29).mode()).isEqualTo(Mode.STOP);
    Plan urgent = inEpisode().checksIn(29, nightPain(3)).planOn(29);
    assertThat(urgent.mode()).isEqualTo(Mode.STOP);
    assertThat(urgent.triage().disposition()).isEqualTo(Disposition.URGENT);
    assertThat(urgent.stageProgress().status())
        .isEqualTo("Training is on hold after a red-flag answer: no session for now.");
  }

  @Test
  void seePhysioStartsTheStagedReturn() {
    Plan plan = inEpisode().checksIn(29, oneLegBelowKnee(3), 3).planOn(29);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.recommendations())
        .extracting(Recommendation::text)
        .containsExactly(
            "Book an assessment with a physiotherapist or doctor within the next week or two, and"
                + " follow this staged return meanwhile.",
            "Stop any exercise that brings on pain, tingling or numbness in a leg.");
    assertThat(plan.recommends(RecommendationKind.LEG_SYMPTOMS)).isTrue();
  }

  @Test
  void modifyAdjustsTraining() {
    assertThat(inEpisode().checksIn(29, duringLift(3)).planOn(29).mode()).isEqualTo(Mode.ADJUSTED);
  }

  @Test
  void trainInAnEpisodeIsAsPlannedWithNoClearDriver() {
    Plan plan = inEpisode().checksIn(29, soreness(2)).planOn(29);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.triage().disposition()).isEqualTo(Disposition.TRAIN);
    assertThat(plan.attributionSummary()).isEqualTo("No clear driver in the data.");
  }

  @Test
  void anOpenEpisodeWithoutCheckInsIsAsPlanned() {
    Plan plan = inEpisode().planOn(29);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.triage()).isNull();
    assertThat(plan.attributionSummary()).isEqualTo(LimiterAttribution.NO_CLEAR_DRIVER);
  }

  @Test
  void aClosedEpisodeGoesBackToAsPlanned() {
    Lifter lifter = inEpisode().checksIn(29, oneLegBelowKnee(3), 3).episodeClosesOn(31);
    assertThat(lifter.planOn(30).mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(lifter.planOn(31).mode()).isEqualTo(Mode.AS_PLANNED); // 7 days since day 24
  }

  @Test
  void theStagedReturnIsKeptWhenLaterCheckInsAreMilder() {
    Lifter lifter =
        inEpisode()
            .checksIn(29, oneLegBelowKnee(3), 3)
            .checksIn(31, duringLift(2))
            .checksIn(32, soreness(1));
    assertThat(lifter.planOn(32).mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(lifter.planOn(32).triage().disposition()).isEqualTo(Disposition.TRAIN);
    assertThat(lifter.planOn(32).recommends(RecommendationKind.LEG_SYMPTOMS))
        .as("the leg-symptoms line follows the latest check-in")
        .isFalse();
  }

  @Test
  void afterAStopAMilderCheckInStartsTheStagedReturnAfresh() {
    Lifter lifter =
        inEpisode()
            .checksIn(29, nightPain(4))
            .assessed(32, AssessmentOutcome.CLEARED_TO_TRAIN)
            .checksIn(33, duringLift(4), 4);
    Plan plan = lifter.planOn(33);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.stage()).isEqualTo(Stage.SETTLE);
    assertThat(plan.stageProgress().since()).isEqualTo(day(33));
  }

  @Test
  void aSeePhysioResultLaterInTheEpisodeMovesAdjustedTrainingIntoTheStagedReturn() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    assertThat(lifter.planOn(30).mode()).isEqualTo(Mode.ADJUSTED);
    lifter.checksIn(31, oneLegBelowKnee(2), 2);
    Plan plan = lifter.planOn(31);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
  }

  @Test
  void twoRedSessionsInARowInAdjustedTrainingMoveToStage2() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    lifter.red(30, lifter.planOn(30));
    assertThat(lifter.planOn(31).mode()).isEqualTo(Mode.ADJUSTED);
    lifter.red(32, lifter.planOn(32));
    Plan plan = lifter.planOn(33);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
    assertThat(plan.stageProgress().since()).isEqualTo(day(32));
    assertThat(plan.prescription().loadKg()).isEqualTo(77.5);
    assertThat(plan.recommendations())
        .extracting(Recommendation::text)
        .containsExactly(
            "Two sessions in a row were red while training was adjusted: book an assessment with a"
                + " physiotherapist or doctor, and follow this staged return meanwhile.");
  }

  @Test
  void twoRedSessionsInARowInSpikeAdjustedTrainingMoveToStage2AndStayThere() {
    Lifter lifter = new Lifter().mondaysAndThursdays(0, 27, "Deadlift", 100, 3, 5);
    for (int d : new int[] {28, 30, 32}) {
      lifter.lifts(d, "Deadlift", 100, 5, 5, null); // the week of day 28 is a SPIKE
    }
    lifter.red(35, lifter.planOn(35));
    assertThat(lifter.planOn(36).mode()).isEqualTo(Mode.ADJUSTED);
    lifter.red(37, lifter.planOn(37));
    Plan plan = lifter.planOn(38);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
    assertThat(plan.stageProgress().since()).isEqualTo(day(37));
    assertThat(plan.prescription().loadKg()).as("55% of 100 kg before the spike").isEqualTo(55.0);
    assertThat(plan.recommendations())
        .extracting(Recommendation::text)
        .containsExactly(
            "Two sessions in a row were red while training was adjusted: book an assessment with a"
                + " physiotherapist or doctor, and follow this staged return meanwhile.");
    assertThat(lifter.planOn(50).mode())
        .as("the spike weeks are long past, the staged return goes on")
        .isEqualTo(Mode.STAGED_RETURN);
    lifter.green(50, lifter.planOn(50));
    assertThat(lifter.planOn(51).prescription().loadKg()).isEqualTo(60.0); // green: +7.5%
  }

  @Test
  void twoRedSessionsInARowAfterALongBreakMoveToStage2() {
    Lifter lifter = new Lifter().mondaysAndThursdays(0, 24, "Deadlift", 100, 3, 5);
    lifter.red(60, lifter.planOn(60)); // 36 days off: rebuilding over 3 weeks
    lifter.red(63, lifter.planOn(63));
    Plan plan = lifter.planOn(64);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.prescription().loadKg()).as("55% of 100 kg before the break").isEqualTo(55.0);
  }

  @Test
  void twoRedsOutsideAdjustedTrainingOnlyAskForACheckIn() {
    Lifter lifter = new Lifter().mondaysAndThursdays(0, 24, "Deadlift", 100, 3, 5);
    lifter.red(35, lifter.planOn(35)); // 11 days off: only this session is adjusted
    lifter.red(38, lifter.planOn(38));
    Plan plan = lifter.planOn(39);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.recommends(RecommendationKind.NEW_CHECK_IN)).isTrue();
  }

  @Test
  void aStagedReturnStartedOutsideAnEpisodeEndsWhenItHasRunItsCourse() {
    Lifter lifter = new Lifter().mondaysAndThursdays(0, 24, "Deadlift", 100, 3, 5);
    lifter.red(60, lifter.planOn(60));
    lifter.red(63, lifter.planOn(63));
    boolean sawStage4 = false;
    int d = 64;
    while (lifter.planOn(d).mode() == Mode.STAGED_RETURN && d < 400) {
      Plan plan = lifter.planOn(d);
      sawStage4 |= plan.stage() == Stage.RETURN;
      if (plan.stage() != Stage.SETTLE) {
        lifter.trains(d, plan.prescription(), 8.0, 1, 2, 1);
      }
      d += d % 7 == 0 ? 3 : 4; // Mondays and Thursdays
    }
    assertThat(sawStage4).isTrue();
    Plan after = lifter.planOn(d);
    assertThat(after.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(lifter.planOn(d - 1).stage()).isEqualTo(Stage.RETURN);
  }

  @Test
  void aTrainResultBetweenTwoRedsStartsAFreshAdjustedTrack() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    lifter.red(30, lifter.planOn(30));
    lifter.checksIn(31, soreness(1)).checksIn(32, duringLift(3));
    lifter.red(32, lifter.planOn(32));
    assertThat(lifter.planOn(33).mode()).isEqualTo(Mode.ADJUSTED);
  }

  @Test
  void nothingAfterTodayCounts() {
    // Except a red flag, which holds the plan whatever its date (RedFlagHoldTest).
    Lifter lifter = inEpisode().checksIn(30, duringLift(3)).painBegins(40);
    lifter.trains(29, new Dose("Deadlift", Range.FLOOR, 200, 3, 5), null, 1, 2, 1);
    Plan plan = lifter.planOn(28);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.zoneHistory()).isEmpty();
    assertThat(plan.prescription().loadKg()).isEqualTo(140.0);
    assertThat(lifter.planOn(30).mode()).isEqualTo(Mode.ADJUSTED);
  }

  @Test
  void thePlanIsAPureFunctionOfItsInput() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    assertThat(Planner.plan(lifter.input(30))).isEqualTo(Planner.plan(lifter.input(30)));
  }

  @Test
  void aSecondModifyResultKeepsTheAdjustedTrack() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    lifter.red(30, lifter.planOn(30));
    lifter.checksIn(31, duringLift(3));
    lifter.red(32, lifter.planOn(32));
    assertThat(lifter.planOn(33).mode()).isEqualTo(Mode.STAGED_RETURN);
  }

  @Test
  void inAdjustedTrainingARedOfAnyDeadliftLiftCountsTowardTwoInARow() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    lifter.trains(29, new Dose("Snatch-grip deadlift", Range.FLOOR, 80, 3, 5), null, 1, 7, 1);
    lifter.red(31, lifter.planOn(31));
    Plan plan = lifter.planOn(32);
    assertThat(plan.mode()).isEqualTo(Mode.STAGED_RETURN);
    assertThat(plan.stage()).isEqualTo(Stage.REPATTERN);
  }

  @Test
  void aRedDuringWithoutABaselineCountsInAdjustedTraining() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    lifter.red(29, lifter.planOn(29));
    lifter.answers(
        MonitoredSession.followed(day(31), lifter.planOn(31).prescription(), null, null, 6, null));
    assertThat(lifter.planOn(32).mode()).isEqualTo(Mode.STAGED_RETURN);
  }

  @Test
  void sessionsBeforeTheOnsetDoNotCountInTheEpisode() {
    Lifter lifter = lifter();
    lifter.trains(27, new Dose("Deadlift", Range.FLOOR, 140, 3, 5), null, 1, 7, 3);
    lifter.painBegins(28).checksIn(28, duringLift(3));
    lifter.red(28, lifter.planOn(28));
    Plan plan = lifter.planOn(29);
    assertThat(plan.mode()).isEqualTo(Mode.ADJUSTED);
    assertThat(plan.zoneHistory())
        .extracting(ZonedSession::zone)
        .containsExactly(Zone.RED, Zone.RED);
  }
}
