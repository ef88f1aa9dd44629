package dev.backload.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.triage.CheckIn.TrainingContext;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule, once where it fires and once just past its boundary where it does not. Each case
 * starts from {@link #base()}, a check-in that matches no rule, and changes only what the case
 * names.
 */
class TriageRulesTest {

  /** Current pain 2, every other field at its default: matches no rule. */
  static CheckIn.Builder base() {
    return CheckIn.builder(2);
  }

  static Arguments when(String rule, String what, UnaryOperator<CheckIn.Builder> change) {
    return Arguments.of(rule, what, change);
  }

  static TrainingContext pct(double hingeWeekChangePct) {
    return new TrainingContext(hingeWeekChangePct, null);
  }

  static TrainingContext daysOff(int daysSinceLastHinge) {
    return new TrainingContext(null, daysSinceLastHinge);
  }

  static Stream<Arguments> firing() {
    return Stream.of(
        when("E1", "bladder change", b -> b.bladderChange(true)),
        when("E2", "bowel change", b -> b.bowelChange(true)),
        when("E3", "saddle numbness, pain 0", b -> b.painNow(0).saddleNumbness(true)),
        when("E4", "sexual dysfunction", b -> b.sexualDysfunction(true)),
        when("E5", "leg symptoms in both legs", b -> b.leg(LegSymptoms.BOTH_LEGS)),
        when("E5", "weakness in both legs only", b -> b.legWeakness(LegWeakness.BOTH_LEGS)),
        when("E6", "serious accident", b -> b.seriousAccident(true)),
        when("E7", "chest pain", b -> b.chestPain(true)),
        when("E8", "cancer history + leg numbness", b -> b.cancerHistory(true).legNumbness(true)),
        when(
            "E8",
            "weight loss + one-leg weakness",
            b -> b.unexplainedWeightLoss(true).legWeakness(LegWeakness.ONE_LEG)),
        when(
            "E8",
            "fever + immunosuppressed + progressing weakness",
            b -> b.fever(true).immunosuppressed(true).weaknessProgressing(true)),
        when("E9", "fever + very unwell", b -> b.fever(true).feelsVeryUnwell(true)),
        when("U1", "fever", b -> b.fever(true)),
        when("U2", "cancer history", b -> b.cancerHistory(true)),
        when("U3", "weight loss", b -> b.unexplainedWeightLoss(true)),
        when("U4", "night pain", b -> b.nightPain(true)),
        when(
            "U5",
            "osteoporosis, pain 7, onset unknown",
            b -> b.painNow(7).osteoporosisOrSteroids(true)),
        when(
            "U5",
            "age 65, peak 7 with pain now 3, during a lift",
            b -> b.painNow(3).painPeak(7).age(65).onset(Onset.DURING_LIFT)),
        when(
            "U5",
            "steroids, peak 7, not after training",
            b -> b.painNow(7).osteoporosisOrSteroids(true).onset(Onset.NOT_AFTER_TRAINING)),
        when("U6", "deformity or lump", b -> b.deformityOrLump(true)),
        when(
            "U6",
            "between the shoulder blades",
            b -> b.location(PainLocation.BETWEEN_SHOULDER_BLADES)),
        when("U6", "worse on coughing", b -> b.worseCoughSneeze(true)),
        when("U7", "weakness in one leg", b -> b.legWeakness(LegWeakness.ONE_LEG)),
        when("U7", "weakness progressing", b -> b.weaknessProgressing(true)),
        when("U8", "age 51, day 28, trend unknown", b -> b.age(51).daysSinceOnset(28)),
        when(
            "U8",
            "age 19, day 28, trend same",
            b -> b.age(19).daysSinceOnset(28).trend(Trend.SAME)),
        when(
            "U8",
            "age 51, day 28, worsening, after training",
            b -> b.age(51).daysSinceOnset(28).trend(Trend.WORSENING).onset(Onset.NEXT_DAY)),
        when(
            "U9",
            "immunosuppressed, not after training",
            b -> b.immunosuppressed(true).onset(Onset.NOT_AFTER_TRAINING)),
        when("P1", "age 51, not after training", b -> b.age(51).onset(Onset.NOT_AFTER_TRAINING)),
        when("P1", "age 19, not after training", b -> b.age(19).onset(Onset.NOT_AFTER_TRAINING)),
        when("P2", "one leg below the knee", b -> b.leg(LegSymptoms.ONE_LEG_BELOW_KNEE)),
        when(
            "P2",
            "one leg above the knee with numbness",
            b -> b.leg(LegSymptoms.ONE_LEG_ABOVE_KNEE).legNumbness(true)),
        when(
            "P3",
            "sharp, during a lift, set stopped",
            b -> b.quality(PainQuality.SHARP).onset(Onset.DURING_LIFT).stoppedSet(true)),
        when(
            "P3",
            "catching, right after a lift, set stopped",
            b -> b.quality(PainQuality.CATCHING).onset(Onset.RIGHT_AFTER_LIFT).stoppedSet(true)),
        when("P4", "lost strength or control", b -> b.lostStrengthOrControl(true)),
        when(
            "P5",
            "worse with movement on day 3",
            b -> b.movementEffect(MovementEffect.WORSENS).daysSinceOnset(3)),
        when("P6", "day 3, peak 10, now 8", b -> b.painNow(8).painPeak(10).daysSinceOnset(3)),
        when("P6", "day 3, peak 2, now 2", b -> b.painNow(2).painPeak(2).daysSinceOnset(3)),
        when("P6", "day 3, peak 3, now 3", b -> b.painNow(3).painPeak(3).daysSinceOnset(3)),
        when("P7", "day 7, pain 3", b -> b.painNow(3).daysSinceOnset(7)),
        when("P8", "2 painful sessions in a row", b -> b.painfulSessionsInARow(2)),
        when("P9", "limits sitting", b -> b.dailyLife(DailyLifeLimit.SITTING)),
        when("P9", "limits walking", b -> b.dailyLife(DailyLifeLimit.WALKING)),
        when("P10", "worsening", b -> b.trend(Trend.WORSENING)),
        when("P11", "unsure", b -> b.unsure(true)),
        when("P12", "day 14, trend unknown", b -> b.daysSinceOnset(14)),
        when("P12", "day 14, trend same", b -> b.daysSinceOnset(14).trend(Trend.SAME)),
        when("M1", "session pain 4", b -> b.painDuringSession(4)),
        when("M1", "session pain 5", b -> b.painDuringSession(5)),
        when("M2", "session pain 6", b -> b.painDuringSession(6)),
        when("M2", "session pain 10", b -> b.painDuringSession(10)),
        when(
            "M3",
            "sharp during a lift, set not stopped",
            b -> b.quality(PainQuality.SHARP).onset(Onset.DURING_LIFT)),
        when("M4", "during a lift", b -> b.onset(Onset.DURING_LIFT)),
        when("M4", "right after a lift", b -> b.onset(Onset.RIGHT_AFTER_LIFT)),
        when("M5", "one side", b -> b.location(PainLocation.ONE_SIDE)),
        when("M6", "one leg above the knee", b -> b.leg(LegSymptoms.ONE_LEG_ABOVE_KNEE)),
        when("M7", "pain 6", b -> b.painNow(6)),
        when("M8", "pain 1, hinge volume +30.5%", b -> b.painNow(1).context(pct(30.5))),
        when("M9", "15 days since the last hinge", b -> b.context(daysOff(15))),
        when("M10", "worse with movement", b -> b.movementEffect(MovementEffect.WORSENS)));
  }

  static Stream<Arguments> notFiring() {
    return Stream.of(
        when("E1", "no bladder change", b -> b),
        when("E2", "no bowel change", b -> b),
        when("E3", "no saddle numbness, pain 10", b -> b.painNow(10)),
        when("E4", "no sexual dysfunction", b -> b),
        when(
            "E5",
            "one leg below the knee, weakness in one leg",
            b -> b.leg(LegSymptoms.ONE_LEG_BELOW_KNEE).legWeakness(LegWeakness.ONE_LEG)),
        when("E6", "no accident", b -> b),
        when("E7", "no chest pain", b -> b),
        when("E8", "cancer history, no nerve signs", b -> b.cancerHistory(true)),
        when("E8", "leg numbness, no risk factor", b -> b.legNumbness(true)),
        when(
            "E8",
            "fever + leg numbness, not immunosuppressed",
            b -> b.fever(true).legNumbness(true)),
        when(
            "E8",
            "immunosuppressed + leg numbness, no fever",
            b -> b.immunosuppressed(true).legNumbness(true)),
        when("E9", "fever alone", b -> b.fever(true)),
        when("E9", "very unwell alone", b -> b.feelsVeryUnwell(true)),
        when("U1", "no fever", b -> b.feelsVeryUnwell(true)),
        when("U2", "no cancer history", b -> b),
        when("U3", "no weight loss", b -> b),
        when("U4", "no night pain", b -> b),
        when("U5", "age 64, pain 7", b -> b.painNow(7).age(64)),
        when("U5", "age 65, peak 6", b -> b.painNow(6).painPeak(6).age(65)),
        when("U5", "osteoporosis, pain 6", b -> b.painNow(6).osteoporosisOrSteroids(true)),
        when(
            "U5",
            "osteoporosis, pain 9, hours after",
            b -> b.painNow(9).osteoporosisOrSteroids(true).onset(Onset.HOURS_AFTER)),
        when("U5", "age 70, pain 9, next day", b -> b.painNow(9).age(70).onset(Onset.NEXT_DAY)),
        when("U5", "pain 9, age unknown", b -> b.painNow(9)),
        when("U6", "centre of the back", b -> b.location(PainLocation.CENTRE)),
        when("U7", "no weakness, numbness only", b -> b.legNumbness(true)),
        when("U8", "age 50, day 28", b -> b.age(50).daysSinceOnset(28)),
        when("U8", "age 20, day 28", b -> b.age(20).daysSinceOnset(28)),
        when("U8", "age 51, day 27", b -> b.age(51).daysSinceOnset(27)),
        when(
            "U8",
            "age 51, day 28, improving",
            b -> b.age(51).daysSinceOnset(28).trend(Trend.IMPROVING)),
        when("U8", "age unknown, day 28", b -> b.daysSinceOnset(28)),
        when("U9", "immunosuppressed, onset unknown", b -> b.immunosuppressed(true)),
        when(
            "U9",
            "not after training, not immunosuppressed",
            b -> b.onset(Onset.NOT_AFTER_TRAINING)),
        when("P1", "age 50, not after training", b -> b.age(50).onset(Onset.NOT_AFTER_TRAINING)),
        when("P1", "age 20, not after training", b -> b.age(20).onset(Onset.NOT_AFTER_TRAINING)),
        when("P1", "age unknown, not after training", b -> b.onset(Onset.NOT_AFTER_TRAINING)),
        when("P1", "age 51, next day", b -> b.age(51).onset(Onset.NEXT_DAY)),
        when(
            "P2",
            "one leg above the knee, no numbness",
            b -> b.leg(LegSymptoms.ONE_LEG_ABOVE_KNEE)),
        when("P2", "numbness but nothing travels into a leg", b -> b.legNumbness(true)),
        when(
            "P3",
            "sharp, during a lift, set not stopped",
            b -> b.quality(PainQuality.SHARP).onset(Onset.DURING_LIFT)),
        when(
            "P3",
            "sharp, hours after, set stopped",
            b -> b.quality(PainQuality.SHARP).onset(Onset.HOURS_AFTER).stoppedSet(true)),
        when(
            "P3",
            "tightness and shooting, during a lift, set stopped",
            b ->
                b.quality(PainQuality.TIGHTNESS, PainQuality.SHOOTING)
                    .onset(Onset.DURING_LIFT)
                    .stoppedSet(true)),
        when("P4", "strength and control kept", b -> b),
        when(
            "P5",
            "worse with movement on day 2",
            b -> b.movementEffect(MovementEffect.WORSENS).daysSinceOnset(2)),
        when(
            "P5",
            "no change with movement on day 3",
            b -> b.movementEffect(MovementEffect.NO_CHANGE).daysSinceOnset(3)),
        when(
            "P6",
            "day 3, peak 10, now 7 (exactly 30% better)",
            b -> b.painNow(7).painPeak(10).daysSinceOnset(3)),
        when("P6", "day 2, peak 10, now 8", b -> b.painNow(8).painPeak(10).daysSinceOnset(2)),
        when("P6", "day 3, peak 1, now 1", b -> b.painNow(1).painPeak(1).daysSinceOnset(3)),
        when("P6", "day 3, peak 2, now 1", b -> b.painNow(1).painPeak(2).daysSinceOnset(3)),
        when("P6", "day 3, peak unknown, now 8", b -> b.painNow(8).daysSinceOnset(3)),
        when("P7", "day 6, pain 3", b -> b.painNow(3).daysSinceOnset(6)),
        when("P7", "day 7, pain 2", b -> b.painNow(2).daysSinceOnset(7)),
        when("P8", "1 painful session", b -> b.painfulSessionsInARow(1)),
        when("P9", "daily life unaffected", b -> b.dailyLife(List.of())),
        when("P10", "trend same", b -> b.trend(Trend.SAME)),
        when("P10", "trend unknown", b -> b.trend(null)),
        when("P11", "sure what to train", b -> b),
        when("P12", "day 13, trend unknown", b -> b.daysSinceOnset(13)),
        when("P12", "day 14, improving", b -> b.daysSinceOnset(14).trend(Trend.IMPROVING)),
        when("M1", "session pain 3", b -> b.painDuringSession(3)),
        when("M1", "session pain 6", b -> b.painDuringSession(6)),
        when("M1", "session pain unknown", b -> b.painDuringSession(null)),
        when("M2", "session pain 5", b -> b.painDuringSession(5)),
        when("M2", "session pain unknown, pain now 10", b -> b.painNow(10)),
        when(
            "M3",
            "sharp, during a lift, set stopped",
            b -> b.quality(PainQuality.SHARP).onset(Onset.DURING_LIFT).stoppedSet(true)),
        when("M3", "sharp, next day", b -> b.quality(PainQuality.SHARP).onset(Onset.NEXT_DAY)),
        when(
            "M3",
            "burning, during a lift",
            b -> b.quality(PainQuality.BURNING).onset(Onset.DURING_LIFT)),
        when("M4", "hours after", b -> b.onset(Onset.HOURS_AFTER)),
        when("M4", "onset unknown", b -> b.onset(null)),
        when("M5", "both sides", b -> b.location(PainLocation.BOTH_SIDES)),
        when("M6", "one leg below the knee", b -> b.leg(LegSymptoms.ONE_LEG_BELOW_KNEE)),
        when("M7", "pain 5", b -> b.painNow(5)),
        when("M8", "pain 1, hinge volume +30%", b -> b.painNow(1).context(pct(30))),
        when("M8", "pain 0, hinge volume +80%", b -> b.painNow(0).context(pct(80))),
        when("M8", "hinge volume unknown", b -> b.context(daysOff(3))),
        when("M9", "14 days since the last hinge", b -> b.context(daysOff(14))),
        when("M9", "days since the last hinge unknown", b -> b.context(pct(-20))),
        when("M10", "eases with movement", b -> b.movementEffect(MovementEffect.EASES)));
  }

  /** The level a rule id belongs to, from its letter (triage.md section 3). */
  static Disposition levelOf(String rule) {
    return switch (rule.charAt(0)) {
      case 'E' -> Disposition.EMERGENCY;
      case 'U' -> Disposition.URGENT;
      case 'P' -> Disposition.SEE_PHYSIO;
      case 'M' -> Disposition.MODIFY;
      default -> throw new IllegalArgumentException(rule);
    };
  }

  /** The rule ids of triage.md section 3, in order. */
  static List<String> specRuleIds() {
    return Stream.of(
            IntStream.rangeClosed(1, 9).mapToObj(i -> "E" + i),
            IntStream.rangeClosed(1, 9).mapToObj(i -> "U" + i),
            IntStream.rangeClosed(1, 12).mapToObj(i -> "P" + i),
            IntStream.rangeClosed(1, 10).mapToObj(i -> "M" + i))
        .flatMap(s -> s)
        .toList();
  }

  static List<String> ids(TriageResult result) {
    return result.findings().stream().map(Finding::rule).toList();
  }

  @Test
  void theBaseCaseMatchesNoRule() {
    TriageResult result = TriageEngine.assess(base().build());
    assertThat(result.findings()).isEmpty();
    assertThat(result.disposition()).isEqualTo(Disposition.TRAIN);
  }

  @ParameterizedTest(name = "{0} fires: {1}")
  @MethodSource("firing")
  void ruleFires(String rule, String what, UnaryOperator<CheckIn.Builder> change) {
    TriageResult result = TriageEngine.assess(change.apply(base()).build());

    assertThat(ids(result)).contains(rule);
    Finding finding =
        result.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    assertThat(finding.level()).isEqualTo(levelOf(rule));
    assertThat(result.disposition().isAtLeast(levelOf(rule))).isTrue();
  }

  @ParameterizedTest(name = "{0} does not fire: {1}")
  @MethodSource("notFiring")
  void ruleDoesNotFire(String rule, String what, UnaryOperator<CheckIn.Builder> change) {
    TriageResult result = TriageEngine.assess(change.apply(base()).build());

    assertThat(ids(result)).doesNotContain(rule);
  }

  @Test
  void theEngineHasExactlyTheSpecRulesInSpecOrder() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::id).toList()).isEqualTo(specRuleIds());
    for (Rule rule : Rule.values()) {
      assertThat(rule.level()).as(rule.id()).isEqualTo(levelOf(rule.id()));
    }
  }

  @Test
  void bothTablesCoverEveryRuleOfTheEngine() {
    Set<String> engine = Arrays.stream(Rule.values()).map(Rule::id).collect(Collectors.toSet());
    Set<String> fires = firing().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> doesNot = notFiring().map(a -> (String) a.get()[0]).collect(Collectors.toSet());

    assertThat(fires).isEqualTo(engine);
    assertThat(doesNot).isEqualTo(engine);
  }
}
