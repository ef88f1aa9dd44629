package dev.backload.core.analytics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A descriptive prompt about the log.
 *
 * @param type what the flag points at
 * @param date the date it is anchored at; for a week's flag, the week's Monday
 * @param detail a short plain sentence with the numbers behind the flag
 */
public record Flag(FlagType type, LocalDate date, String detail) {
  public Flag {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(detail, "detail");
  }
}
