package dev.backload.app.checkins;

import dev.backload.core.triage.TriageResult;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A check-in as stored for its owner.
 *
 * @param id database id
 * @param date the day the check-in is about, in the owner's time zone
 * @param episodeId the pain episode it belongs to, or {@code null} when it is pain-free outside an
 *     episode
 * @param input the fields the person gave, in canonical form
 * @param effectiveInput every field of the check-in the rulebook was applied to, derived ones
 *     included
 * @param derived the names of the fields filled in from history or the health profile
 * @param result the triage result
 * @param plannerContext the optional planner context given with it ({@link PlannerContext#NONE}
 *     when none was)
 */
public record StoredCheckIn(
    long id,
    LocalDate date,
    Long episodeId,
    Map<String, Object> input,
    Map<String, Object> effectiveInput,
    List<String> derived,
    TriageResult result,
    PlannerContext plannerContext) {

  public StoredCheckIn {
    plannerContext = plannerContext == null ? PlannerContext.NONE : plannerContext;
    input = Collections.unmodifiableMap(new LinkedHashMap<>(input));
    effectiveInput = Collections.unmodifiableMap(new LinkedHashMap<>(effectiveInput));
    derived = List.copyOf(derived);
  }

  /** The effective {@code painNow}. */
  public int painNow() {
    return ((Number) effectiveInput.get("painNow")).intValue();
  }
}
