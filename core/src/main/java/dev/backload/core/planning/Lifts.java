package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;

/** Exercise names the planner writes, each classified by the log as the intended variation. */
final class Lifts {
  static final String TRAP_BAR = "Trap bar deadlift";
  static final String RDL = "Romanian deadlift";
  static final String DOWEL_HINGE = "Dowel hip hinge";

  private Lifts() {}

  /** The plain name of a variation's lift. */
  static String name(HingeVariation variation) {
    return switch (variation) {
      case TRAP_BAR -> TRAP_BAR;
      case SUMO -> "Sumo deadlift";
      case ROMANIAN -> RDL;
      case STIFF_LEG -> "Stiff-leg deadlift";
      case DEFICIT -> "Deficit deadlift";
      case BLOCK_PULL -> "Block pull";
      case SNATCH_GRIP -> "Snatch-grip deadlift";
      case CONVENTIONAL -> "Deadlift";
    };
  }

  /**
   * The plain name of a variation's lift in a range: "Sumo block pull" for sumo from blocks, the
   * variation's {@link #name} otherwise (the range says the rest).
   */
  static String name(HingeVariation variation, Range range) {
    return variation == HingeVariation.SUMO && range.isBlocks()
        ? "Sumo block pull"
        : name(variation);
  }

  /** The floor variation a lifter returns to: sumo for sumo pullers, conventional otherwise. */
  static HingeVariation floorVariation(HingeVariation main) {
    return main == HingeVariation.SUMO ? HingeVariation.SUMO : HingeVariation.CONVENTIONAL;
  }

  /** The exercise for a floor variation in a range: a block pull on blocks, the lift otherwise. */
  static String forRange(HingeVariation floorVariation, Range range) {
    if (!range.isBlocks()) {
      return name(floorVariation);
    }
    return floorVariation == HingeVariation.SUMO ? "Sumo block pull" : "Block pull";
  }
}
