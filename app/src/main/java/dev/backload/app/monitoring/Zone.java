package dev.backload.app.monitoring;

import java.util.Locale;

/**
 * The pain-monitoring zone of one deadlift-family session (planner.md section 1), or {@link
 * #PENDING} while an answer it needs is missing.
 */
public enum Zone {
  GREEN,
  AMBER,
  RED,
  PENDING;

  /** The zone as the API and the pages write it: {@code green}, {@code amber}, {@code red}, {@code pending}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
