package dev.backload.core.triage;

/** How the pain has developed since it began (check-in field {@code trend}). */
public enum Trend {
  IMPROVING,
  SAME,
  WORSENING
}
