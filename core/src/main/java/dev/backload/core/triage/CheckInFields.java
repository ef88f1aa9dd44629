package dev.backload.core.triage;

import dev.backload.core.json.StrictJson;
import dev.backload.core.triage.CheckIn.TrainingContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The check-in's JSON fields (triage.md section 1), each listed once in spec order with its group,
 * how its value is read ({@link CheckIn#fromFields}) and how it is written ({@link
 * CheckIn#toFields}). The groups' lists of names ({@link CheckIn.RedFlags#EMERGENCY_SIGNS}, {@link
 * CheckIn.HealthHistory#FACTS}...) come from here too.
 *
 * <p>The spec lists the health history's fields among the red flags ({@code age} before the
 * emergency signs, {@code cancerHistory} among the illness signs), so the fields are one list in
 * spec order tagged by group rather than one list per group.
 */
final class CheckInFields {

  /** The group of the check-in a field belongs to. */
  enum Group {
    THIS_EPISODE,
    HEALTH_HISTORY,
    EMERGENCY_SIGN,
    ILLNESS_SIGN,
    TRAINING_CONTEXT
  }

  /** Applies one present (non-null) JSON value to the builder, or throws naming the field. */
  @FunctionalInterface
  private interface Reader {
    void apply(CheckIn.Builder builder, String name, Object value);
  }

  /**
   * One JSON field.
   *
   * @param yesNo the field is {@code true} or {@code false}
   * @param write the field's JSON value in a check-in
   */
  private record Field(
      Group group, String name, boolean yesNo, Reader read, Function<CheckIn, Object> write) {}

  private static final String HINGE_WEEK_CHANGE_PCT = "hingeWeekChangePct";
  private static final String DAYS_SINCE_LAST_HINGE = "daysSinceLastHinge";

  private static final StrictJson READ = new StrictJson(InvalidCheckInException::new);

  private static final List<Field> FIELDS = fields();

  private static final Set<String> NAMES = Set.copyOf(FIELDS.stream().map(Field::name).toList());

  private CheckInFields() {}

  private static List<Field> fields() {
    Group e = Group.THIS_EPISODE;
    Group h = Group.HEALTH_HISTORY;
    Group em = Group.EMERGENCY_SIGN;
    Group ill = Group.ILLNESS_SIGN;
    int painMin = CheckIn.PAIN_MIN;
    int painMax = CheckIn.PAIN_MAX;
    return List.of(
        whole(e, "painNow", painMin, painMax, CheckIn::painNow, CheckIn.Builder::painNow),
        whole(e, "painPeak", painMin, painMax, CheckIn::painPeak, CheckIn.Builder::painPeak),
        whole(
            e,
            "painDuringSession",
            painMin,
            painMax,
            CheckIn::painDuringSession,
            CheckIn.Builder::painDuringSession),
        whole(
            e,
            "daysSinceOnset",
            0,
            CheckIn.DAYS_SINCE_ONSET_MAX,
            CheckIn::daysSinceOnset,
            CheckIn.Builder::daysSinceOnset),
        choice(e, "onset", Onset.class, CheckIn::onset, CheckIn.Builder::onset),
        choices(e, "quality", PainQuality.class, CheckIn::quality, CheckIn.Builder::quality),
        choice(e, "location", PainLocation.class, CheckIn::location, CheckIn.Builder::location),
        choice(e, "leg", LegSymptoms.class, CheckIn::leg, CheckIn.Builder::leg),
        bool(e, "legNumbness", CheckIn::legNumbness, CheckIn.Builder::legNumbness),
        choice(
            e,
            "legWeakness",
            LegWeakness.class,
            CheckIn::legWeakness,
            CheckIn.Builder::legWeakness),
        bool(
            e,
            "weaknessProgressing",
            CheckIn::weaknessProgressing,
            CheckIn.Builder::weaknessProgressing),
        choice(
            e,
            "movementEffect",
            MovementEffect.class,
            CheckIn::movementEffect,
            CheckIn.Builder::movementEffect),
        bool(e, "stoppedSet", CheckIn::stoppedSet, CheckIn.Builder::stoppedSet),
        bool(
            e,
            "lostStrengthOrControl",
            CheckIn::lostStrengthOrControl,
            CheckIn.Builder::lostStrengthOrControl),
        choice(e, "trend", Trend.class, CheckIn::trend, CheckIn.Builder::trend),
        whole(
            e,
            "painfulSessionsInARow",
            0,
            CheckIn.PAINFUL_SESSIONS_MAX,
            CheckIn::painfulSessionsInARow,
            CheckIn.Builder::painfulSessionsInARow),
        choices(
            e, "dailyLife", DailyLifeLimit.class, CheckIn::dailyLife, CheckIn.Builder::dailyLife),
        bool(e, "unsure", CheckIn::unsure, CheckIn.Builder::unsure),
        whole(h, "age", CheckIn.AGE_MIN, CheckIn.AGE_MAX, CheckIn::age, CheckIn.Builder::age),
        bool(em, "bladderChange", CheckIn::bladderChange, CheckIn.Builder::bladderChange),
        bool(em, "bowelChange", CheckIn::bowelChange, CheckIn.Builder::bowelChange),
        bool(em, "saddleNumbness", CheckIn::saddleNumbness, CheckIn.Builder::saddleNumbness),
        bool(
            em,
            "sexualDysfunction",
            CheckIn::sexualDysfunction,
            CheckIn.Builder::sexualDysfunction),
        bool(em, "seriousAccident", CheckIn::seriousAccident, CheckIn.Builder::seriousAccident),
        bool(em, "chestPain", CheckIn::chestPain, CheckIn.Builder::chestPain),
        bool(ill, "fever", CheckIn::fever, CheckIn.Builder::fever),
        bool(ill, "feelsVeryUnwell", CheckIn::feelsVeryUnwell, CheckIn.Builder::feelsVeryUnwell),
        bool(
            ill,
            "unexplainedWeightLoss",
            CheckIn::unexplainedWeightLoss,
            CheckIn.Builder::unexplainedWeightLoss),
        bool(h, "cancerHistory", CheckIn::cancerHistory, CheckIn.Builder::cancerHistory),
        bool(ill, "nightPain", CheckIn::nightPain, CheckIn.Builder::nightPain),
        bool(
            h,
            "osteoporosisOrSteroids",
            CheckIn::osteoporosisOrSteroids,
            CheckIn.Builder::osteoporosisOrSteroids),
        bool(h, "immunosuppressed", CheckIn::immunosuppressed, CheckIn.Builder::immunosuppressed),
        bool(ill, "deformityOrLump", CheckIn::deformityOrLump, CheckIn.Builder::deformityOrLump),
        bool(ill, "worseCoughSneeze", CheckIn::worseCoughSneeze, CheckIn.Builder::worseCoughSneeze),
        new Field(
            Group.TRAINING_CONTEXT,
            "context",
            false,
            (b, n, v) -> b.context(readContext(n, v)),
            c -> writeContext(c.context())));
  }

  /** The names of a group's fields, in spec order. */
  static List<String> names(Group group) {
    return FIELDS.stream().filter(f -> f.group() == group).map(Field::name).toList();
  }

  /** The names of a group's yes/no fields, in spec order. */
  static List<String> yesNoNames(Group group) {
    return FIELDS.stream().filter(f -> f.group() == group && f.yesNo()).map(Field::name).toList();
  }

  static CheckIn parse(Map<String, ?> json) {
    if (json == null) {
      throw new InvalidCheckInException("", "the check-in must be a JSON object");
    }
    for (String name : json.keySet()) {
      if (!NAMES.contains(name)) {
        throw new InvalidCheckInException(String.valueOf(name), "unknown field");
      }
    }
    if (json.get("painNow") == null) {
      throw new InvalidCheckInException("painNow", "is required");
    }
    CheckIn.Builder builder = CheckIn.builder(CheckIn.PAIN_MIN);
    for (Field field : FIELDS) {
      Object value = json.get(field.name());
      if (value != null) {
        field.read().apply(builder, field.name(), value);
      }
    }
    return builder.build();
  }

  static Map<String, Object> write(CheckIn checkIn) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Field field : FIELDS) {
      fields.put(field.name(), field.write().apply(checkIn));
    }
    return Collections.unmodifiableMap(fields);
  }

  private static Field bool(
      Group group, String name, Predicate<CheckIn> get, BiConsumer<CheckIn.Builder, Boolean> set) {
    return new Field(group, name, true, (b, n, v) -> set.accept(b, READ.bool(n, v)), get::test);
  }

  private static Field whole(
      Group group,
      String name,
      int min,
      int max,
      Function<CheckIn, Integer> get,
      BiConsumer<CheckIn.Builder, Integer> set) {
    return new Field(
        group, name, false, (b, n, v) -> set.accept(b, READ.whole(n, v, min, max)), get::apply);
  }

  private static <E extends Enum<E>> Field choice(
      Group group,
      String name,
      Class<E> type,
      Function<CheckIn, E> get,
      BiConsumer<CheckIn.Builder, E> set) {
    return new Field(
        group,
        name,
        false,
        (b, n, v) -> set.accept(b, READ.constant(n, v, type)),
        c -> {
          E value = get.apply(c);
          return value == null ? null : value.name();
        });
  }

  /** A set of constants, written as a list of names in declaration order. */
  private static <E extends Enum<E>> Field choices(
      Group group,
      String name,
      Class<E> type,
      Function<CheckIn, Set<E>> get,
      BiConsumer<CheckIn.Builder, List<E>> set) {
    return new Field(
        group,
        name,
        false,
        (b, n, v) -> set.accept(b, READ.constants(n, v, type)),
        c -> {
          List<String> names = new ArrayList<>();
          get.apply(c).forEach(value -> names.add(value.name()));
          return Collections.unmodifiableList(names);
        });
  }

  private static TrainingContext readContext(String name, Object value) {
    Map<String, Object> map =
        READ.object(name, value, Set.of(HINGE_WEEK_CHANGE_PCT, DAYS_SINCE_LAST_HINGE));
    Object pct = map.get(HINGE_WEEK_CHANGE_PCT);
    Object days = map.get(DAYS_SINCE_LAST_HINGE);
    return new TrainingContext(
        pct == null ? null : READ.finite(StrictJson.path(name, HINGE_WEEK_CHANGE_PCT), pct),
        days == null
            ? null
            : READ.whole(StrictJson.path(name, DAYS_SINCE_LAST_HINGE), days, 0, Integer.MAX_VALUE));
  }

  private static Map<String, Object> writeContext(TrainingContext context) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(HINGE_WEEK_CHANGE_PCT, context.hingeWeekChangePct());
    fields.put(DAYS_SINCE_LAST_HINGE, context.daysSinceLastHinge());
    return Collections.unmodifiableMap(fields);
  }
}
