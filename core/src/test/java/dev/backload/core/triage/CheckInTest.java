package dev.backload.core.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backload.core.triage.CheckIn.TrainingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link CheckIn} record and its builder: defaults, validation and immutability. */
class CheckInTest {

  @Test
  void theBuilderStartsFromTheSpecDefaults() {
    CheckIn c = CheckIn.builder(4).build();

    assertThat(c.painNow()).isEqualTo(4);
    assertThat(c.painPeak()).isNull();
    assertThat(c.painDuringSession()).isNull();
    assertThat(c.daysSinceOnset()).isZero();
    assertThat(c.onset()).isNull();
    assertThat(c.quality()).isEmpty();
    assertThat(c.location()).isNull();
    assertThat(c.leg()).isEqualTo(LegSymptoms.NONE);
    assertThat(c.legWeakness()).isEqualTo(LegWeakness.NONE);
    assertThat(c.movementEffect()).isNull();
    assertThat(c.trend()).isNull();
    assertThat(c.painfulSessionsInARow()).isZero();
    assertThat(c.dailyLife()).isEmpty();
    assertThat(c.age()).isNull();
    assertThat(c.context()).isEqualTo(TrainingContext.EMPTY);
    assertThat(c.toFields().values().stream().filter(Boolean.TRUE::equals)).isEmpty();
  }

