package dev.backload.core.planning;

import static dev.backload.core.planning.Sessions.day;
import static dev.backload.core.planning.Sessions.deadlift;
import static dev.backload.core.planning.Sessions.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.Disposition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The contracts of the planner's value records and enums. */
class ValuesTest {

  @Test
  void doseValidatesAndClassifiesItsExercise() {
    assertThat(new Dose("Sumo block pull", Range.KNEE_BLOCKS, 60, 3, 6).variation())
        .isEqualTo(HingeVariation.SUMO);
    assertThat(new Dose("Dowel hip hinge", Range.COMFORTABLE, 0, 3, 10).variation()).isNull();
    assertThat(deadlift(100).tonnageKg()).isEqualTo(1500);
    assertThatThrownBy(() -> new Dose("Deadlift", Range.FLOOR, -1, 3, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dose("Deadlift", Range.FLOOR, Double.NaN, 3, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dose("Deadlift", Range.FLOOR, Double.POSITIVE_INFINITY, 3, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dose("Deadlift", Range.FLOOR, 100, 0, 5))
        .hasMessage("sets and reps must be >= 1: 0 x 5");
    assertThatThrownBy(() -> new Dose("Deadlift", Range.FLOOR, 100, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Dose(null, Range.FLOOR, 100, 3, 5))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void monitoredSessionValidatesPainAndRpe() {
    assertThatThrownBy(() -> new MonitoredSession(day(0), deadlift(100), 0.5, 0, 0, 0))
        .hasMessage("rpe must be within 1..10: 0.5");
    assertThatThrownBy(() -> new MonitoredSession(day(0), deadlift(100), 10.5, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MonitoredSession.of(day(0), deadlift(100), -1, 0, 0))
        .hasMessage("baseline must be within 0..10: -1");
    assertThatThrownBy(() -> MonitoredSession.of(day(0), deadlift(100), 0, 11, 0))
        .hasMessage("during must be within 0..10: 11");
    assertThatThrownBy(() -> MonitoredSession.of(day(0), deadlift(100), 0, 0, 11))
        .hasMessage("nextMorning must be within 0..10: 11");
    MonitoredSession ok = new MonitoredSession(day(0), deadlift(100), 10.0, 10, 10, null);
    assertThat(ok.withNextMorning(3).nextMorning()).isEqualTo(3);
    assertThat(ok.variation()).isEqualTo(HingeVariation.CONVENTIONAL);
  }

  @Test
  void monitoredSessionFromTheLogTakesTheTopSet() {
    var log =
        List.of(
            set(0, "Deadlift (Barbell)", 140, 5, 8.0),
            set(0, "Deadlift (Barbell)", 140, 6, 9.0),
            set(0, "Deadlift (Barbell)", 120, 8),
            set(0, "Romanian Deadlift", 100, 8));
    MonitoredSession s =
        MonitoredSession.fromLog(day(0), HingeVariation.CONVENTIONAL, log, 1, 2, 1).orElseThrow();
    assertThat(s.dose()).isEqualTo(new Dose("Deadlift", Range.FLOOR, 140, 2, 6));
    assertThat(s.rpe()).isEqualTo(9.0);
    assertThat(
            MonitoredSession.fromLog(day(0), HingeVariation.ROMANIAN, log, 1, 2, 1)
                .orElseThrow()
                .dose()
                .range())
        .isEqualTo(Range.FROM_THE_TOP);
    assertThat(MonitoredSession.fromLog(day(1), HingeVariation.CONVENTIONAL, log, 1, 2, 1))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}, {2}")
  @CsvSource({
    "Sumo Block Pull, Sumo block pull, KNEE_BLOCKS",
    "Sumo deadlift off blocks, Sumo block pull, KNEE_BLOCKS",
    "Sumo Rack Pull, Sumo block pull, KNEE_BLOCKS",
    "Trap Bar Rack Pull, Trap bar deadlift, KNEE_BLOCKS",
    "Rack Pull, Block pull, KNEE_BLOCKS",
    "Block Pull (Barbell), Block pull, KNEE_BLOCKS",
    "Sumo Deadlift, Sumo deadlift, FLOOR",
    "Deficit Deadlift on a block, Deficit deadlift, FLOOR",
    "RDL from blocks, Romanian deadlift, FROM_THE_TOP",
    "Deadlift (Barbell), Deadlift, FLOOR"
  })
  void aBlockOrRackVariantLoggedByHandKeepsItsReducedRange(
      String logged, String exercise, Range range) {
    var log = List.of(set(0, logged, 140, 5));
    MonitoredSession s =
        MonitoredSession.fromLog(day(0), HingeVariation.of(logged).orElseThrow(), log, 1, 2, 1)
            .orElseThrow();
    assertThat(s.dose()).isEqualTo(new Dose(exercise, range, 140, 1, 5));
  }

  @Test
  void episodeIsOpenFromOnsetUntilTheDayItCloses() {
    Episode episode = new Episode(day(10), day(20));
    assertThat(episode.isOpenOn(day(9))).isFalse();
    assertThat(episode.isOpenOn(day(10))).isTrue();
    assertThat(episode.isOpenOn(day(19))).isTrue();
    assertThat(episode.isOpenOn(day(20))).isFalse();
    assertThat(Episode.open(day(10)).isOpenOn(day(1000))).isTrue();
    assertThatThrownBy(() -> new Episode(day(10), day(9)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Episode(day(10), day(10)).isOpenOn(day(10))).isFalse();
  }

  @Test
  void episodeCheckInValidatesItsContextAndTriagesTheCheckIn() {
    CheckIn checkIn = CheckIn.builder(3).build();
    assertThatThrownBy(() -> EpisodeCheckIn.of(day(0), checkIn).withHingeTest(11))
        .hasMessage("hingeTestPain must be within 0..10: 11");
    assertThatThrownBy(() -> EpisodeCheckIn.of(day(0), checkIn).withHingeTest(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpisodeCheckIn.of(day(0), checkIn).withRecovery(7.0, 11))
        .hasMessage("stress must be within 0..10: 11");
    assertThatThrownBy(() -> EpisodeCheckIn.of(day(0), checkIn).withRecovery(7.0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpisodeCheckIn.of(day(0), checkIn).withRecovery(25.0, 5))
        .hasMessage("sleepHours must be within 0..24: 25.0");
    assertThatThrownBy(() -> EpisodeCheckIn.of(day(0), checkIn).withRecovery(-1.0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    EpisodeCheckIn full =
        EpisodeCheckIn.of(day(0), checkIn)
            .withHingeTest(2)
            .withRecovery(5.5, 8)
            .withOnsetDetails(PainStart.inSet(1, 3), EnumSet.of(TechniqueNote.BACK_ROUNDED));
    assertThat(full.painNow()).isEqualTo(3);
    assertThat(full.hingeTestPain()).isEqualTo(2);
    assertThat(full.sleepHours()).isEqualTo(5.5);
    assertThat(full.stress()).isEqualTo(8);
    assertThat(full.technique()).containsExactly(TechniqueNote.BACK_ROUNDED);
    assertThat(full.disposition()).isEqualTo(Disposition.TRAIN);
    assertThat(full.withOnsetDetails(null, null).technique()).isEmpty();
    Set<TechniqueNote> mutable = new HashSet<>(Set.of(TechniqueNote.BAR_DRIFTED_AWAY));
    EpisodeCheckIn copy = full.withOnsetDetails(null, mutable);
    mutable.clear();
    assertThat(copy.technique()).containsExactly(TechniqueNote.BAR_DRIFTED_AWAY);
  }

  @ParameterizedTest(name = "set {0} of {1} late: {2}")
  @CsvSource({
    "1, 1, true",
    "1, 3, false",
    "2, 3, false",
    "3, 3, true",
    "3, 5, false",
    "4, 5, true",
    "4, 6, false",
    "5, 6, true",
    "1, 2, false",
    "2, 2, true"
  })
  void lateInSessionIsTheLastThird(int set, int sets, boolean late) {
    assertThat(PainStart.inSet(set, sets).lateInSession()).isEqualTo(late);
  }

  @Test
  void painStartValidatesAndKnowsLateReps() {
    assertThat(new PainStart(1, 3, 5, 5).lateInSet()).isTrue();
    assertThat(new PainStart(1, 3, 3, 5).lateInSet()).isFalse();
    assertThat(new PainStart(1, 3, 4, 5).lateInSet()).isTrue();
    assertThat(PainStart.inSet(1, 3).lateInSet()).isFalse();
    assertThatThrownBy(() -> PainStart.inSet(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PainStart.inSet(4, 3)).hasMessage("setNumber must be within 1..3: 4");
    assertThatThrownBy(() -> new PainStart(1, 3, 1, null))
        .hasMessage("repNumber and repsInSet go together");
    assertThatThrownBy(() -> new PainStart(1, 3, null, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PainStart(1, 3, 0, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PainStart(1, 3, 6, 5))
        .hasMessage("repNumber must be within 1..5: 6");
  }

  @Test
  void screenPointsToMobilityAndEnduranceBelowTheLimits() {
    assertThat(Screen.NONE.pointsToMobility()).isFalse();
    assertThat(Screen.NONE.pointsToTrunkEndurance()).isFalse();
    assertThat(new Screen(10.0, 10.0, true, 60.0, 60.0, 120.0).pointsToMobility()).isFalse();
    assertThat(new Screen(10.0, 10.0, true, 60.0, 60.0, 120.0).pointsToTrunkEndurance()).isFalse();
    assertThat(new Screen(9.9, null, null, null, null, null).pointsToAnkleMobility()).isTrue();
    assertThat(new Screen(null, 9.9, null, null, null, null).pointsToAnkleMobility()).isTrue();
    assertThat(new Screen(null, null, false, null, null, null).pointsToHipMobility()).isTrue();
    assertThat(new Screen(null, null, false, null, null, null).pointsToMobility()).isTrue();
    assertThat(new Screen(null, null, null, 59.0, null, null).pointsToTrunkEndurance()).isTrue();
    assertThat(new Screen(null, null, null, null, 59.0, null).pointsToTrunkEndurance()).isTrue();
    assertThat(new Screen(null, null, null, null, null, 119.0).pointsToTrunkEndurance()).isTrue();
    assertThatThrownBy(() -> new Screen(-1.0, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Screen(null, null, null, Double.NaN, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Screen(null, null, null, null, null, Double.POSITIVE_INFINITY))
        .hasMessage("screen values must be finite and >= 0: Infinity");
  }

  @Test
  void prescriptionKeepsVariationAndExerciseTogether() {
    Prescription p =
        Prescription.of(deadlift(100), 2.5, "steady", 7.0, List.of(), List.of(), List.of("why"));
    assertThat(p.variation()).isEqualTo(HingeVariation.CONVENTIONAL);
    assertThat(p.dose()).isEqualTo(deadlift(100));
    assertThat(p.monitoring()).isEqualTo(MonitoringInstructions.STANDARD);
    assertThatThrownBy(
            () ->
                new Prescription(
                    "Deadlift",
                    HingeVariation.SUMO,
                    100,
                    3,
                    5,
                    "t",
                    Range.FLOOR,
                    null,
                    List.of(),
                    MonitoringInstructions.STANDARD,
                    List.of(),
                    List.of(),
                    null,
                    null))
        .hasMessage("variation SUMO does not match exercise 'Deadlift'");
    assertThat(MonitoringInstructions.STANDARD.zones())
        .startsWith(
            "Green: pain during 3 or less and no worse the next morning. Amber: during 4"
                + " to 5");
  }

  @Test
  void rangesLowerStepByStepToTheFloor() {
    assertThat(Range.KNEE_BLOCKS.lower()).isEqualTo(Range.BELOW_KNEE_BLOCKS);
    assertThat(Range.BELOW_KNEE_BLOCKS.lower()).isEqualTo(Range.MID_SHIN_BLOCKS);
    assertThat(Range.MID_SHIN_BLOCKS.lower()).isEqualTo(Range.FLOOR);
    assertThat(Range.FLOOR.lower()).isEqualTo(Range.FLOOR);
    assertThat(Range.HIGH_HANDLES.lower()).isEqualTo(Range.HIGH_HANDLES);
    assertThat(Range.KNEE_BLOCKS.text()).isEqualTo("from blocks at knee height");
    assertThat(Range.FLOOR.isBlocks()).isFalse();
    assertThat(Range.MID_SHIN_BLOCKS.isBlocks()).isTrue();
    assertThat(Range.usual(HingeVariation.BLOCK_PULL)).isEqualTo(Range.KNEE_BLOCKS);
    assertThat(Range.usual(HingeVariation.ROMANIAN)).isEqualTo(Range.FROM_THE_TOP);
    assertThat(Range.usual(HingeVariation.SUMO)).isEqualTo(Range.FLOOR);
  }

  @Test
  void stagesAreNumberedAndStepWithinOneToFour() {
    assertThat(Stage.SCREEN.number()).isZero();
    assertThat(Stage.RETURN.number()).isEqualTo(4);
    assertThat(Stage.REPATTERN.title()).isEqualTo("Re-pattern");
    assertThat(Stage.SETTLE.content()).contains("hip-hinge drill");
    assertThat(Stage.SETTLE.previous()).isEqualTo(Stage.SETTLE);
    assertThat(Stage.SCREEN.previous()).isEqualTo(Stage.SETTLE);
    assertThat(Stage.REPATTERN.previous()).isEqualTo(Stage.SETTLE);
    assertThat(Stage.RETURN.previous()).isEqualTo(Stage.REBUILD_RANGE);
    assertThat(Stage.REBUILD_RANGE.next()).isEqualTo(Stage.RETURN);
    assertThat(Stage.RETURN.next()).isEqualTo(Stage.RETURN);
  }

  @ParameterizedTest
  @EnumSource(HingeVariation.class)
  void everyLiftNameIsClassifiedAsItsVariation(HingeVariation variation) {
    assertThat(HingeVariation.of(Lifts.name(variation))).contains(variation);
  }

  @Test
  void blockPullsKeepTheLiftersStance() {
    assertThat(Lifts.forRange(HingeVariation.SUMO, Range.MID_SHIN_BLOCKS))
        .isEqualTo("Sumo block pull");
    assertThat(HingeVariation.of("Sumo block pull")).contains(HingeVariation.SUMO);
    assertThat(Lifts.forRange(HingeVariation.CONVENTIONAL, Range.KNEE_BLOCKS))
        .isEqualTo("Block pull");
    assertThat(Lifts.forRange(HingeVariation.SUMO, Range.FLOOR)).isEqualTo("Sumo deadlift");
    assertThat(Lifts.floorVariation(HingeVariation.TRAP_BAR))
        .isEqualTo(HingeVariation.CONVENTIONAL);
    assertThat(Lifts.floorVariation(null)).isEqualTo(HingeVariation.CONVENTIONAL);
    assertThat(TechniqueNote.BAR_DRIFTED_AWAY.text()).isEqualTo("the bar drifting away from you");
  }

  @Test
  void outputRecordsRejectNullsAndCopyLists() {
    assertThatThrownBy(() -> new Accessory("a", null, "c", false))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Adjustment(null, "r")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Recommendation(RecommendationKind.SEEK_CARE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new StageProgress(day(0), "m", null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Attribution(LimiterFactor.RECOVERY, null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ZonedSession(Sessions.session(0, 0, 0, 0), null, "w"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new MonitoringInstructions("a", "b", "c", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new WorkingDose(day(0), null, 1, 1, 1, null))
        .isInstanceOf(NullPointerException.class);
    var reasons = new ArrayList<>(List.of("a"));
    Plan plan =
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
            null,
            null);
    assertThat(plan.recommends(RecommendationKind.SEEK_CARE)).isFalse();
    Prescription p = Prescription.of(deadlift(100), 2.5, "t", null, List.of(), List.of(), reasons);
    reasons.clear();
    assertThat(p.reasons()).containsExactly("a");
  }

  @Test
  void plannerInputValidatesSortsAndFindsTheOpenEpisode() {
    assertThatThrownBy(() -> PlannerInput.builder(day(0)).incrementKg(0).build())
        .hasMessage("incrementKg must be a finite number > 0: 0.0");
    assertThatThrownBy(() -> PlannerInput.builder(day(0)).incrementKg(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> PlannerInput.builder(day(0)).incrementKg(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class);
    var analysis = TrainingLoadAnalysis.analyze(List.of(set(0, "Deadlift", 100, 5)));
    PlannerInput input =
        PlannerInput.builder(day(30))
            .analysis(analysis)
            .incrementKg(5)
            .screen(null)
            .episodes(
                List.of(
                    new Episode(day(20), null), new Episode(day(1), day(5)), Episode.open(day(40))))
            .checkIns(
                List.of(
                    EpisodeCheckIn.of(day(25), CheckIn.builder(1).build()),
                    EpisodeCheckIn.of(day(2), CheckIn.builder(2).build()),
                    EpisodeCheckIn.of(day(4), CheckIn.builder(3).build()),
                    EpisodeCheckIn.of(day(6), CheckIn.builder(4).build())))
            .build();
    assertThat(input.analysis()).isSameAs(analysis);
    assertThat(input.incrementKg()).isEqualTo(5);
    assertThat(input.screen()).isEqualTo(Screen.NONE);
    assertThat(input.episodes())
        .extracting(Episode::onset)
        .containsExactly(day(1), day(20), day(40));
    assertThat(input.checkIns())
        .extracting(EpisodeCheckIn::date)
        .containsExactly(day(2), day(4), day(6), day(25));
    assertThat(input.openEpisode()).contains(new Episode(day(20), null));
    assertThat(input.checkInsOf(input.episodes().get(0)))
        .extracting(EpisodeCheckIn::painNow)
        .containsExactly(2, 3);
    assertThat(input.checkInsOf(input.episodes().get(1)))
        .extracting(EpisodeCheckIn::painNow)
        .containsExactly(1);
    PlannerInput later =
        PlannerInput.builder(day(45))
            .episodes(List.of(new Episode(day(1), day(5)), Episode.open(day(3))))
            .build();
    assertThat(later.checkInsOf(later.episodes().get(0))).isEmpty();
    assertThat(
            PlannerInput.builder(day(0))
                .episodes(List.of(new Episode(day(0), day(0))))
                .build()
                .openEpisode())
        .isEmpty();
    assertThatThrownBy(
            () ->
                new PlannerInput(
                    day(0),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    Screen.NONE,
                    2.5,
                    List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
