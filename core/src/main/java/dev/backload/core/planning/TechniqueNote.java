package dev.backload.core.planning;

/** What the person noticed about their technique when the pain began (planner.md 4, TECHNIQUE). */
public enum TechniqueNote {
  /** The bar drifted away from the legs. */
  BAR_DRIFTED_AWAY("the bar drifting away from you"),
  /** The back rounded. */
  BACK_ROUNDED("your back rounding");

  private final String text;

  TechniqueNote(String text) {
    this.text = text;
  }

  /** The note as a phrase, such as "your back rounding". */
  public String text() {
    return text;
  }
}
