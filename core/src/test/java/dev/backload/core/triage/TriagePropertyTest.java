package dev.backload.core.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.triage.CheckIn.TrainingContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Properties over many generated check-ins (seeded, so a failure reproduces): the result is
 * well-formed, the findings are exactly what an independent reading of the spec expects, and a red
 * flag always wins.
 */
class TriagePropertyTest {

  private static final long SEED = 20261121L;
  private static final int CASES = 25_000;

  /** Each E-rule trigger, added on its own to a check-in; E5 and E8 have two ways to fire. */
  private static final Map<String, UnaryOperator<CheckIn.Builder>> RED_FLAGS = redFlags();

  private static Map<String, UnaryOperator<CheckIn.Builder>> redFlags() {
    Map<String, UnaryOperator<CheckIn.Builder>> flags = new LinkedHashMap<>();
    flags.put("E1", b -> b.bladderChange(true));
    flags.put("E2", b -> b.bowelChange(true));
    flags.put("E3", b -> b.saddleNumbness(true));
    flags.put("E4", b -> b.sexualDysfunction(true));
    flags.put("E5 leg", b -> b.leg(LegSymptoms.BOTH_LEGS));
    flags.put("E5 weakness", b -> b.legWeakness(LegWeakness.BOTH_LEGS));
    flags.put("E6", b -> b.seriousAccident(true));
    flags.put("E7", b -> b.chestPain(true));
    flags.put("E8 cancer", b -> b.cancerHistory(true).legNumbness(true));
    flags.put("E8 infection", b -> b.fever(true).immunosuppressed(true).weaknessProgressing(true));
    flags.put("E9", b -> b.fever(true).feelsVeryUnwell(true));
    return flags;
  }

  @Test
  void generatedCheckInsSatisfyTheRulebookProperties() {
    Random random = new Random(SEED);
    Map<Disposition, Integer> dispositions = new EnumMap<>(Disposition.class);
    Set<String> rulesSeen = new TreeSet<>();

    for (int i = 0; i < CASES; i++) {
      CheckIn checkIn = randomCheckIn(random);
      TriageResult result = TriageEngine.assess(checkIn);
      String about = "case " + i + ": " + checkIn;

      assertWellFormed(result, about);
      List<String> ids = result.findings().stream().map(Finding::rule).toList();
      assertThat(new TreeSet<>(ids)).as(about).isEqualTo(expectedRules(checkIn));
      assertThat(CheckIn.fromFields(checkIn.toFields())).as(about).isEqualTo(checkIn);

      for (Map.Entry<String, UnaryOperator<CheckIn.Builder>> flag : RED_FLAGS.entrySet()) {
        CheckIn flagged = flag.getValue().apply(checkIn.toBuilder()).build();
        TriageResult withFlag = TriageEngine.assess(flagged);
        String rule = flag.getKey().substring(0, 2);

        assertWellFormed(withFlag, about + " + " + flag.getKey());
        assertThat(withFlag.disposition())
            .as(about + " + " + flag.getKey())
            .isEqualTo(Disposition.EMERGENCY);
        assertThat(withFlag.disposition().isAtLeast(result.disposition())).isTrue();
        assertThat(withFlag.findings()).extracting(Finding::rule).as(about).contains(rule);
      }

      dispositions.merge(result.disposition(), 1, Integer::sum);
      rulesSeen.addAll(ids);
    }

    // The generator must reach every disposition often and every rule at least a few times, or the
    // properties above say little.
    for (Disposition d : Disposition.values()) {
      assertThat(dispositions.getOrDefault(d, 0)).as("cases with " + d).isGreaterThan(CASES / 50);
    }
    assertThat(rulesSeen).containsExactlyInAnyOrderElementsOf(TriageRulesTest.specRuleIds());
  }

  private static void assertWellFormed(TriageResult result, String about) {
    Disposition highest =
        result.findings().stream()
            .map(Finding::level)
            .max(Disposition::compareTo)
            .orElse(Disposition.TRAIN);
    assertThat(result.disposition()).as(about).isEqualTo(highest);
    assertThat(result.safetyNet()).as(about).isNotBlank();
    assertThat(result.actions()).as(about).hasSizeBetween(2, 4);
    assertThat(result.rulebookVersion()).isEqualTo("1");
    List<Finding> findings = result.findings();
    for (int j = 1; j < findings.size(); j++) {
      Finding before = findings.get(j - 1);
      Finding after = findings.get(j);
      int byLevel = before.level().compareTo(after.level());
      assertThat(byLevel > 0 || (byLevel == 0 && number(before) < number(after)))
          .as(about + ": " + before.rule() + " before " + after.rule())
          .isTrue();
    }
  }

  private static int number(Finding finding) {
    return Integer.parseInt(finding.rule().substring(1));
  }

