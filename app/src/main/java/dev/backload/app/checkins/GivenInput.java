package dev.backload.app.checkins;

import dev.backload.core.checkins.HealthProfile;
import dev.backload.core.checkins.HistoryFacts;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.CheckIn.TrainingContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check-in as the person gave it: which fields they answered, and the rule that what they give
 * always wins over what history says.
 *
 * <p>A field is given when it is present with a non-null value; inside {@code context} each of its
 * two members counts on its own. JSON {@code null} means "not given", as in the rulebook.
 *
 * @param checkIn the check-in with only the given fields (validated by {@link CheckIn#fromFields})
 * @param fields the given fields in canonical form and spec order (names as in triage.md)
 */
public record GivenInput(CheckIn checkIn, Map<String, Object> fields) {

  static final String PCT = "hingeWeekChangePct";
  static final String DAYS = "daysSinceLastHinge";

  public GivenInput {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /**
   * Reads and validates the given fields.
   *
   * @throws dev.backload.core.triage.InvalidCheckInException naming the first bad field, exactly as
   *     {@code POST /api/v1/triage} does
   */
  public static GivenInput parse(Map<String, ?> json) {
    CheckIn checkIn = CheckIn.fromFields(json);
    Map<String, Object> canonical = checkIn.toFields();
    Map<String, Object> given = new LinkedHashMap<>();
    for (var field : canonical.entrySet()) {
      Object raw = json.get(field.getKey());
      if (raw == null) {
        continue;
      }
      if (field.getKey().equals("context")) {
        Map<?, ?> rawContext = (Map<?, ?>) raw;
        Map<?, ?> context = (Map<?, ?>) field.getValue();
        Map<String, Object> givenContext = new LinkedHashMap<>();
        for (String member : List.of(PCT, DAYS)) {
          if (rawContext.get(member) != null) {
            givenContext.put(member, context.get(member));
          }
        }
        if (!givenContext.isEmpty()) {
          given.put("context", givenContext);
        }
      } else {
        given.put(field.getKey(), field.getValue());
      }
    }
    return new GivenInput(checkIn, given);
  }

  /**
   * Whether the person gave this field ({@code context.daysSinceLastHinge} for a context member).
   */
  public boolean gave(String field) {
    if (field.startsWith("context.")) {
      return fields.get("context") instanceof Map<?, ?> context
          && context.containsKey(field.substring("context.".length()));
    }
    return fields.containsKey(field);
  }

  /**
   * The check-in the rulebook is applied to: the given fields, and for each stateful or profile
   * field the person left out, what history knows.
   *
   * @param facts what history and the profile say
   * @param date the check-in's date (for the profile's age)
   */
  public Effective effective(HistoryFacts facts, LocalDate date) {
    CheckIn.Builder b = checkIn.toBuilder();
    List<String> derived = new ArrayList<>();
    if (!gave("painPeak") && facts.painPeak() != null) {
      b.painPeak(Math.max(facts.painPeak(), checkIn.painNow()));
      derived.add("painPeak");
    }
    if (!gave("daysSinceOnset") && facts.daysSinceOnset() != null) {
      b.daysSinceOnset(facts.daysSinceOnset());
      derived.add("daysSinceOnset");
    }
    if (!gave("trend") && facts.trend() != null) {
      b.trend(facts.trend());
      derived.add("trend");
    }
    if (!gave("painfulSessionsInARow") && facts.painfulSessionsInARow() != null) {
      b.painfulSessionsInARow(
          Math.min(CheckIn.PAINFUL_SESSIONS_MAX, facts.painfulSessionsInARow()));
      derived.add("painfulSessionsInARow");
    }
    HealthProfile profile = facts.profile();
    if (profile != null) {
      Integer age = profile.ageOn(date);
      if (!gave("age") && age != null) {
        b.age(age);
        derived.add("age");
      }
      if (!gave("cancerHistory")) {
        b.cancerHistory(profile.cancerHistory());
        derived.add("cancerHistory");
      }
      if (!gave("osteoporosisOrSteroids")) {
        b.osteoporosisOrSteroids(profile.osteoporosisOrSteroids());
        derived.add("osteoporosisOrSteroids");
      }
      if (!gave("immunosuppressed")) {
        b.immunosuppressed(profile.immunosuppressed());
        derived.add("immunosuppressed");
      }
    }
    TrainingContext context = checkIn.context();
    Double pct = context.hingeWeekChangePct();
    Integer days = context.daysSinceLastHinge();
    if (!gave("context." + PCT) && facts.hingeWeekChangePct() != null) {
      pct = facts.hingeWeekChangePct();
      derived.add("context." + PCT);
    }
    if (!gave("context." + DAYS) && facts.daysSinceLastHinge() != null) {
      days = facts.daysSinceLastHinge();
      derived.add("context." + DAYS);
    }
    b.context(new TrainingContext(pct, days));
    return new Effective(b.build(), derived);
  }

  /**
   * The check-in after derivation.
   *
   * @param checkIn what the rulebook is applied to
   * @param derived the names of the fields history filled in, in spec order ({@code
   *     context.hingeWeekChangePct} for a context member)
   */
  public record Effective(CheckIn checkIn, List<String> derived) {
    public Effective {
      derived = List.copyOf(derived);
    }
  }
}
