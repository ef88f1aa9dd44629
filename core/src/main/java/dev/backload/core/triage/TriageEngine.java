package dev.backload.core.triage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Applies the triage rulebook (triage.md, version {@value #RULEBOOK_VERSION}) to one check-in. Pure
 * and stateless: the same check-in always gives an equal result, and it is safe to call from any
 * number of threads.
 */
public final class TriageEngine {

  /** The version of the rulebook this engine implements. */
  public static final String RULEBOOK_VERSION = "1";

  /** Highest level first; within a level, by rule number (E1..E9, U1..U9, P1..P12, M1..M10). */
  private static final Comparator<Rule> ORDER =
      Comparator.comparing(Rule::level).reversed().thenComparingInt(Rule::number);

  private TriageEngine() {}

  /**
   * Triage one check-in.
   *
   * @param checkIn the check-in
   * @return every matching rule as a finding (highest level first), the disposition (the highest
   *     level among them, {@link Disposition#TRAIN} when none match), the next steps for it and the
   *     safety net
   */
  public static TriageResult assess(CheckIn checkIn) {
    Objects.requireNonNull(checkIn, "checkIn");
    List<Finding> findings =
        Arrays.stream(Rule.values())
            .filter(rule -> rule.matches(checkIn))
            .sorted(ORDER)
            .map(Rule::finding)
            .toList();
    Disposition disposition =
        findings.stream()
            .map(Finding::level)
            .max(Comparator.naturalOrder())
            .orElse(Disposition.TRAIN);
    return new TriageResult(
        RULEBOOK_VERSION,
        disposition,
        findings,
        Advice.actions(disposition, checkIn),
        Advice.SAFETY_NET);
  }
}
