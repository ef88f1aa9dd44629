package dev.backload.core.triage;

/** What warming up or moving does to the pain (check-in field {@code movementEffect}). */
public enum MovementEffect {
  EASES,
  NO_CHANGE,
  WORSENS
}
