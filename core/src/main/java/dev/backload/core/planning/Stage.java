package dev.backload.core.planning;

/** The stages of the return to lifting (planner.md section 2, heuristic, synthesised). */
public enum Stage {
  /** The triage questions; red flags end the plan and show the triage result. */
  SCREEN(0, "Screen", "the check-in questions; emergency or urgent signs end the plan here"),
  /** Easy movement, trunk work and the unloaded hip-hinge drill; no loaded deadlifts. */
  SETTLE(
      1,
      "Settle",
      "walking, easy positions, pelvic tilts, trunk exercises and the unloaded hip-hinge drill;"
          + " other training that leaves the back alone"),
  /** Reduced-demand hinges at a light load and a slow lowering. */
  REPATTERN(
      2,
      "Re-pattern",
      "light hinges that ask less of the back: trap bar with high handles or block pulls from"
          + " knee height, lowered over 3 seconds"),
  /** The blocks come down step by step to the floor; floor pulls rebuild toward the old load. */
  REBUILD_RANGE(
      3,
      "Rebuild range",
      "the blocks come down step by step to the floor, then floor pulls build back toward your"
          + " pre-flare weight"),
  /** The normal programme, monitored for 4 more weeks. */
  RETURN(4, "Return", "your normal programme, still logging how your back responds");

  private final int number;
  private final String title;
  private final String content;

  Stage(int number, String title, String content) {
    this.number = number;
    this.title = title;
    this.content = content;
  }

  /** The stage's number, 0 to 4. */
  public int number() {
    return number;
  }

  /** The stage's short name, such as "Re-pattern". */
  public String title() {
    return title;
  }

  /** What the stage consists of, in one plain phrase. */
  public String content() {
    return content;
  }

  /** The stage below, never below {@link #SETTLE} (dropping from stage 1 stays at stage 1). */
  Stage previous() {
    return number <= SETTLE.number ? SETTLE : values()[ordinal() - 1];
  }

  /** The stage above, never above {@link #RETURN}. */
  Stage next() {
    return this == RETURN ? RETURN : values()[ordinal() + 1];
  }
}