  @Test
  void everyBuilderSetterSetsItsField() {
    CheckIn c = CheckIn.fromFields(CheckInFieldsTest.fullObject());
    CheckIn built =
        CheckIn.builder(0)
            .painNow(4)
            .painPeak(7)
            .painDuringSession(5)
            .daysSinceOnset(12)
            .onset(Onset.RIGHT_AFTER_LIFT)
            .quality(PainQuality.TIGHTNESS, PainQuality.CATCHING, PainQuality.BURNING)
            .location(PainLocation.ONE_SIDE)
            .leg(LegSymptoms.ONE_LEG_ABOVE_KNEE)
            .legNumbness(true)
            .legWeakness(LegWeakness.ONE_LEG)
            .weaknessProgressing(true)
            .movementEffect(MovementEffect.NO_CHANGE)
            .stoppedSet(true)
            .lostStrengthOrControl(true)
            .trend(Trend.SAME)
            .painfulSessionsInARow(3)
            .dailyLife(DailyLifeLimit.SITTING, DailyLifeLimit.SLEEPING)
            .unsure(true)
            .age(44)
            .bladderChange(true)
            .bowelChange(true)
            .saddleNumbness(true)
            .sexualDysfunction(true)
            .seriousAccident(true)
            .chestPain(true)
            .fever(true)
            .feelsVeryUnwell(true)
            .unexplainedWeightLoss(true)
            .cancerHistory(true)
            .nightPain(true)
            .osteoporosisOrSteroids(true)
            .immunosuppressed(true)
            .deformityOrLump(true)
            .worseCoughSneeze(true)
            .context(new TrainingContext(12.5, 4))
            .build();

    assertThat(built).isEqualTo(c);
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.toBuilder().painNow(1).build().painNow()).isEqualTo(1);
  }

  @Test
  void nullMeansTheDefaultWhereTheFieldHasOne() {
    CheckIn c =
        CheckIn.builder(2)
            .leg(null)
            .legWeakness(null)
            .quality((List<PainQuality>) null)
            .dailyLife((DailyLifeLimit[]) null)
            .context(null)
            .build();

    assertThat(c).isEqualTo(CheckIn.builder(2).build());
    CheckIn direct =
        new CheckIn(
            new CheckIn.ThisEpisode(
                2, null, null, 0, null, null, null, null, false, null, false, null, false, false,
                null, 0, null, false),
            new CheckIn.RedFlags(
                false, false, false, false, false, false, false, false, false, false, false, false),
            new CheckIn.HealthHistory(null, false, false, false),
            null);
    assertThat(direct).isEqualTo(c);
    assertThat(CheckIn.builder(2).quality((PainQuality[]) null).build().quality()).isEmpty();
    assertThat(CheckIn.builder(2).dailyLife((List<DailyLifeLimit>) null).build().dailyLife())
        .isEmpty();
  }

  @Test
  void theSetsAreImmutableEnumOrderedCopies() {
    Set<PainQuality> mine = new HashSet<>(List.of(PainQuality.BURNING, PainQuality.DULL_ACHE));
    CheckIn.Builder builder = CheckIn.builder(3).quality(mine);
    mine.add(PainQuality.SHARP);
    CheckIn c = builder.build();

    assertThat(c.quality()).containsExactly(PainQuality.DULL_ACHE, PainQuality.BURNING);
    assertThatThrownBy(() -> c.quality().add(PainQuality.SHARP))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.dailyLife().add(DailyLifeLimit.SITTING))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(c.toBuilder().build().quality()).isEqualTo(c.quality());
  }

  @Test
  void nullElementsInTheSetsAreRejected() {
    List<PainQuality> withNull = new ArrayList<>(Arrays.asList(PainQuality.SHARP, null));
    InvalidCheckInException e =
        catchThrowableOfType(
            InvalidCheckInException.class, () -> CheckIn.builder(3).quality(withNull).build());
    assertThat(e.field()).isEqualTo("quality");

    List<DailyLifeLimit> nullLimit = new ArrayList<>(Arrays.asList((DailyLifeLimit) null));
    assertThat(
            catchThrowableOfType(
                    InvalidCheckInException.class,
                    () -> CheckIn.builder(3).dailyLife(nullLimit).build())
                .field())
        .isEqualTo("dailyLife");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("painNow", (UnaryOperator<CheckIn.Builder>) b -> b.painNow(11)),
        Arguments.of("painNow", (UnaryOperator<CheckIn.Builder>) b -> b.painNow(-1)),
        Arguments.of("painPeak", (UnaryOperator<CheckIn.Builder>) b -> b.painPeak(11)),
        Arguments.of("painPeak", (UnaryOperator<CheckIn.Builder>) b -> b.painPeak(2)),
        Arguments.of(
            "painDuringSession", (UnaryOperator<CheckIn.Builder>) b -> b.painDuringSession(-1)),
        Arguments.of(
            "daysSinceOnset", (UnaryOperator<CheckIn.Builder>) b -> b.daysSinceOnset(3651)),
        Arguments.of(
            "painfulSessionsInARow",
            (UnaryOperator<CheckIn.Builder>) b -> b.painfulSessionsInARow(101)),
        Arguments.of("age", (UnaryOperator<CheckIn.Builder>) b -> b.age(15)),
        Arguments.of("age", (UnaryOperator<CheckIn.Builder>) b -> b.age(111)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void theConstructorValidatesRangesAndNamesTheField(
      String field, UnaryOperator<CheckIn.Builder> change) {
    InvalidCheckInException e =
        catchThrowableOfType(
            InvalidCheckInException.class, () -> change.apply(CheckIn.builder(3)).build());

    assertThat(e).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": must");
  }

  @Test
  void theTrainingContextValidatesItsValues() {
    assertThat(
            catchThrowableOfType(
                    InvalidCheckInException.class, () -> new TrainingContext(Double.NaN, null))
                .getMessage())
        .isEqualTo("context.hingeWeekChangePct: must be a finite number");
    assertThat(
            catchThrowableOfType(InvalidCheckInException.class, () -> new TrainingContext(null, -1))
                .getMessage())
        .isEqualTo("context.daysSinceLastHinge: must be 0 or more");
    assertThat(new TrainingContext(-55.5, 0).hingeWeekChangePct()).isEqualTo(-55.5);
    assertThat(TrainingContext.EMPTY).isEqualTo(new TrainingContext(null, null));
  }

  @Test
  void theExceptionKeepsFieldAndProblemApart() {
    InvalidCheckInException named =
        new InvalidCheckInException("age", "must be between 16 and 110");
    assertThat(named.field()).isEqualTo("age");
    assertThat(named.problem()).isEqualTo("must be between 16 and 110");
    assertThat(named.getMessage()).isEqualTo("age: must be between 16 and 110");

    InvalidCheckInException unnamed = new InvalidCheckInException(null, "broken");
    assertThat(unnamed.field()).isEmpty();
    assertThat(unnamed.getMessage()).isEqualTo("broken");
  }

  @Test
  void toFieldsGivesAJsonShapedMapInSpecOrder() {
    CheckIn c =
        CheckIn.builder(3)
            .onset(Onset.NEXT_DAY)
            .quality(PainQuality.SHARP, PainQuality.DULL_ACHE)
            .context(new TrainingContext(null, 8))
            .build();

    Map<String, Object> fields = c.toFields();

    assertThat(fields.keySet()).first().isEqualTo("painNow");
    assertThat(fields.keySet()).last().isEqualTo("context");
    assertThat(fields.get("onset")).isEqualTo("NEXT_DAY");
    assertThat(fields.get("trend")).isNull();
    assertThat(fields.get("leg")).isEqualTo("NONE");
    assertThat(fields.get("quality")).isEqualTo(List.of("DULL_ACHE", "SHARP"));
    Map<String, Object> context = new HashMap<>();
    context.put("hingeWeekChangePct", null);
    context.put("daysSinceLastHinge", 8);
    assertThat(fields.get("context")).isEqualTo(context);
    assertThatThrownBy(() -> fields.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
  }
}
