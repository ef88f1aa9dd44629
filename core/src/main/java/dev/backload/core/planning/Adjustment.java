package dev.backload.core.planning;

import java.util.Objects;

/**
 * One adjustment of planner.md section 3 applied to a prescription.
 *
 * @param kind which adjustment
 * @param reason why, in one line, in the person's terms
 */
public record Adjustment(AdjustmentKind kind, String reason) {
  public Adjustment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
