package dev.backload.core.triage;

import dev.backload.core.triage.CheckIn.TrainingContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a check-in from a parsed JSON object ({@link CheckIn#fromFields}): one entry per field of
 * triage.md section 1, each with the JSON type and range it accepts.
 */
final class CheckInFields {

  /** Applies one present (non-null) JSON value to the builder, or throws naming the field. */
  @FunctionalInterface
  private interface Field {
    void apply(CheckIn.Builder builder, String name, Object value);
  }

  private static final String HINGE_WEEK_CHANGE_PCT = "hingeWeekChangePct";
  private static final String DAYS_SINCE_LAST_HINGE = "daysSinceLastHinge";

  private static final Map<String, Field> FIELDS = fields();

  private CheckInFields() {}

  private static Map<String, Field> fields() {
    int painMin = CheckIn.PAIN_MIN;
    int painMax = CheckIn.PAIN_MAX;
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("painNow", (b, n, v) -> b.painNow(whole(n, v, painMin, painMax)));
    f.put("painPeak", (b, n, v) -> b.painPeak(whole(n, v, painMin, painMax)));
    f.put("painDuringSession", (b, n, v) -> b.painDuringSession(whole(n, v, painMin, painMax)));
    f.put(
        "daysSinceOnset",
        (b, n, v) -> b.daysSinceOnset(whole(n, v, 0, CheckIn.DAYS_SINCE_ONSET_MAX)));
    f.put("onset", (b, n, v) -> b.onset(constant(n, v, Onset.class)));
    f.put("quality", (b, n, v) -> b.quality(constants(n, v, PainQuality.class)));
    f.put("location", (b, n, v) -> b.location(constant(n, v, PainLocation.class)));
    f.put("leg", (b, n, v) -> b.leg(constant(n, v, LegSymptoms.class)));
    f.put("legNumbness", (b, n, v) -> b.legNumbness(bool(n, v)));
    f.put("legWeakness", (b, n, v) -> b.legWeakness(constant(n, v, LegWeakness.class)));
    f.put("weaknessProgressing", (b, n, v) -> b.weaknessProgressing(bool(n, v)));
    f.put("movementEffect", (b, n, v) -> b.movementEffect(constant(n, v, MovementEffect.class)));
    f.put("stoppedSet", (b, n, v) -> b.stoppedSet(bool(n, v)));
    f.put("lostStrengthOrControl", (b, n, v) -> b.lostStrengthOrControl(bool(n, v)));
    f.put("trend", (b, n, v) -> b.trend(constant(n, v, Trend.class)));
    f.put(
        "painfulSessionsInARow",
        (b, n, v) -> b.painfulSessionsInARow(whole(n, v, 0, CheckIn.PAINFUL_SESSIONS_MAX)));
    f.put("dailyLife", (b, n, v) -> b.dailyLife(constants(n, v, DailyLifeLimit.class)));
    f.put("unsure", (b, n, v) -> b.unsure(bool(n, v)));
    f.put("age", (b, n, v) -> b.age(whole(n, v, CheckIn.AGE_MIN, CheckIn.AGE_MAX)));
    f.put("bladderChange", (b, n, v) -> b.bladderChange(bool(n, v)));
    f.put("bowelChange", (b, n, v) -> b.bowelChange(bool(n, v)));
    f.put("saddleNumbness", (b, n, v) -> b.saddleNumbness(bool(n, v)));
    f.put("sexualDysfunction", (b, n, v) -> b.sexualDysfunction(bool(n, v)));
    f.put("seriousAccident", (b, n, v) -> b.seriousAccident(bool(n, v)));
    f.put("chestPain", (b, n, v) -> b.chestPain(bool(n, v)));
    f.put("fever", (b, n, v) -> b.fever(bool(n, v)));
    f.put("feelsVeryUnwell", (b, n, v) -> b.feelsVeryUnwell(bool(n, v)));
    f.put("unexplainedWeightLoss", (b, n, v) -> b.unexplainedWeightLoss(bool(n, v)));
    f.put("cancerHistory", (b, n, v) -> b.cancerHistory(bool(n, v)));
    f.put("nightPain", (b, n, v) -> b.nightPain(bool(n, v)));
    f.put("osteoporosisOrSteroids", (b, n, v) -> b.osteoporosisOrSteroids(bool(n, v)));
    f.put("immunosuppressed", (b, n, v) -> b.immunosuppressed(bool(n, v)));
    f.put("deformityOrLump", (b, n, v) -> b.deformityOrLump(bool(n, v)));
    f.put("worseCoughSneeze", (b, n, v) -> b.worseCoughSneeze(bool(n, v)));
    f.put("context", (b, n, v) -> b.context(context(n, v)));
    return Collections.unmodifiableMap(f);
  }

  static CheckIn parse(Map<String, ?> json) {
    if (json == null) {
      throw new InvalidCheckInException("", "the check-in must be a JSON object");
    }
    for (String name : json.keySet()) {
      if (!FIELDS.containsKey(name)) {
        throw new InvalidCheckInException(String.valueOf(name), "unknown field");
      }
    }
    if (json.get("painNow") == null) {
      throw new InvalidCheckInException("painNow", "is required");
    }
    CheckIn.Builder builder = CheckIn.builder(CheckIn.PAIN_MIN);
    for (Map.Entry<String, Field> field : FIELDS.entrySet()) {
      Object value = json.get(field.getKey());
      if (value != null) {
        field.getValue().apply(builder, field.getKey(), value);
      }
    }
    return builder.build();
  }

  /** A JSON number with no fractional part ({@code 3.0} is 3), within {@code min..max}. */
  private static int whole(String name, Object value, int min, int max) {
    BigDecimal number = decimal(value);
    if (number == null) {
      throw new InvalidCheckInException(name, "must be a whole number");
    }
    BigInteger integer;
    try {
      integer = number.toBigIntegerExact();
    } catch (ArithmeticException fractional) {
      throw new InvalidCheckInException(name, "must be a whole number");
    }
    if (integer.compareTo(BigInteger.valueOf(min)) < 0
        || integer.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new InvalidCheckInException(name, CheckIn.rangeProblem(min, max));
    }
    return integer.intValueExact();
  }

  /** The exact decimal value of a finite JSON number, or {@code null} for anything else. */
  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return null;
  }

  private static boolean bool(String name, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw new InvalidCheckInException(name, "must be true or false");
  }

  private static <E extends Enum<E>> E constant(String name, Object value, Class<E> type) {
    if (value instanceof String s) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(s)) {
          return constant;
        }
      }
    }
    throw new InvalidCheckInException(name, "must be one of " + allowed(type));
  }

  private static <E extends Enum<E>> List<E> constants(String name, Object value, Class<E> type) {
    if (!(value instanceof List<?> list)) {
      throw new InvalidCheckInException(name, "must be an array of " + allowed(type));
    }
    List<E> constants = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      constants.add(constant(name + "[" + i + "]", list.get(i), type));
    }
    return constants;
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static TrainingContext context(String name, Object value) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new InvalidCheckInException(name, "must be an object");
    }
    for (Object key : map.keySet()) {
      if (!HINGE_WEEK_CHANGE_PCT.equals(key) && !DAYS_SINCE_LAST_HINGE.equals(key)) {
        throw new InvalidCheckInException(name + "." + key, "unknown field");
      }
    }
    Double pct = null;
    Object pctValue = map.get(HINGE_WEEK_CHANGE_PCT);
    if (pctValue != null) {
      String pctName = name + "." + HINGE_WEEK_CHANGE_PCT;
      if (!(pctValue instanceof Number number)) {
        throw new InvalidCheckInException(pctName, "must be a number");
      }
      pct = number.doubleValue();
      if (!Double.isFinite(pct)) {
        throw new InvalidCheckInException(pctName, "must be a finite number");
      }
    }
    Integer days = null;
    Object daysValue = map.get(DAYS_SINCE_LAST_HINGE);
    if (daysValue != null) {
      days = whole(name + "." + DAYS_SINCE_LAST_HINGE, daysValue, 0, Integer.MAX_VALUE);
    }
    return new TrainingContext(pct, days);
  }
}
