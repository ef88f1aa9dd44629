package dev.backload.core.importing;

/**
 * The app that wrote a training-log export (import-formats.md sections 1 to 3), or Backload's own
 * CSV export ({@link BackloadCsv}).
 */
public enum ExportFormat {
  /** Strong (iOS / Android), seven header variants. */
  STRONG("Strong"),
  /** Hevy, {@code weight_kg} or {@code weight_lbs} accounts, also re-saved with {@code ;}. */
  HEVY("Hevy"),
  /** FitNotes (Android), three header variants. */
  FITNOTES("FitNotes"),
  /** Backload's own CSV export, one variant ({@link BackloadCsv}). */
  BACKLOAD("Backload");

  private final String displayName;

  ExportFormat(String displayName) {
    this.displayName = displayName;
  }

  /** The app's name as users know it, e.g. {@code "FitNotes"}. */
  public String displayName() {
    return displayName;
  }
}
