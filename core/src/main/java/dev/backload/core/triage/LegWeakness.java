package dev.backload.core.triage;

/** New weakness in the legs (check-in field {@code legWeakness}). */
public enum LegWeakness {
  /** No new weakness (the default). */
  NONE,
  /** New weakness in one leg. */
  ONE_LEG,
  /** New weakness in both legs. */
  BOTH_LEGS
}
