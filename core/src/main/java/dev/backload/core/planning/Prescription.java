package dev.backload.core.planning;

import dev.backload.core.log.HingeVariation;
import java.util.List;
import java.util.Objects;

/**
 * The next session, concretely (planner.md section 2).
 *
 * @param exercise the exercise name, such as "Block pull" or "Dowel hip hinge"
 * @param variation the hinge variation the log would give the exercise, or {@code null} for the
 *     unloaded drill; always consistent with {@code exercise}
 * @param loadKg the load in kilograms, rounded to the loadable increment, never below the empty bar
 *     unless 0 (the app shows it in the person's unit)
 * @param sets working sets
 * @param reps reps per set
 * @param tempo how to move the bar, in words
 * @param range where the pull starts (block height) and how far it travels
 * @param rpeCap the highest RPE to reach, or {@code null} for none
 * @param accessories the accessory block (trunk endurance; mobility only where the screen points to
 *     it, with the weak-evidence caveat); immutable
 * @param monitoring what to record during and after, and the zones
 * @param adjustments section 3's adjustments applied, in its order, each with its reason; immutable
 * @param reasons why this session, one line each; immutable
 * @param warmUp the warm-up before the first set, with ramp-up sets to the working load (version
 *     2); a prescription stored before version 2 reads back with an empty one
 * @param checklist the technique checklist to look at before the first working set (version 2);
 *     immutable, empty in a prescription stored before version 2
 */
public record Prescription(
    String exercise,
    HingeVariation variation,
    double loadKg,
    int sets,
    int reps,
    String tempo,
    Range range,
    Double rpeCap,
    List<Accessory> accessories,
    MonitoringInstructions monitoring,
    List<Adjustment> adjustments,
    List<String> reasons,
    WarmUp warmUp,
    List<String> checklist) {

  public Prescription {
    new Dose(exercise, range, loadKg, sets, reps); // validates
    if (variation != HingeVariation.of(exercise).orElse(null)) {
      throw new IllegalArgumentException(
          "variation " + variation + " does not match exercise '" + exercise + "'");
    }
    Objects.requireNonNull(tempo, "tempo");
    accessories = List.copyOf(accessories);
    Objects.requireNonNull(monitoring, "monitoring");
    adjustments = List.copyOf(adjustments);
    reasons = List.copyOf(reasons);
    warmUp = warmUp == null ? new WarmUp(List.of(), List.of()) : warmUp;
    checklist = checklist == null ? List.of() : List.copyOf(checklist);
  }

  /**
   * A prescription of a dose with the standard monitoring instructions, the warm-up (ramp-up loads
   * rounded to {@code incrementKg}) and the technique checklist.
   */
  public static Prescription of(
      Dose dose,
      double incrementKg,
      String tempo,
      Double rpeCap,
      List<Accessory> accessories,
      List<Adjustment> adjustments,
      List<String> reasons) {
    return new Prescription(
        dose.exercise(),
        dose.variation(),
        dose.loadKg(),
        dose.sets(),
        dose.reps(),
        tempo,
        dose.range(),
        rpeCap,
        accessories,
        MonitoringInstructions.STANDARD,
        adjustments,
        reasons,
        WarmUp.forDose(dose, incrementKg),
        TechniqueChecklist.ITEMS);
  }

  /** The exercise, range, load and volume. */
  public Dose dose() {
    return new Dose(exercise, range, loadKg, sets, reps);
  }
}
