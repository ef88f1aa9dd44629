package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One factor the data supports as having possibly contributed to a pain episode. Never a cause.
 *
 * @param factor the factor
 * @param evidence one sentence from the person's own data (dates, numbers), worded as something
 *     that came before the pain and may have contributed
 * @param evidenceDate the latest date of that evidence (on or before the onset), or {@code null}
 *     when it is undated (the screen, a pattern across episodes)
 */
public record Attribution(LimiterFactor factor, String evidence, LocalDate evidenceDate) {
  public Attribution {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(evidence, "evidence");
  }
}
