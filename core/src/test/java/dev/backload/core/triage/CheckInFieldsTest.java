package dev.backload.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backload.core.triage.CheckIn.TrainingContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link CheckIn#fromFields}: the strict JSON contract of triage.md section 1. */
class CheckInFieldsTest {

  private static final List<String> INT_FIELDS =
      List.of(
          "painNow",
          "painPeak",
          "painDuringSession",
          "daysSinceOnset",
          "painfulSessionsInARow",
          "age");
  private static final List<String> ENUM_FIELDS =
      List.of("onset", "location", "leg", "legWeakness", "movementEffect", "trend");
  private static final List<String> LIST_FIELDS = List.of("quality", "dailyLife");
  private static final List<String> BOOLEAN_FIELDS =
      List.of(
          "legNumbness",
          "weaknessProgressing",
          "stoppedSet",
          "lostStrengthOrControl",
          "unsure",
          "bladderChange",
          "bowelChange",
          "saddleNumbness",
          "sexualDysfunction",
          "seriousAccident",
          "chestPain",
          "fever",
          "feelsVeryUnwell",
          "unexplainedWeightLoss",
          "cancerHistory",
          "nightPain",
          "osteoporosisOrSteroids",
          "immunosuppressed",
          "deformityOrLump",
          "worseCoughSneeze");

