package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One pain episode, as the lifter's app defines it.
 *
 * @param onset the date the pain began
 * @param closedOn the date the episode was closed, or {@code null} while it is open
 */
public record Episode(LocalDate onset, LocalDate closedOn) {

  public Episode {
    Objects.requireNonNull(onset, "onset");
    if (closedOn != null && closedOn.isBefore(onset)) {
      throw new IllegalArgumentException("closedOn must not be before onset: " + closedOn);
    }
  }

  /** An open episode. */
  public static Episode open(LocalDate onset) {
    return new Episode(onset, null);
  }

  /** Whether the episode has begun and is not closed on {@code day}. */
  public boolean isOpenOn(LocalDate day) {
    return !onset.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
  }
}
