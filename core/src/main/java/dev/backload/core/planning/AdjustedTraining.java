package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.ADJUSTED_RPE_CAP;
import static dev.backload.core.planning.PlannerThresholds.ADJUSTED_STEP;
import static dev.backload.core.planning.PlannerThresholds.EMPTY_BAR_KG;
import static dev.backload.core.planning.PlannerThresholds.FALLBACK_REPS;
import static dev.backload.core.planning.PlannerThresholds.FALLBACK_SETS;
import static dev.backload.core.planning.PlannerThresholds.RDL_FROM_OTHER_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.REDUCE_LOAD_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.REDUCE_SETS_FRACTION;

import dev.backload.core.log.HingeVariation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Adjusted training (planner.md section 3).
 *
 * <p>The base is the previous working dose: the top set of the last deadlift date before the break,
 * or else before the adjusted track began. The first session reduces it: the re-entry fraction
 * after a break; 15% less load for symptoms; a third fewer sets for a spike (15% less load when
 * there is a single working set). Later sessions follow the monitoring: green adds about 7.5% up to
 * the base load (after a break, up to the day's re-entry share of it), amber repeats, red goes
 * back.
 *
 * <p>The adjustments follow section 3's order of preference as a ladder: the first session uses the
 * reduction only (level 1), and each red session of the track adds the next one: a limited range
 * (2), a slow tempo (3), a switch of variation, to the trap bar when the lifter has logged one and
 * to RDLs from the top otherwise (4; a lifter whose lift already is the RDL keeps it). The
 * trunk-endurance block is always there, mobility only where the screen points to it.
 *
 * <p>Two red sessions in a row of any deadlift-family lift never reach this class: they move the
 * lifter into the staged return ({@link EpisodeReplay} after a MODIFY result, {@link AdjustedReds}
 * after a spike or a break).
 */
final class AdjustedTraining {
  private static final int TOP_LEVEL = 4;

  private AdjustedTraining() {}

  static Prescription prescribe(PlanContext ctx, Triggers triggers) {
    Optional<WorkingDose> top =
        (triggers.breakInfo() != null
                ? Optional.of(triggers.breakInfo().previousDate())
                : ctx.log().lastBefore(triggers.trackStart()))
            .flatMap(ctx.log()::top);
    Dose base =
        top.map(WorkingDose::toDose)
            .orElse(
                new Dose(
                    Lifts.name(HingeVariation.CONVENTIONAL),
                    Range.FLOOR,
                    EMPTY_BAR_KG,
                    FALLBACK_SETS,
                    FALLBACK_REPS));
    Set<HingeVariation> lifts = lifts(base.variation(), ctx.hasTrapBar());
    List<ZonedSession> track =
        ctx.zones().stream()
            .filter(s -> !s.date().isBefore(triggers.trackStart()))
            .filter(s -> lifts.contains(s.session().variation()))
            .toList();
    int level =
        (int) Math.min(TOP_LEVEL, 1 + track.stream().filter(s -> s.zone() == Zone.RED).count());
    double share =
        triggers.breakInfo() == null
            ? 1
            : Reentry.fractionOn(
                triggers.breakInfo().gapDays(), triggers.breakInfo().returnDate(), ctx.today());
    boolean cutSets = triggers.spike() != null && base.sets() >= 2;

    List<String> reasons = new ArrayList<>();
    if (track.isEmpty()) {
      reasons.add(
          top.map(t -> "Your top set of " + t.date() + ", made easier as listed.")
              .orElse("No deadlifts are logged before this, so start with the empty bar."));
    }
    Dose dose =
        Tracks.next(
            track,
            entry(base, triggers, share, cutSets),
            green -> {
              reasons.add(
                  "Your session on "
                      + green.date()
                      + " was green: about "
                      + StagedReturn.percent(ADJUSTED_STEP)
                      + " more weight, up to your previous"
                      + " working weight.");
              return green
                  .dose()
                  .withLoadKg(
                      Loads.stepUp(green.dose().loadKg(), ADJUSTED_STEP, ctx.incrementKg()));
            },
            ctx.incrementKg(),
            reasons);
    HingeVariation switchTo = switchTo(base.variation(), ctx.hasTrapBar());
    dose = atLevel(dose, level, base.variation(), switchTo);
    double ceiling = base.loadKg() * share;
    if (dose.variation() == HingeVariation.ROMANIAN
        && base.variation() != HingeVariation.ROMANIAN) {
      ceiling *= RDL_FROM_OTHER_FRACTION;
    }
    dose =
        dose.withLoadKg(
            Math.min(ctx.round(dose.loadKg()), Loads.roundDown(ceiling, ctx.incrementKg())));
    if (cutSets) {
      dose = dose.withSets(Math.min(dose.sets(), cutSets(base)));
    }
    if (level > 1) {
      reasons.add(
          (level - 1)
              + " session(s) since these adjustments began went red, so the next"
              + " adjustment on the list is added.");
    }
    return Prescription.of(
        dose,
        ctx.incrementKg(),
        level >= 3
            ? "lower over 3 seconds and pause 2 seconds just below the knee"
            : "steady and controlled",
        ADJUSTED_RPE_CAP,
        Accessories.trunkAndMobility(ctx.screen()),
        adjustments(
            triggers, level, cutSets, switchTo == base.variation() ? null : switchTo, ctx.screen()),
        reasons);
  }

  /**
   * The lifts the ladder can prescribe for a base variation: the base itself, its limited-range
   * lift and the switch. Only sessions of these lifts make the adjusted track; other deadlift
   * sessions (an accessory RDL day, say) stay in the zone history and the weekly trend.
   */
  static Set<HingeVariation> lifts(HingeVariation base, boolean hasTrapBar) {
    return EnumSet.of(
        base,
        limitedRange(new Dose(Lifts.name(base), Range.FLOOR, 0, 1, 1), base).variation(),
        switchTo(base, hasTrapBar));
  }

  /** The variation the ladder's top switches to: the trap bar when logged, otherwise the RDL. */
  private static HingeVariation switchTo(HingeVariation base, boolean hasTrapBar) {
    return hasTrapBar && base != HingeVariation.TRAP_BAR
        ? HingeVariation.TRAP_BAR
        : HingeVariation.ROMANIAN;
  }

  /** The dose in the base variation's limited range: high handles, RDL depth, or blocks. */
  private static Dose limitedRange(Dose dose, HingeVariation base) {
    return switch (base) {
      case TRAP_BAR -> dose.withExercise(Lifts.TRAP_BAR, Range.HIGH_HANDLES);
      case ROMANIAN -> dose.withExercise(Lifts.RDL, Range.FROM_THE_TOP);
      default ->
          dose.withExercise(
              Lifts.forRange(Lifts.floorVariation(base), Range.BELOW_KNEE_BLOCKS),
              Range.BELOW_KNEE_BLOCKS);
    };
  }

  /** The first adjusted session: the base reduced by every trigger. */
  private static Dose entry(Dose base, Triggers triggers, double share, boolean cutSets) {
    double fraction = share;
    if (triggers.symptomsSince() != null || (triggers.spike() != null && !cutSets)) {
      fraction = Math.min(fraction, 1 - REDUCE_LOAD_FRACTION);
    }
    Dose dose = base;
    if (cutSets) {
      dose = dose.withSets(cutSets(base));
    }
    return dose.withLoadKg(base.loadKg() * fraction);
  }

  /** About a third fewer sets than the base, at least 1. */
  private static int cutSets(Dose base) {
    return (int) Math.max(1, Math.round(base.sets() * (1 - REDUCE_SETS_FRACTION)));
  }

  /** The dose with the range, exercise and load of the ladder's level. */
  private static Dose atLevel(
      Dose dose, int level, HingeVariation baseVariation, HingeVariation switchTo) {
    if (level >= TOP_LEVEL) {
      Range range = switchTo == HingeVariation.TRAP_BAR ? Range.HIGH_HANDLES : Range.FROM_THE_TOP;
      double load =
          switchTo == HingeVariation.ROMANIAN && dose.variation() != HingeVariation.ROMANIAN
              ? dose.loadKg() * RDL_FROM_OTHER_FRACTION
              : dose.loadKg();
      return dose.withExercise(Lifts.name(switchTo), range).withLoadKg(load);
    }
    if (level >= 2) {
      return limitedRange(dose, baseVariation);
    }
    return dose;
  }

  private static List<Adjustment> adjustments(
      Triggers triggers, int level, boolean cutSets, HingeVariation switchTo, Screen screen) {
    List<Adjustment> result = new ArrayList<>();
    Triggers.Break pause = triggers.breakInfo();
    if (pause != null) {
      String first = StagedReturn.percent(Reentry.fraction(pause.gapDays()));
      result.add(
          new Adjustment(
              AdjustmentKind.REDUCE_LOAD,
              Reentry.rebuildDays(pause.gapDays()) == 0
                  ? "After "
                      + pause.gapDays()
                      + " days without deadlifts, the first session back is"
                      + " at about "
                      + first
                      + " of your previous working weight."
                  : "After "
                      + pause.gapDays()
                      + " days without deadlifts, start at about "
                      + first
                      + " of your previous working weight and build back to it over "
                      + Reentry.rebuildDays(pause.gapDays()) / 7
                      + " weeks."));
    }
    if (triggers.symptomsSince() != null) {
      result.add(
          new Adjustment(
              AdjustmentKind.REDUCE_LOAD,
              "Less weight than before the pain (about "
                  + StagedReturn.percent(REDUCE_LOAD_FRACTION)
                  + " less to start), to stay within what your back tolerates right now."));
    }
    if (triggers.spike() != null) {
      String volume =
          String.format(
              Locale.ROOT,
              "your deadlift volume in the week of %s was %.0f%% above the week before",
              triggers.spike().weekStart(),
              triggers.spike().changePct());
      result.add(
          cutSets
              ? new Adjustment(
                  AdjustmentKind.REDUCE_SETS, "About a third fewer sets: " + volume + ".")
              : new Adjustment(
                  AdjustmentKind.REDUCE_LOAD,
                  "About "
                      + StagedReturn.percent(REDUCE_LOAD_FRACTION)
                      + " less weight: "
                      + volume
                      + ", and a single working set leaves no set to cut."));
    }
    if (level >= 2) {
      result.add(
          new Adjustment(
              AdjustmentKind.LIMIT_RANGE,
              "A shorter pull, from at or just below the knee, skips the bottom of the lift, where"
                  + " the low back works hardest."));
    }
    if (level >= 3) {
      result.add(
          new Adjustment(
              AdjustmentKind.SLOW_TEMPO,
              "A 3-second lowering with a pause below the knee, at this lighter weight, builds"
                  + " control of the position."));
    }
    if (level >= TOP_LEVEL && switchTo != null) {
      result.add(
          new Adjustment(
              AdjustmentKind.SWITCH_VARIATION,
              switchTo == HingeVariation.TRAP_BAR
                  ? "The trap bar for a while: it asks less of the low back than a straight bar"
                      + " (Swinton 2011)."
                  : "RDLs from the top for a while: you start standing, choose how far to go, and"
                      + " the weight stays light."));
    }
    result.add(
        new Adjustment(
            AdjustmentKind.TRUNK_ENDURANCE,
            "The trunk-endurance block builds the staying power that helps you hold your position"
                + " over many reps."));
    if (screen.pointsToMobility()) {
      result.add(
          new Adjustment(
              AdjustmentKind.MOBILITY,
              "Mobility work for what your screen showed; the evidence that it helps back pain is"
                  + " weak, so treat it as a trial."));
    }
    return result;
  }
}