  /**
   * An independent reading of triage.md section 3, with the spec's literal numbers, to check the
   * engine against.
   */
  static Set<String> expectedRules(CheckIn c) {
    boolean injuryOnset = c.onset() == Onset.DURING_LIFT || c.onset() == Onset.RIGHT_AFTER_LIFT;
    boolean sharp =
        c.quality().contains(PainQuality.SHARP) || c.quality().contains(PainQuality.CATCHING);
    int peak = c.painPeak() == null ? c.painNow() : c.painPeak();
    boolean neuro =
        c.legWeakness() != LegWeakness.NONE || c.legNumbness() || c.weaknessProgressing();
    boolean ageBand = c.age() != null && (c.age() > 50 || c.age() < 20);
    boolean notImproving = c.trend() != Trend.IMPROVING;
    Integer during = c.painDuringSession();
    Double pct = c.context().hingeWeekChangePct();
    Integer daysOff = c.context().daysSinceLastHinge();
    int days = c.daysSinceOnset();

    Set<String> r = new TreeSet<>();
    add(r, "E1", c.bladderChange());
    add(r, "E2", c.bowelChange());
    add(r, "E3", c.saddleNumbness());
    add(r, "E4", c.sexualDysfunction());
    add(r, "E5", c.leg() == LegSymptoms.BOTH_LEGS || c.legWeakness() == LegWeakness.BOTH_LEGS);
    add(r, "E6", c.seriousAccident());
    add(r, "E7", c.chestPain());
    add(
        r,
        "E8",
        (c.cancerHistory() || c.unexplainedWeightLoss() || (c.fever() && c.immunosuppressed()))
            && neuro);
    add(r, "E9", c.fever() && c.feelsVeryUnwell());
    add(r, "U1", c.fever());
    add(r, "U2", c.cancerHistory());
    add(r, "U3", c.unexplainedWeightLoss());
    add(r, "U4", c.nightPain());
    add(
        r,
        "U5",
        (c.osteoporosisOrSteroids() || (c.age() != null && c.age() >= 65))
            && peak >= 7
            && c.onset() != Onset.HOURS_AFTER
            && c.onset() != Onset.NEXT_DAY);
    add(
        r,
        "U6",
        c.deformityOrLump()
            || c.location() == PainLocation.BETWEEN_SHOULDER_BLADES
            || c.worseCoughSneeze());
    add(r, "U7", c.legWeakness() == LegWeakness.ONE_LEG || c.weaknessProgressing());
    add(r, "U8", ageBand && days >= 28 && notImproving);
    add(r, "U9", c.immunosuppressed() && c.onset() == Onset.NOT_AFTER_TRAINING);
    add(r, "P1", ageBand && c.onset() == Onset.NOT_AFTER_TRAINING);
    add(
        r,
        "P2",
        c.leg() == LegSymptoms.ONE_LEG_BELOW_KNEE
            || (c.leg() != LegSymptoms.NONE && c.legNumbness()));
    add(r, "P3", sharp && injuryOnset && c.stoppedSet());
    add(r, "P4", c.lostStrengthOrControl());
    add(r, "P5", c.movementEffect() == MovementEffect.WORSENS && days >= 3);
    add(
        r,
        "P6",
        c.painPeak() != null && days >= 3 && c.painPeak() >= 2 && c.painNow() > 0.7 * c.painPeak());
    add(r, "P7", days >= 7 && c.painNow() > 2);
    add(r, "P8", c.painfulSessionsInARow() >= 2);
    add(r, "P9", !c.dailyLife().isEmpty());
    add(r, "P10", c.trend() == Trend.WORSENING);
    add(r, "P11", c.unsure());
    add(r, "P12", days >= 14 && notImproving);
    add(r, "M1", during != null && during >= 4 && during <= 5);
    add(r, "M2", during != null && during >= 6);
    add(r, "M3", sharp && injuryOnset && !c.stoppedSet());
    add(r, "M4", injuryOnset);
    add(r, "M5", c.location() == PainLocation.ONE_SIDE);
    add(r, "M6", c.leg() == LegSymptoms.ONE_LEG_ABOVE_KNEE);
    add(r, "M7", c.painNow() >= 6);
    add(r, "M8", c.painNow() >= 1 && pct != null && pct > 30);
    add(r, "M9", daysOff != null && daysOff > 14);
    add(r, "M10", c.movementEffect() == MovementEffect.WORSENS);
    return r;
  }

  private static void add(Set<String> rules, String id, boolean matched) {
    if (matched) {
      rules.add(id);
    }
  }

  // -- generator -------------------------------------------------------------------------------

  /**
   * A random valid check-in. Serious flags are rare and numbers cluster around the rule boundaries,
   * so that every disposition and every rule turns up often.
   */
  static CheckIn randomCheckIn(Random r) {
    return r.nextInt(4) == 0 ? randomSoreness(r) : randomAnything(r);
  }

