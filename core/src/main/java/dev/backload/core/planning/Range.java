package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where a pull starts and how far it travels. */
public enum Range {
  /** Block or rack pull from blocks at knee height (stage 2). */
  KNEE_BLOCKS("from blocks at knee height"),
  /** Block pull from blocks just below the knee (stage 3's first step, adjustment 2). */
  BELOW_KNEE_BLOCKS("from blocks just below the knee"),
  /** Block pull from blocks at mid-shin (stage 3's second step). */
  MID_SHIN_BLOCKS("from blocks at mid-shin"),
  /** Full range from the floor. */
  FLOOR("from the floor"),
  /** Trap bar pulled from the floor with the high handles. */
  HIGH_HANDLES("from the floor, high handles"),
  /** Romanian deadlift: from standing, lowering to just below the knee. */
  FROM_THE_TOP("from the top, lowering to just below the knee"),
  /** The unloaded drill: only as far as it stays comfortable. */
  COMFORTABLE(
      "only as far as your back stays at " + PlannerThresholds.GREEN_DURING_MAX + "/10 or less");

  private final String text;

  Range(String text) {
    this.text = text;
  }

  /** The range in words, such as "from blocks at knee height". */
  public String text() {
    return text;
  }

  /** Whether the bar starts on blocks. */
  public boolean isBlocks() {
    return this == KNEE_BLOCKS || this == BELOW_KNEE_BLOCKS || this == MID_SHIN_BLOCKS;
  }

  /** One block step lower: knee, below the knee, mid-shin, floor; other ranges stay as they are. */
  public Range lower() {
    return switch (this) {
      case KNEE_BLOCKS -> BELOW_KNEE_BLOCKS;
      case BELOW_KNEE_BLOCKS -> MID_SHIN_BLOCKS;
      case MID_SHIN_BLOCKS -> FLOOR;
      default -> this;
    };
  }

  /**
   * The range a variation is usually done with: block pulls from knee height, RDLs from the top,
   * everything else from the floor.
   */
  public static Range usual(HingeVariation variation) {
    if (variation == HingeVariation.BLOCK_PULL) {
      return KNEE_BLOCKS;
    }
    return variation == HingeVariation.ROMANIAN ? FROM_THE_TOP : FLOOR;
  }

  /** The words that make a logged pull a block or rack variant. */
  private static final Pattern BLOCK_WORD = Pattern.compile("\\b(block|blocks|rack|racks)\\b");

  /**
   * The range a logged set was pulled in. A block or rack variant of a lift the log classifies as
   * another variation (such as "Sumo block pull", which is sumo, or "Trap bar rack pull") is a
   * reduced-range pull from blocks; the log cannot say the height, so knee height, the usual block
   * pull height, is assumed. A deficit deadlift stands on a block and an RDL starts from the top,
   * so their usual range is kept. Anything else is in its variation's {@link #usual} range.
   *
   * @param exercise the exercise name as logged
   * @param variation the variation the log gives it
   */
  public static Range logged(String exercise, HingeVariation variation) {
    if (variation == HingeVariation.DEFICIT
        || variation == HingeVariation.ROMANIAN
        || !BLOCK_WORD.matcher(exercise.toLowerCase(Locale.ROOT)).find()) {
      return usual(variation);
    }
    return KNEE_BLOCKS;
  }
}
