package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where the lifter stands within a stage.
 *
 * @param since the date the stage began
 * @param movesOnWhen what moves the lifter on, in one sentence
 * @param status how far along that is, in one sentence
 * @param targetKg the load the exit test asks for, in kilograms, or {@code null} when it has none
 */
public record StageProgress(LocalDate since, String movesOnWhen, String status, Double targetKg) {
  public StageProgress {
    Objects.requireNonNull(since, "since");
    Objects.requireNonNull(movesOnWhen, "movesOnWhen");
    Objects.requireNonNull(status, "status");
  }
}
