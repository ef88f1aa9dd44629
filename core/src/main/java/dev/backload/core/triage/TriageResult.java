package dev.backload.core.triage;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of triaging one check-in (triage.md section 2).
 *
 * @param rulebookVersion the version of the rulebook applied, {@value
 *     TriageEngine#RULEBOOK_VERSION}
 * @param disposition the highest level among the findings, {@link Disposition#TRAIN} when there are
 *     none
 * @param findings every rule that matched, highest level first and, within a level, in rule-id
 *     order (E1..E9, U1..U9, P1..P12, M1..M10); immutable
 * @param actions plain next steps for the disposition (triage.md section 4); immutable
 * @param safetyNet what the emergency symptoms are and what to do if they appear; present on every
 *     result
 */
public record TriageResult(
    String rulebookVersion,
    Disposition disposition,
    List<Finding> findings,
    List<String> actions,
    String safetyNet) {

  public TriageResult {
    Objects.requireNonNull(rulebookVersion, "rulebookVersion");
    Objects.requireNonNull(disposition, "disposition");
    findings = List.copyOf(findings);
    actions = List.copyOf(actions);
    Objects.requireNonNull(safetyNet, "safetyNet");
  }
}
