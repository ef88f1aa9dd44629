package dev.backload.core.triage;

import dev.backload.core.json.StrictJson;
import dev.backload.core.triage.CheckIn.TrainingContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

  private static final StrictJson READ = new StrictJson(InvalidCheckInException::new);

  private static final Map<String, Field> FIELDS = fields();

  private CheckInFields() {}

  private static Map<String, Field> fields() {
    int painMin = CheckIn.PAIN_MIN;
    int painMax = CheckIn.PAIN_MAX;
    Map<String, Field> f = new LinkedHashMap<>();
    f.put("painNow", (b, n, v) -> b.painNow(READ.whole(n, v, painMin, painMax)));
    f.put("painPeak", (b, n, v) -> b.painPeak(READ.whole(n, v, painMin, painMax)));
    f.put("painDuringSession", (b, n, v) -> b.painDuringSession(READ.whole(n, v, painMin, painMax)));
    f.put(
        "daysSinceOnset",
        (b, n, v) -> b.daysSinceOnset(READ.whole(n, v, 0, CheckIn.DAYS_SINCE_ONSET_MAX)));
    f.put("onset", (b, n, v) -> b.onset(READ.constant(n, v, Onset.class)));
    f.put("quality", (b, n, v) -> b.quality(READ.constants(n, v, PainQuality.class)));
    f.put("location", (b, n, v) -> b.location(READ.constant(n, v, PainLocation.class)));
    f.put("leg", (b, n, v) -> b.leg(READ.constant(n, v, LegSymptoms.class)));
    f.put("legNumbness", (b, n, v) -> b.legNumbness(READ.bool(n, v)));
    f.put("legWeakness", (b, n, v) -> b.legWeakness(READ.constant(n, v, LegWeakness.class)));
    f.put("weaknessProgressing", (b, n, v) -> b.weaknessProgressing(READ.bool(n, v)));
    f.put("movementEffect", (b, n, v) -> b.movementEffect(READ.constant(n, v, MovementEffect.class)));
    f.put("stoppedSet", (b, n, v) -> b.stoppedSet(READ.bool(n, v)));
    f.put("lostStrengthOrControl", (b, n, v) -> b.lostStrengthOrControl(READ.bool(n, v)));
    f.put("trend", (b, n, v) -> b.trend(READ.constant(n, v, Trend.class)));
    f.put(
        "painfulSessionsInARow",
        (b, n, v) -> b.painfulSessionsInARow(READ.whole(n, v, 0, CheckIn.PAINFUL_SESSIONS_MAX)));
    f.put("dailyLife", (b, n, v) -> b.dailyLife(READ.constants(n, v, DailyLifeLimit.class)));
    f.put("unsure", (b, n, v) -> b.unsure(READ.bool(n, v)));
    f.put("age", (b, n, v) -> b.age(READ.whole(n, v, CheckIn.AGE_MIN, CheckIn.AGE_MAX)));
    f.put("bladderChange", (b, n, v) -> b.bladderChange(READ.bool(n, v)));
    f.put("bowelChange", (b, n, v) -> b.bowelChange(READ.bool(n, v)));
    f.put("saddleNumbness", (b, n, v) -> b.saddleNumbness(READ.bool(n, v)));
    f.put("sexualDysfunction", (b, n, v) -> b.sexualDysfunction(READ.bool(n, v)));
    f.put("seriousAccident", (b, n, v) -> b.seriousAccident(READ.bool(n, v)));
    f.put("chestPain", (b, n, v) -> b.chestPain(READ.bool(n, v)));
    f.put("fever", (b, n, v) -> b.fever(READ.bool(n, v)));
    f.put("feelsVeryUnwell", (b, n, v) -> b.feelsVeryUnwell(READ.bool(n, v)));
    f.put("unexplainedWeightLoss", (b, n, v) -> b.unexplainedWeightLoss(READ.bool(n, v)));
    f.put("cancerHistory", (b, n, v) -> b.cancerHistory(READ.bool(n, v)));
    f.put("nightPain", (b, n, v) -> b.nightPain(READ.bool(n, v)));
    f.put("osteoporosisOrSteroids", (b, n, v) -> b.osteoporosisOrSteroids(READ.bool(n, v)));
    f.put("immunosuppressed", (b, n, v) -> b.immunosuppressed(READ.bool(n, v)));
    f.put("deformityOrLump", (b, n, v) -> b.deformityOrLump(READ.bool(n, v)));
    f.put("worseCoughSneeze", (b, n, v) -> b.worseCoughSneeze(READ.bool(n, v)));
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

  private static TrainingContext context(String name, Object value) {
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
}
