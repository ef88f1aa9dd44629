package dev.backload.core.triage;

/** How the back pain feels (check-in field {@code quality}, a set). */
public enum PainQuality {
  DULL_ACHE,
  TIGHTNESS,
  SHARP,
  CATCHING,
  SHOOTING,
  BURNING
}
