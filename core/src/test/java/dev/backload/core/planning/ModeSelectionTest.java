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
                + " follow this staged return meanwhile.");
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
  void aTrainResultBetweenTwoRedsStartsAFreshAdjustedTrack() {
    Lifter lifter = inEpisode().checksIn(29, duringLift(3));
    lifter.red(30, lifter.planOn(30));
    lifter.checksIn(31, soreness(1)).checksIn(32, duringLift(3));
    lifter.red(32, lifter.planOn(32));
    assertThat(lifter.planOn(33).mode()).isEqualTo(Mode.ADJUSTED);
  }

  @Test
  void nothingAfterTodayCounts() {
    Lifter lifter = inEpisode().checksIn(30, bothLegs(3)).painBegins(40);
    lifter.trains(29, new Dose("Deadlift", Range.FLOOR, 200, 3, 5), null, 1, 2, 1);
    Plan plan = lifter.planOn(28);
    assertThat(plan.mode()).isEqualTo(Mode.AS_PLANNED);
    assertThat(plan.zoneHistory()).isEmpty();
    assertThat(plan.prescription().loadKg()).isEqualTo(140.0);
    assertThat(lifter.planOn(30).mode()).isEqualTo(Mode.STOP);
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
