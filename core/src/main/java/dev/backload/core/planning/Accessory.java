package dev.backload.core.planning;

import java.util.Objects;

/**
 * One exercise of the accessory block.
 *
 * @param name the exercise, such as "Side plank"
 * @param dose how much, in words
 * @param reason why it is there, in one line
 * @param weakEvidence whether the evidence for it is weak (mobility work); the reason says so
 */
public record Accessory(String name, String dose, String reason, boolean weakEvidence) {
  public Accessory {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dose, "dose");
    Objects.requireNonNull(reason, "reason");
  }
}
