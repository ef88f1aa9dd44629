package dev.backload.core.planning;

import java.util.Objects;

/**
 * One part of the warm-up before the first set (planner.md 2, version 2).
 *
 * @param name what to do, such as "Trunk activation"
 * @param dose how much, in words
 * @param reason why it is there, in one line
 */
public record WarmUpStep(String name, String dose, String reason) {
  public WarmUpStep {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(reason, "reason");
  }
}