  /** A typical post-training soreness check-in with a little noise: mostly TRAIN or MODIFY. */
  private static CheckIn randomSoreness(Random r) {
    int painNow = r.nextInt(6);
    return CheckIn.builder(painNow)
        .painPeak(r.nextBoolean() ? null : painNow + r.nextInt(3))
        .painDuringSession(r.nextBoolean() ? null : r.nextInt(5))
        .daysSinceOnset(r.nextInt(4))
        .onset(r.nextBoolean() ? Onset.NEXT_DAY : Onset.HOURS_AFTER)
        .quality(r.nextBoolean() ? List.of(PainQuality.DULL_ACHE) : List.of(PainQuality.TIGHTNESS))
        .location(r.nextBoolean() ? PainLocation.BOTH_SIDES : null)
        .movementEffect(r.nextBoolean() ? MovementEffect.EASES : null)
        .age(r.nextBoolean() ? null : 20 + r.nextInt(31))
        .context(new TrainingContext(r.nextBoolean() ? null : r.nextInt(41) - 10.0, r.nextInt(16)))
        .build();
  }

  private static CheckIn randomAnything(Random r) {
    int painNow = r.nextInt(11);
    CheckIn.Builder b = CheckIn.builder(painNow);
    if (r.nextInt(3) > 0) {
      b.painPeak(painNow + r.nextInt(11 - painNow));
    }
    if (r.nextBoolean()) {
      b.painDuringSession(r.nextInt(11));
    }
    b.daysSinceOnset(
        switch (r.nextInt(6)) {
          case 0 -> r.nextInt(3651);
          case 1, 2 -> r.nextInt(35);
          default -> r.nextInt(5);
        });
    b.onset(pick(r, Onset.class));
    b.quality(subset(r, PainQuality.class));
    b.location(pick(r, PainLocation.class));
    b.leg(r.nextInt(3) == 0 ? rareLast(r, LegSymptoms.class) : LegSymptoms.NONE);
    b.legNumbness(chance(r, 8));
    b.legWeakness(r.nextInt(5) == 0 ? rareLast(r, LegWeakness.class) : LegWeakness.NONE);
    b.weaknessProgressing(chance(r, 20));
    b.movementEffect(pick(r, MovementEffect.class));
    b.stoppedSet(chance(r, 4));
    b.lostStrengthOrControl(chance(r, 10));
    b.trend(pick(r, Trend.class));
    b.painfulSessionsInARow(r.nextInt(10) == 0 ? r.nextInt(101) : r.nextInt(3));
    b.dailyLife(r.nextInt(4) == 0 ? subset(r, DailyLifeLimit.class) : List.of());
    b.unsure(chance(r, 8));
    b.age(r.nextInt(4) == 0 ? null : 16 + r.nextInt(95));
    b.bladderChange(chance(r, 80));
    b.bowelChange(chance(r, 80));
    b.saddleNumbness(chance(r, 80));
    b.sexualDysfunction(chance(r, 80));
    b.seriousAccident(chance(r, 80));
    b.chestPain(chance(r, 80));
    b.fever(chance(r, 25));
    b.feelsVeryUnwell(chance(r, 10));
    b.unexplainedWeightLoss(chance(r, 40));
    b.cancerHistory(chance(r, 40));
    b.nightPain(chance(r, 40));
    b.osteoporosisOrSteroids(chance(r, 15));
    b.immunosuppressed(chance(r, 15));
    b.deformityOrLump(chance(r, 60));
    b.worseCoughSneeze(chance(r, 40));
    Double pct =
        switch (r.nextInt(4)) {
          case 0 -> null;
          case 1 -> 30.0;
          default -> (r.nextInt(2001) - 1000) / 10.0;
        };
    Integer daysOff = r.nextBoolean() ? null : r.nextInt(30);
    b.context(r.nextInt(5) == 0 ? null : new TrainingContext(pct, daysOff));
    return b.build();
  }

  private static boolean chance(Random r, int oneIn) {
    return r.nextInt(oneIn) == 0;
  }

  /** A constant of the enum, or {@code null} (unknown) one time in five. */
  private static <E extends Enum<E>> E pick(Random r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return r.nextInt(5) == 0 ? null : values[r.nextInt(values.length)];
  }

  /** One of the non-default constants, the last (the most serious) less often. */
  private static <E extends Enum<E>> E rareLast(Random r, Class<E> type) {
    E[] values = type.getEnumConstants();
    return r.nextInt(10) == 0
        ? values[values.length - 1]
        : values[1 + r.nextInt(values.length - 2)];
  }

  private static <E extends Enum<E>> List<E> subset(Random r, Class<E> type) {
    List<E> chosen = new ArrayList<>();
    for (E value : EnumSet.allOf(type)) {
      if (r.nextInt(4) == 0) {
        chosen.add(value);
      }
    }
    return chosen;
  }
}
