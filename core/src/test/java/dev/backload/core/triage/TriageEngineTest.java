package dev.backload.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TriageEngineTest {

  // -- triage.md section 5, exactly ------------------------------------------------------------

  static Stream<Arguments> specExamples() {
    return Stream.of(
        Arguments.of(
            Map.of(
                "painNow", 3,
                "onset", "NEXT_DAY",
                "quality", List.of("DULL_ACHE"),
                "location", "BOTH_SIDES",
                "movementEffect", "EASES"),
            Disposition.TRAIN,
            List.of()),
        Arguments.of(
            Map.of(
                "painNow",
                4,
                "onset",
                "DURING_LIFT",
                "quality",
                List.of("SHARP"),
                "stoppedSet",
                true),
            Disposition.SEE_PHYSIO,
            List.of("P3", "M4")),
        Arguments.of(
            Map.of("painNow", 2, "saddleNumbness", true), Disposition.EMERGENCY, List.of("E3")),
        Arguments.of(
            Map.of("painNow", 5, "leg", "ONE_LEG_BELOW_KNEE", "quality", List.of("SHOOTING")),
            Disposition.SEE_PHYSIO,
            List.of("P2")));
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @MethodSource("specExamples")
  void specExamples(Map<String, ?> json, Disposition disposition, List<String> findings) {
    TriageResult result = TriageEngine.assess(CheckIn.fromFields(json));

    assertThat(result.disposition()).isEqualTo(disposition);
    assertThat(result.findings()).extracting(Finding::rule).containsExactlyElementsOf(findings);
  }

  // -- the rulebook table ----------------------------------------------------------------------

  /** Rule id, level and source exactly as triage.md section 3 writes them. */
  static Stream<Arguments> rulebook() {
    Disposition e = Disposition.EMERGENCY;
    Disposition u = Disposition.URGENT;
    Disposition p = Disposition.SEE_PHYSIO;
    Disposition m = Disposition.MODIFY;
    return Stream.of(
        Arguments.of("E1", e, "cauda equina: NHS; BASS 2018; GIRFT 2023"),
        Arguments.of("E2", e, "cauda equina: NHS; BASS 2018"),
        Arguments.of("E3", e, "cauda equina: NHS; BASS 2018; GIRFT 2023"),
        Arguments.of("E4", e, "cauda equina: BASS 2018"),
        Arguments.of("E5", e, "cauda equina: NHS sciatica; BASS 2018"),
        Arguments.of("E6", e, "possible fracture: NHS; Downie 2013"),
        Arguments.of("E7", e, "NHS back pain emergency list"),
        Arguments.of(
            "E8",
            e,
            "possible spinal cord compression or infection with nerve signs: IFOMPT 2020; NICE"
                + " NG234"),
        Arguments.of("E9", e, "possible spinal infection or sepsis: NHS; IFOMPT 2020"),
        Arguments.of("U1", u, "possible infection: NHS; IFOMPT 2020"),
        Arguments.of("U2", u, "possible malignancy: Henschke 2013; Downie 2013"),
        Arguments.of("U3", u, "NHS; Henschke 2013"),
        Arguments.of("U4", u, "NHS; NICE CKS"),
        Arguments.of("U5", u, "possible fracture: Downie 2013; IFOMPT 2020"),
        Arguments.of("U6", u, "NHS urgent list"),
        Arguments.of(
            "U7",
            u,
            "nerve-root compromise: NICE CKS sciatica (progressing weakness: today, not within 48"
                + " h)"),
        Arguments.of("U8", u, "IFOMPT 2020 level of concern; NICE CKS (not improving at 4 weeks)"),
        Arguments.of("U9", u, "possible infection: IFOMPT 2020; NICE CKS"),
        Arguments.of("P1", p, "IFOMPT 2020; NICE CKS"),
        Arguments.of("P2", p, "radicular pain: Bogduk 2009; NHS sciatica; seed 000"),
        Arguments.of("P3", p, "seed 003"),
        Arguments.of("P4", p, "seed 003"),
        Arguments.of("P5", p, "seed 003: worse with movement and not settling"),
        Arguments.of("P6", p, "seed 003; Ostelo 2008"),
        Arguments.of("P7", p, "seed 003; Cheung 2003"),
        Arguments.of("P8", p, "seed 003"),
        Arguments.of("P9", p, "seed 003"),
        Arguments.of("P10", p, "seeds 000 and 003"),
        Arguments.of("P11", p, "seed 003"),
        Arguments.of("P12", p, "NHS (most back pain improves within 2 weeks)"),
        Arguments.of("M1", m, "pain-monitoring model (Silbernagel 2007), amber"),
        Arguments.of("M2", m, "pain-monitoring model, red"),
        Arguments.of("M3", m, "seed 003"),
        Arguments.of("M4", m, "seed 003: sudden onset rather than gradual"),
        Arguments.of("M5", m, "seed 003: normal soreness is usually on both sides"),
        Arguments.of("M6", m, "seed 003: pain spreading toward the leg"),
        Arguments.of("M7", m, "heuristic: too sore to train as planned"),
        Arguments.of("M8", m, "seeds: too much, too soon; Nielsen 2014 (heuristic 30%)"),
        Arguments.of("M9", m, "return after a break: Bosquet 2013 (heuristic)"),
        Arguments.of("M10", m, "seed 003: pain that builds with loading"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("rulebook")
  void eachRuleCarriesItsSpecLevelAndSource(String id, Disposition level, String source) {
    Finding finding = Rule.valueOf(id).finding();

    assertThat(finding.rule()).isEqualTo(id);
    assertThat(finding.level()).isEqualTo(level);
    assertThat(finding.source()).isEqualTo(source);
    assertThat(Rule.valueOf(id).source()).isEqualTo(source);
  }

  @Test
  void theRulebookTableListsEveryRule() {
    assertThat(rulebook().map(a -> (String) a.get()[0]).toList())
        .isEqualTo(TriageRulesTest.specRuleIds());
  }

  @Test
  void reasonsArePlainDistinctSentences() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : Rule.values()) {
      String reason = rule.reason();
      assertThat(reason).as(rule.id()).isNotBlank().endsWith(".").doesNotContain("`", "==", "!=");
      assertThat(reason.length()).as(rule.id()).isBetween(40, 300);
      assertThat(Character.isUpperCase(reason.charAt(0)) || Character.isDigit(reason.charAt(0)))
          .as(rule.id())
          .isTrue();
      assertThat(seen.add(reason)).as("reason of %s is unique", rule.id()).isTrue();
      assertThat(rule.finding().reason()).isEqualTo(reason);
    }
  }

  @Test
  void reasonsQuoteTheThresholdsTheyUse() {
    assertThat(Rule.U5.reason()).contains(String.valueOf(TriageThresholds.FRACTURE_RISK_AGE));
    assertThat(Rule.U8.reason())
        .contains(String.valueOf(TriageThresholds.NOT_IMPROVING_URGENT_DAYS));
    assertThat(Rule.P1.reason())
        .contains(String.valueOf(TriageThresholds.OLDER_AGE_ABOVE))
        .contains(String.valueOf(TriageThresholds.YOUNGER_AGE_BELOW));
    assertThat(Rule.P6.reason()).contains(TriageThresholds.MEANINGFUL_IMPROVEMENT_PCT + "%");
    assertThat(Rule.P7.reason()).startsWith(TriageThresholds.SORENESS_GONE_DAY + " or more days");
    assertThat(Rule.M8.reason()).contains("30%");
    assertThat(Rule.M9.reason()).contains(TriageThresholds.BREAK_DAYS + " days");
  }

  // -- result shape ----------------------------------------------------------------------------

  @Test
  void findingsAreEveryMatchHighestLevelFirstThenByRuleNumber() {
    CheckIn checkIn =
        CheckIn.builder(7)
            .bladderChange(true)
            .fever(true)
            .leg(LegSymptoms.ONE_LEG_BELOW_KNEE)
            .movementEffect(MovementEffect.WORSENS)
            .daysSinceOnset(3)
            .trend(Trend.WORSENING)
            .painDuringSession(8)
            .build();

    TriageResult result = TriageEngine.assess(checkIn);

    assertThat(result.findings())
        .extracting(Finding::rule)
        .containsExactly("E1", "U1", "P2", "P5", "P10", "M2", "M7", "M10");
    assertThat(result.disposition()).isEqualTo(Disposition.EMERGENCY);
    assertThat(result.rulebookVersion()).isEqualTo("1");
  }

  @Test
  void trainWhenNothingMatches() {
    TriageResult result = TriageEngine.assess(CheckIn.builder(0).build());

    assertThat(result.disposition()).isEqualTo(Disposition.TRAIN);
    assertThat(result.findings()).isEmpty();
    assertThat(result.actions()).hasSizeBetween(2, 4);
    assertThat(result.safetyNet()).isNotBlank();
  }

  @Test
  void theSafetyNetNamesEveryEmergencySymptomAndWhatToDo() {
    String net = TriageEngine.assess(CheckIn.builder(0).build()).safetyNet();

    assertThat(net)
        .contains("bladder")
        .contains("bowel")
        .contains("genitals")
        .contains("back passage")
        .contains("inner thighs")
        .contains("both legs")
        .contains("sexual function")
        .contains("keeps getting worse, see a doctor the same day")
        .contains("fever")
        .contains("very unwell")
        .contains("chest pain")
        .contains("serious accident")
        .contains("emergency department")
        .contains("emergency number");
  }

  @ParameterizedTest
  @EnumSource(Disposition.class)
  void everyDispositionHasTwoToFourPlainActions(Disposition disposition) {
    List<String> actions = Advice.actions(disposition, CheckIn.builder(0).build());

    assertThat(actions).hasSizeBetween(2, 4).allSatisfy(a -> assertThat(a).isNotBlank());
  }

  @Test
  void actionsFollowTheDisposition() {
    assertThat(String.join(" ", assess(CheckIn.builder(2).chestPain(true)).actions()))
        .contains("emergency department")
        .contains("emergency number")
        .contains("Do not train");
    assertThat(String.join(" ", assess(CheckIn.builder(2).nightPain(true)).actions()))
        .contains("doctor today")
        .contains("48 hours")
        .contains("heavy lifting");
    assertThat(String.join(" ", assess(CheckIn.builder(2).unsure(true)).actions()))
        .contains("physiotherapist")
        .contains("leg");
    assertThat(String.join(" ", assess(CheckIn.builder(6)).actions()))
        .contains("trap bar")
        .contains(TriageThresholds.SESSION_PAIN_AMBER_MAX + " out of 10")
        .contains("next morning");
    assertThat(String.join(" ", assess(CheckIn.builder(1)).actions()))
        .contains("planned session")
        .contains("warming up")
        .contains("logging");
  }

  @Test
  void urgentActionsDropThe48HourAllowanceForFeverOrProgressingWeakness() {
    for (CheckIn.Builder sameDay :
        List.of(CheckIn.builder(3).fever(true), CheckIn.builder(3).weaknessProgressing(true))) {
      TriageResult result = assess(sameDay);
      assertThat(result.disposition()).isEqualTo(Disposition.URGENT);
      assertThat(result.actions().get(0)).contains("today").doesNotContain("48");
    }
    assertThat(assess(CheckIn.builder(3).legWeakness(LegWeakness.ONE_LEG)).actions().get(0))
        .contains("48 hours");
  }

  @Test
  void resultsAreImmutableAndRepeatable() {
    CheckIn checkIn = CheckIn.builder(5).onset(Onset.DURING_LIFT).build();
    TriageResult result = TriageEngine.assess(checkIn);

    assertThat(TriageEngine.assess(checkIn)).isEqualTo(result);
    assertThatThrownBy(() -> result.findings().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> result.actions().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> TriageEngine.assess(null)).isInstanceOf(NullPointerException.class);
    Finding ok = Rule.E1.finding();
    assertThatThrownBy(() -> new Finding(null, ok.level(), ok.reason(), ok.source()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new TriageResult("1", Disposition.TRAIN, List.of(), List.of("a", "b"), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void dispositionsRankInAscendingSeriousness() {
    assertThat(Disposition.values())
        .containsExactly(
            Disposition.TRAIN,
            Disposition.MODIFY,
            Disposition.SEE_PHYSIO,
            Disposition.URGENT,
            Disposition.EMERGENCY);
    assertThat(Disposition.URGENT.isAtLeast(Disposition.SEE_PHYSIO)).isTrue();
    assertThat(Disposition.URGENT.isAtLeast(Disposition.URGENT)).isTrue();
    assertThat(Disposition.MODIFY.isAtLeast(Disposition.SEE_PHYSIO)).isFalse();
    assertThat(Arrays.stream(Disposition.values()).max(Disposition::compareTo))
        .contains(Disposition.EMERGENCY);
  }

  private static TriageResult assess(CheckIn.Builder builder) {
    return TriageEngine.assess(builder.build());
  }
}
