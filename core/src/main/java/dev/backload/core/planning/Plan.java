package dev.backload.core.planning;

import dev.backload.core.triage.TriageResult;
import java.util.List;
import java.util.Objects;

/**
 * The planner's answer.
 *
 * @param mode which plan (planner.md section 0)
 * @param stage the stage of the staged return; {@link Stage#SCREEN} in stop mode; {@code null} in
 *     adjusted and as-planned modes
 * @param stageProgress what moves the lifter on and how far along that is; {@code null} when {@code
 *     stage} is
 * @param zoneHistory every monitored session up to today with its zone, in date order
 * @param prescription the next session; {@code null} in stop mode, and in as-planned mode when the
 *     log has no deadlift-family session to refer to
 * @param attribution what may have contributed to the current episode, ranked ({@link
 *     LimiterAttribution}); empty without an open episode or when nothing holds
 * @param attributionSummary one sentence over the attribution: {@link
 *     LimiterAttribution#NO_CLEAR_DRIVER} when it is empty in an open episode; {@code null} without
 *     an open episode
 * @param recommendations other steps, such as booking an assessment
 * @param triage the result the plan follows: in a red-flag hold the holding check-in's, otherwise
 *     the latest check-in's of the open episode (or the latest check-in's in stop mode); {@code
 *     null} when there is none
 * @param hold the red-flag hold (planner.md 0a), or {@code null} when none is on; when present the
 *     mode is {@link Mode#STOP} and there is no prescription
 * @param limits the limits in words of the latest assessment when it cleared with limits, shown
 *     with every prescription; {@code null} otherwise
 */
public record Plan(
    Mode mode,
    Stage stage,
    StageProgress stageProgress,
    List<ZonedSession> zoneHistory,
    Prescription prescription,
    List<Attribution> attribution,
    String attributionSummary,
    List<Recommendation> recommendations,
    TriageResult triage,
    RedFlagHold hold,
    String limits) {

  public Plan {
    Objects.requireNonNull(mode, "mode");
    if (hold != null && (mode != Mode.STOP || prescription != null)) {
      throw new IllegalArgumentException("a red-flag hold is stop mode without a prescription");
    }
    zoneHistory = List.copyOf(zoneHistory);
    attribution = List.copyOf(attribution);
    recommendations = List.copyOf(recommendations);
  }

  /** Whether a recommendation of this kind is present. */
  public boolean recommends(RecommendationKind kind) {
    return recommendations.stream().anyMatch(r -> r.kind() == kind);
  }
}