  /** A JSON object: {@code painNow} 5 plus the given key/value pairs (values may be null). */
  private static Map<String, Object> json(Object... keyValues) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("painNow", 5);
    for (int i = 0; i < keyValues.length; i += 2) {
      json.put((String) keyValues[i], keyValues[i + 1]);
    }
    return json;
  }

  private static Map<String, Object> context(Object... keyValues) {
    Map<String, Object> context = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      context.put((String) keyValues[i], keyValues[i + 1]);
    }
    return context;
  }

  private static InvalidCheckInException rejected(Map<String, ?> json) {
    InvalidCheckInException e =
        catchThrowableOfType(InvalidCheckInException.class, () -> CheckIn.fromFields(json));
    assertThat(e).as("rejected: " + json).isNotNull();
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.getMessage()).isEqualTo(e.field() + ": " + e.problem());
    return e;
  }

  /** Every field of the spec with a fully valid, non-default value. */
  static Map<String, Object> fullObject() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("painNow", 4);
    json.put("painPeak", 7);
    json.put("painDuringSession", 5);
    json.put("daysSinceOnset", 12);
    json.put("onset", "RIGHT_AFTER_LIFT");
    json.put("quality", List.of("TIGHTNESS", "CATCHING", "BURNING"));
    json.put("location", "ONE_SIDE");
    json.put("leg", "ONE_LEG_ABOVE_KNEE");
    json.put("legNumbness", true);
    json.put("legWeakness", "ONE_LEG");
    json.put("weaknessProgressing", true);
    json.put("movementEffect", "NO_CHANGE");
    json.put("stoppedSet", true);
    json.put("lostStrengthOrControl", true);
    json.put("trend", "SAME");
    json.put("painfulSessionsInARow", 3);
    json.put("dailyLife", List.of("SITTING", "SLEEPING"));
    json.put("unsure", true);
    json.put("age", 44);
    for (String flag : BOOLEAN_FIELDS) {
      json.putIfAbsent(flag, true);
    }
    json.put("context", context("hingeWeekChangePct", 12.5, "daysSinceLastHinge", 4));
    return json;
  }

  @Test
  void theFieldListsCoverTheWholeContract() {
    Set<String> all =
        Stream.of(INT_FIELDS, ENUM_FIELDS, LIST_FIELDS, BOOLEAN_FIELDS, List.of("context"))
            .flatMap(List::stream)
            .collect(Collectors.toSet());
    assertThat(all).hasSize(35).isEqualTo(CheckIn.builder(0).build().toFields().keySet());
    assertThat(fullObject().keySet()).isEqualTo(all);
  }

  @Test
  void aFullValidObjectRoundTrips() {
    Map<String, Object> json = fullObject();
    CheckIn checkIn = CheckIn.fromFields(json);

    assertThat(checkIn.painPeak()).isEqualTo(7);
    assertThat(checkIn.onset()).isEqualTo(Onset.RIGHT_AFTER_LIFT);
    assertThat(checkIn.quality())
        .containsExactly(PainQuality.TIGHTNESS, PainQuality.CATCHING, PainQuality.BURNING);
    assertThat(checkIn.dailyLife())
        .containsExactly(DailyLifeLimit.SITTING, DailyLifeLimit.SLEEPING);
    assertThat(checkIn.worseCoughSneeze()).isTrue();
    assertThat(checkIn.context()).isEqualTo(new TrainingContext(12.5, 4));
    assertThat(checkIn.toFields()).isEqualTo(json);
    assertThat(CheckIn.fromFields(checkIn.toFields())).isEqualTo(checkIn);
  }

  @Test
  void onlyPainNowIsRequiredAndDefaultsApply() {
    CheckIn checkIn = CheckIn.fromFields(Map.of("painNow", 3));

    assertThat(checkIn).isEqualTo(CheckIn.builder(3).build());
    assertThat(checkIn.painPeak()).isNull();
    assertThat(checkIn.painDuringSession()).isNull();
    assertThat(checkIn.daysSinceOnset()).isZero();
    assertThat(checkIn.onset()).isNull();
    assertThat(checkIn.quality()).isEmpty();
    assertThat(checkIn.leg()).isEqualTo(LegSymptoms.NONE);
    assertThat(checkIn.legWeakness()).isEqualTo(LegWeakness.NONE);
    assertThat(checkIn.trend()).isNull();
    assertThat(checkIn.painfulSessionsInARow()).isZero();
    assertThat(checkIn.dailyLife()).isEmpty();
    assertThat(checkIn.age()).isNull();
    assertThat(checkIn.fever()).isFalse();
    assertThat(checkIn.context()).isSameAs(TrainingContext.EMPTY);
  }

  @Test
  void jsonNullMeansTheDefaultForEveryOptionalField() {
    Map<String, Object> json = new HashMap<>();
    for (String field : CheckIn.builder(0).build().toFields().keySet()) {
      json.put(field, null);
    }
    json.put("painNow", 3);

    assertThat(CheckIn.fromFields(json)).isEqualTo(CheckIn.builder(3).build());
    assertThat(
            CheckIn.fromFields(
                json("context", context("hingeWeekChangePct", null, "daysSinceLastHinge", null))))
        .isEqualTo(CheckIn.builder(5).build());
    assertThat(CheckIn.fromFields(json("context", Map.of())).context())
        .isEqualTo(TrainingContext.EMPTY);
  }

  @Test
  void painNowIsRequired() {
    InvalidCheckInException missing = rejected(Map.of("fever", true));
    assertThat(missing.field()).isEqualTo("painNow");
    assertThat(missing.getMessage()).isEqualTo("painNow: is required");

    Map<String, Object> nullPain = new HashMap<>();
    nullPain.put("painNow", null);
    assertThat(rejected(nullPain).field()).isEqualTo("painNow");
  }

  @Test
  void unknownFieldsAreRejectedByName() {
    InvalidCheckInException e = rejected(json("painLevel", 3));
    assertThat(e.field()).isEqualTo("painLevel");
    assertThat(e.getMessage()).isEqualTo("painLevel: unknown field");
    // Names are case-sensitive, as in JSON.
    assertThat(rejected(json("PainPeak", 6)).field()).isEqualTo("PainPeak");
  }

  @Test
  void aNullObjectIsRejected() {
    InvalidCheckInException e =
        catchThrowableOfType(InvalidCheckInException.class, () -> CheckIn.fromFields(null));
    assertThat(e.field()).isEmpty();
    assertThat(e.getMessage()).isEqualTo(e.problem()).contains("JSON object");
  }

  static Stream<Arguments> wrongTypes() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : INT_FIELDS) {
      cases.add(Arguments.of(field, "7", "must be a whole number"));
      cases.add(Arguments.of(field, true, "must be a whole number"));
      cases.add(Arguments.of(field, List.of(7), "must be a whole number"));
    }
    for (String field : BOOLEAN_FIELDS) {
      cases.add(Arguments.of(field, "true", "must be true or false"));
      cases.add(Arguments.of(field, 1, "must be true or false"));
    }
    for (String field : ENUM_FIELDS) {
      cases.add(Arguments.of(field, 1, "must be one of "));
      cases.add(Arguments.of(field, List.of("NONE"), "must be one of "));
    }
    for (String field : LIST_FIELDS) {
      cases.add(Arguments.of(field, "SITTING", "must be an array of "));
      cases.add(Arguments.of(field, Map.of(), "must be an array of "));
    }
    cases.add(Arguments.of("context", "none", "must be an object"));
    cases.add(Arguments.of("context", List.of(), "must be an object"));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("wrongTypes")
  void aValueOfTheWrongTypeNamesTheField(String field, Object value, String problem) {
    InvalidCheckInException e =
        rejected(field.equals("painNow") ? Map.of("painNow", value) : json(field, value));

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.problem()).startsWith(problem);
    assertThat(e.getMessage()).startsWith(field + ": ");
  }

  @Test
  void wrongTypeTableCoversEveryField() {
    Set<String> covered = wrongTypes().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    assertThat(covered).isEqualTo(CheckIn.builder(0).build().toFields().keySet());
  }

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        Arguments.of("painNow", -1, "must be between 0 and 10"),
        Arguments.of("painNow", 11, "must be between 0 and 10"),
        Arguments.of("painPeak", 11, "must be between 0 and 10"),
        Arguments.of("painPeak", -1, "must be between 0 and 10"),
        Arguments.of("painDuringSession", 11, "must be between 0 and 10"),
        Arguments.of("painDuringSession", -1, "must be between 0 and 10"),
        Arguments.of("daysSinceOnset", -1, "must be between 0 and 3650"),
        Arguments.of("daysSinceOnset", 3651, "must be between 0 and 3650"),
        Arguments.of("painfulSessionsInARow", -1, "must be between 0 and 100"),
        Arguments.of("painfulSessionsInARow", 101, "must be between 0 and 100"),
        Arguments.of("age", 15, "must be between 16 and 110"),
        Arguments.of("age", 111, "must be between 16 and 110"),
        Arguments.of("age", 1e300, "must be between 16 and 110"),
        Arguments.of("age", new BigInteger("99999999999999999999"), "must be between 16 and 110"),
        Arguments.of("daysSinceOnset", Long.MIN_VALUE, "must be between 0 and 3650"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("outOfRange")
  void anOutOfRangeNumberNamesTheFieldAndTheRange(String field, Object value, String problem) {
    Map<String, Object> json = field.equals("painNow") ? json() : json(field, value);
    json.put("painNow", field.equals("painNow") ? value : 0);

    InvalidCheckInException e = rejected(json);

    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).isEqualTo(field + ": " + problem);
  }

  @Test
  void theEndsOfEachRangeAreAccepted() {
    CheckIn low =
        CheckIn.fromFields(
            Map.of(
                "painNow", 0,
                "painPeak", 0,
                "painDuringSession", 0,
                "daysSinceOnset", 0,
                "painfulSessionsInARow", 0,
                "age", 16));
    CheckIn high =
        CheckIn.fromFields(
            Map.of(
                "painNow", 10,
                "painPeak", 10,
                "painDuringSession", 10,
                "daysSinceOnset", 3650,
                "painfulSessionsInARow", 100,
                "age", 110));

    assertThat(low.age()).isEqualTo(16);
    assertThat(high.daysSinceOnset()).isEqualTo(3650);
    assertThat(high.painfulSessionsInARow()).isEqualTo(100);
  }

  @Test
  void wholeNumbersMayComeAsAnyJsonNumberType() {
    CheckIn checkIn =
        CheckIn.fromFields(
            Map.of(
                "painNow",
                3.0,
                "painPeak",
                new BigDecimal("4.00"),
                "painDuringSession",
                2L,
                "daysSinceOnset",
                BigInteger.valueOf(9),
                "painfulSessionsInARow",
                2.0f,
                "age",
                (short) 30,
                "context",
                Map.of("daysSinceLastHinge", (byte) 3, "hingeWeekChangePct", 25)));

    assertThat(checkIn)
        .isEqualTo(
            CheckIn.builder(3)
                .painPeak(4)
                .painDuringSession(2)
                .daysSinceOnset(9)
                .painfulSessionsInARow(2)
                .age(30)
                .context(new TrainingContext(25.0, 3))
                .build());
  }

  @Test
  void fractionalAndNonFiniteNumbersAreNotWholeNumbers() {
    for (Object value :
        List.of(3.5, 0.1f, new BigDecimal("2.000001"), Double.NaN, Double.POSITIVE_INFINITY)) {
      InvalidCheckInException e = rejected(json("painPeak", value));
      assertThat(e.field()).isEqualTo("painPeak");
      assertThat(e.getMessage()).isEqualTo("painPeak: must be a whole number");
    }
    assertThat(rejected(Map.of("painNow", 3.5)).getMessage())
        .isEqualTo("painNow: must be a whole number");
  }

  @Test
  void painPeakBelowPainNowIsRejected() {
    InvalidCheckInException e = rejected(json("painPeak", 4));

    assertThat(e.field()).isEqualTo("painPeak");
    assertThat(e.problem()).contains("painNow");
    assertThat(CheckIn.fromFields(json("painPeak", 5)).painPeak()).isEqualTo(5);
  }

  @Test
  void enumNamesMustMatchExactlyAndTheMessageListsTheAllowedValues() {
    InvalidCheckInException e = rejected(json("onset", "during_lift"));

    assertThat(e.field()).isEqualTo("onset");
    assertThat(e.getMessage())
        .isEqualTo(
            "onset: must be one of DURING_LIFT, RIGHT_AFTER_LIFT, HOURS_AFTER, NEXT_DAY,"
                + " NOT_AFTER_TRAINING");
    assertThat(rejected(json("leg", "BOTH")).problem())
        .isEqualTo("must be one of NONE, ONE_LEG_ABOVE_KNEE, ONE_LEG_BELOW_KNEE, BOTH_LEGS");
    assertThat(rejected(json("trend", " SAME")).field()).isEqualTo("trend");
    for (String field : ENUM_FIELDS) {
      assertThat(rejected(json(field, "")).field()).isEqualTo(field);
    }
  }

  @Test
  void listElementsAreCheckedOneByOneAndNamedByIndex() {
    InvalidCheckInException e = rejected(json("quality", List.of("SHARP", "STABBING")));
    assertThat(e.field()).isEqualTo("quality[1]");
    assertThat(e.getMessage())
        .isEqualTo(
            "quality[1]: must be one of DULL_ACHE, TIGHTNESS, SHARP, CATCHING, SHOOTING, BURNING");

    assertThat(rejected(json("dailyLife", Arrays.asList("SITTING", null))).field())
        .isEqualTo("dailyLife[1]");
    assertThat(rejected(json("dailyLife", List.of(2))).field()).isEqualTo("dailyLife[0]");
    assertThat(rejected(json("quality", List.of(List.of("SHARP")))).field())
        .isEqualTo("quality[0]");
  }

  @Test
  void duplicatesInListsAreHarmless() {
    CheckIn checkIn =
        CheckIn.fromFields(
            json(
                "quality", List.of("SHARP", "SHARP", "DULL_ACHE"),
                "dailyLife", List.of("WALKING", "BENDING", "WALKING")));

    assertThat(checkIn.quality()).containsExactly(PainQuality.DULL_ACHE, PainQuality.SHARP);
    assertThat(checkIn.dailyLife()).containsExactly(DailyLifeLimit.BENDING, DailyLifeLimit.WALKING);
    assertThat(CheckIn.fromFields(json("quality", List.of())).quality()).isEmpty();
  }

  @Test
  void contextErrorsNameTheNestedField() {
    assertThat(rejected(json("context", context("weeks", 2))).field()).isEqualTo("context.weeks");
    assertThat(rejected(json("context", context("weeks", 2))).getMessage())
        .isEqualTo("context.weeks: unknown field");

    InvalidCheckInException fractional =
        rejected(json("context", context("daysSinceLastHinge", 2.5)));
    assertThat(fractional.getMessage())
        .isEqualTo("context.daysSinceLastHinge: must be a whole number");

    InvalidCheckInException negative = rejected(json("context", context("daysSinceLastHinge", -1)));
    assertThat(negative.getMessage()).isEqualTo("context.daysSinceLastHinge: must be 0 or more");

    assertThat(rejected(json("context", context("daysSinceLastHinge", 3_000_000_000L))).field())
        .isEqualTo("context.daysSinceLastHinge");
    assertThat(rejected(json("context", context("daysSinceLastHinge", "3"))).field())
        .isEqualTo("context.daysSinceLastHinge");

    assertThat(rejected(json("context", context("hingeWeekChangePct", "40"))).getMessage())
        .isEqualTo("context.hingeWeekChangePct: must be a number");
    assertThat(rejected(json("context", context("hingeWeekChangePct", true))).field())
        .isEqualTo("context.hingeWeekChangePct");
    for (Object notFinite :
        List.of(
            Double.NaN,
            Double.NEGATIVE_INFINITY,
            Float.POSITIVE_INFINITY,
            new BigDecimal("1e400"))) {
      assertThat(rejected(json("context", context("hingeWeekChangePct", notFinite))).getMessage())
          .isEqualTo("context.hingeWeekChangePct: must be a finite number");
    }
  }

  @Test
  void contextAcceptsAnyFiniteChangeAndZeroDays() {
    CheckIn checkIn =
        CheckIn.fromFields(
            json("context", context("hingeWeekChangePct", -100, "daysSinceLastHinge", 0)));

    assertThat(checkIn.context()).isEqualTo(new TrainingContext(-100.0, 0));
    assertThat(
            CheckIn.fromFields(
                    json("context", context("hingeWeekChangePct", new BigDecimal("35.5"))))
                .context()
                .hingeWeekChangePct())
        .isEqualTo(35.5);
  }

  @Test
  void theFieldsAreWrittenInSpecOrderAndEachGroupNamesItsOwn() {
    assertThat(CheckIn.builder(0).build().toFields().keySet())
        .containsExactly(
            "painNow",
            "painPeak",
            "painDuringSession",
            "daysSinceOnset",
            "onset",
            "quality",
            "location",
            "leg",
            "legNumbness",
            "legWeakness",
            "weaknessProgressing",
            "movementEffect",
            "stoppedSet",
            "lostStrengthOrControl",
            "trend",
            "painfulSessionsInARow",
            "dailyLife",
            "unsure",
            "age",
            "bladderChange",
            "bowelChange",
            "saddleNumbness",
            "sexualDysfunction",
            "seriousAccident",
            "chestPain",
            "fever",
            "feelsVeryUnwell",
            "unexplainedWeightLoss",
            "cancerHistory",
            "nightPain",
            "osteoporosisOrSteroids",
            "immunosuppressed",
            "deformityOrLump",
            "worseCoughSneeze",
            "context");
    assertThat(CheckIn.RedFlags.EMERGENCY_SIGNS)
        .containsExactly(
            "bladderChange",
            "bowelChange",
            "saddleNumbness",
            "sexualDysfunction",
            "seriousAccident",
            "chestPain");
    assertThat(CheckIn.RedFlags.ILLNESS_SIGNS)
        .containsExactly(
            "fever",
            "feelsVeryUnwell",
            "unexplainedWeightLoss",
            "nightPain",
            "deformityOrLump",
            "worseCoughSneeze");
    assertThat(CheckIn.HealthHistory.FIELDS)
        .containsExactly("age", "cancerHistory", "osteoporosisOrSteroids", "immunosuppressed");
    assertThat(CheckIn.HealthHistory.FACTS)
        .containsExactly("cancerHistory", "osteoporosisOrSteroids", "immunosuppressed");
    // Each group's record holds exactly the fields the table gives it.
    assertThat(componentNames(CheckIn.RedFlags.class))
        .containsExactlyElementsOf(
            Stream.concat(
                    CheckIn.RedFlags.EMERGENCY_SIGNS.stream(),
                    CheckIn.RedFlags.ILLNESS_SIGNS.stream())
                .toList());
    assertThat(componentNames(CheckIn.HealthHistory.class))
        .containsExactlyElementsOf(CheckIn.HealthHistory.FIELDS);
    assertThat(componentNames(CheckIn.ThisEpisode.class))
        .containsExactlyElementsOf(
            List.copyOf(CheckIn.builder(0).build().toFields().keySet()).subList(0, 18));
  }

  private static List<String> componentNames(Class<? extends Record> group) {
    return Arrays.stream(group.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getName)
        .toList();
  }
}
