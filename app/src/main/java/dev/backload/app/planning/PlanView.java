package dev.backload.app.planning;

import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.Accessory;
import dev.backload.core.planning.AdjustmentKind;
import dev.backload.core.planning.LimiterFactor;
import dev.backload.core.planning.Mode;
import dev.backload.core.planning.MonitoredSession;
import dev.backload.core.planning.MonitoringInstructions;
import dev.backload.core.planning.Plan;
import dev.backload.core.planning.Prescription;
import dev.backload.core.planning.RampSet;
import dev.backload.core.planning.Range;
import dev.backload.core.planning.RecommendationKind;
import dev.backload.core.planning.RedFlagHold;
import dev.backload.core.planning.Stage;
import dev.backload.core.planning.StageProgress;
import dev.backload.core.planning.WarmUp;
import dev.backload.core.planning.WarmUpStep;
import dev.backload.core.planning.Zone;
import dev.backload.core.planning.ZonedSession;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.Finding;
import dev.backload.core.triage.TriageResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plan as {@code GET /api/v1/plan}, the plan page and {@code backload plan --json} show it: the
 * core's {@link Plan} with loads also in the person's unit and plain titles for the page.
 *
 * @param date the day the plan is for (today in the account's time zone)
 * @param mode which plan: {@code STOP}, {@code STAGED_RETURN}, {@code ADJUSTED} or {@code
 *     AS_PLANNED}
 * @param modeTitle the mode in a few plain words
 * @param stage the stage of the staged return (stage 0 in stop mode), or {@code null}
 * @param stageProgress what moves the lifter on and how far along that is, or {@code null}
 * @param prescription the next session, or {@code null} (stop mode, or nothing to refer to)
 * @param zoneHistory every monitored deadlift-family session with its zone, oldest first
 * @param attribution what may have contributed to the current pain episode, ranked
 * @param attributionSummary one sentence over the attribution; {@code null} without an episode
 * @param recommendations other steps, such as booking an assessment
 * @param triage the latest triage result of the current episode, or {@code null}
 * @param unit the unit loads are shown in, {@code kg} or {@code lb}
 * @param loadIncrementKg the smallest loadable step, in kilograms
 * @param loadIncrement the same step in {@code unit}
 * @param hold the red-flag hold (planner.md 0a) or {@code null}: when present the mode is {@code
 *     STOP}, there is no prescription and {@code triage} is the holding check-in's result
 * @param limits the limits of the latest assessment when it cleared with limits, shown with every
 *     session; {@code null} otherwise
 */
public record PlanView(
    LocalDate date,
    Mode mode,
    String modeTitle,
    StageView stage,
    ProgressView stageProgress,
    SessionView prescription,
    List<ZoneView> zoneHistory,
    List<AttributionView> attribution,
    String attributionSummary,
    List<RecommendationView> recommendations,
    TriageResult triage,
    String unit,
    double loadIncrementKg,
    BigDecimal loadIncrement,
    HoldView hold,
    String limits) {

  /**
   * The red-flag hold on the plan.
   *
   * @param since the date the hold began
   * @param checkInId the check-in that holds the plan (offline: its line in the check-ins file)
   * @param disposition that check-in's disposition, {@code URGENT} or {@code EMERGENCY}
   * @param rules the ids of its URGENT and EMERGENCY findings
   */
  public record HoldView(
      LocalDate since, long checkInId, Disposition disposition, List<String> rules) {}

  /**
   * A stage.
   *
   * @param number 0 to 4
   * @param name the stage's id, such as {@code REPATTERN}
   * @param title its short name, such as "Re-pattern"
   * @param content what it consists of
   */
  public record StageView(int number, Stage name, String title, String content) {}

  /**
   * Where the lifter stands in the stage.
   *
   * @param since the date the stage began
   * @param movesOnWhen what moves the lifter on
   * @param status how far along that is
   * @param targetKg the load the stage's exit asks for, in kilograms, or {@code null}
   * @param target the same load in the person's unit, or {@code null}
   */
  public record ProgressView(
      LocalDate since, String movesOnWhen, String status, Double targetKg, BigDecimal target) {}

  /**
   * The next session.
   *
   * @param exercise the exercise as the planner names it, such as "Trap bar deadlift"
   * @param variation its hinge variation, or {@code null} for the unloaded drill
   * @param loadKg the load in kilograms, rounded to the loadable increment
   * @param load the same load in the person's unit
   * @param sets working sets
   * @param reps reps per set
   * @param tempo how to move the bar
   * @param range where the pull starts ({@link Range} name)
   * @param rangeText the same in words, such as "from blocks at knee height"
   * @param rpeCap the highest RPE to reach, or {@code null}
   * @param accessories the accessory block
   * @param monitoring what to record around the session
   * @param adjustments the adjustments applied, each with its reason
   * @param reasons why this session, one line each
   * @param warmUp what to do before the first set, ramp-up sets to the working load included
   * @param checklist the technique checklist to look at before the first working set
   */
  public record SessionView(
      String exercise,
      HingeVariation variation,
      double loadKg,
      BigDecimal load,
      int sets,
      int reps,
      String tempo,
      Range range,
      String rangeText,
      Double rpeCap,
      List<Accessory> accessories,
      MonitoringInstructions monitoring,
      List<AdjustmentView> adjustments,
      List<String> reasons,
      WarmUpView warmUp,
      List<String> checklist) {

    /** The RPE cap for the page: {@code 6} or {@code 7.5}, empty for none. */
    public String rpeCapText() {
      return TrainingSet.formatRpe(rpeCap);
    }
  }

  /**
   * The warm-up before the first set.
   *
   * @param steps general warm-up, trunk activation and mobility, in order
   * @param rampSets lighter sets to the working load, lightest first; empty for the unloaded drill
   */
  public record WarmUpView(List<WarmUpStep> steps, List<RampSetView> rampSets) {}

  /**
   * One ramp-up set.
   *
   * @param loadKg the load in kilograms, rounded to the loadable increment like the working load
   * @param load the same load in the person's unit
   * @param reps reps of the set
   */
  public record RampSetView(double loadKg, BigDecimal load, int reps) {}

  /** An adjustment applied, with its reason. */
  public record AdjustmentView(AdjustmentKind kind, String reason) {}

  /**
   * A monitored session with its zone.
   *
   * @param date the session's date
   * @param workoutId the workout in the log, or {@code null} when not known (offline)
   * @param exercise what was lifted
   * @param variation its hinge variation
   * @param range where the pull started: as planned for a session started from the plan, else the
   *     variation's usual range
   * @param loadKg the load, kilograms
   * @param load the load in the person's unit
   * @param sets working sets
   * @param reps reps per set
   * @param baseline pain on the morning of the session, 0-10, or {@code null} when not answered
   *     (only a session whose pain during it was above 5, red without it, is in the plan then)
   * @param during worst pain during it, 0-10
   * @param nextMorning pain on waking the next day, or {@code null} while unanswered
   * @param zone {@code green}, {@code amber}, {@code red} or {@code pending}
   * @param why what put the session in its zone
   */
  public record ZoneView(
      LocalDate date,
      Long workoutId,
      String exercise,
      HingeVariation variation,
      Range range,
      double loadKg,
      BigDecimal load,
      int sets,
      int reps,
      Integer baseline,
      int during,
      Integer nextMorning,
      String zone,
      String why) {}

  /**
   * A factor that may have contributed, never a certain cause.
   *
   * @param factor the factor, such as {@code LOAD_SPIKE}
   * @param title the factor in a few plain words
   * @param evidence one sentence from the person's own data
   * @param evidenceDate the latest date of that evidence, or {@code null} when undated
   */
  public record AttributionView(
      LimiterFactor factor, String title, String evidence, LocalDate evidenceDate) {}

  /** A recommendation. */
  public record RecommendationView(RecommendationKind kind, String text) {}

  /**
   * Shows a plan.
   *
   * @param today the day the plan is for
   * @param plan the planner's answer
   * @param workoutIds the workout of each zone-history entry, in order, or {@code null} entries
   * @param unit the unit loads are shown in
   * @param incrementKg the loadable increment the plan used
   * @param checkInIds the id of each check-in the planner read, in its order ({@link
   *     dev.backload.core.planning.PlannerInput#checkIns()}), to name the holding one
   */
  public static PlanView of(
      LocalDate today,
      Plan plan,
      List<Long> workoutIds,
      WeightUnit unit,
      double incrementKg,
      List<Long> checkInIds) {
    Stage stage = plan.stage();
    StageProgress p = plan.stageProgress();
    List<ZoneView> zones = new ArrayList<>();
    for (int i = 0; i < plan.zoneHistory().size(); i++) {
      ZonedSession z = plan.zoneHistory().get(i);
      MonitoredSession s = z.session();
      zones.add(
          new ZoneView(
              z.date(),
              workoutIds != null && i < workoutIds.size() ? workoutIds.get(i) : null,
              s.dose().exercise(),
              s.variation(),
              s.dose().range(),
              s.dose().loadKg(),
              load(s.dose().loadKg(), unit),
              s.dose().sets(),
              s.dose().reps(),
              s.baseline(),
              s.during(),
              s.nextMorning(),
              zone(z.zone()),
              z.why()));
    }
    return new PlanView(
        today,
        plan.mode(),
        modeTitle(plan.mode()),
        stage == null ? null : new StageView(stage.number(), stage, stage.title(), stage.content()),
        p == null
            ? null
            : new ProgressView(
                p.since(),
                p.movesOnWhen(),
                p.status(),
                p.targetKg(),
                p.targetKg() == null ? null : load(p.targetKg(), unit)),
        session(plan.prescription(), unit),
        zones,
        plan.attribution().stream()
            .map(
                a ->
                    new AttributionView(
                        a.factor(), title(a.factor()), a.evidence(), a.evidenceDate()))
            .toList(),
        plan.attributionSummary(),
        plan.recommendations().stream()
            .map(r -> new RecommendationView(r.kind(), r.text()))
            .toList(),
        plan.triage(),
        unit.symbol(),
        incrementKg,
        load(incrementKg, unit),
        hold(plan.hold(), checkInIds),
        plan.limits());
  }

  private static HoldView hold(RedFlagHold hold, List<Long> checkInIds) {
    if (hold == null) {
      return null;
    }
    List<String> rules =
        hold.checkIn().triage().findings().stream()
            .filter(f -> f.level().isAtLeast(Disposition.URGENT))
            .map(Finding::rule)
            .toList();
    return new HoldView(
        hold.since(), checkInIds.get(hold.checkInIndex()), hold.checkIn().disposition(), rules);
  }

  private static SessionView session(Prescription p, WeightUnit unit) {
    if (p == null) {
      return null;
    }
    return new SessionView(
        p.exercise(),
        p.variation(),
        p.loadKg(),
        load(p.loadKg(), unit),
        p.sets(),
        p.reps(),
        p.tempo(),
        p.range(),
        p.range().text(),
        p.rpeCap(),
        p.accessories(),
        p.monitoring(),
        p.adjustments().stream().map(a -> new AdjustmentView(a.kind(), a.reason())).toList(),
        p.reasons(),
        warmUp(p.warmUp(), unit),
        p.checklist());
  }

  private static WarmUpView warmUp(WarmUp w, WeightUnit unit) {
    List<RampSetView> ramp = new ArrayList<>();
    for (RampSet r : w.rampSets()) {
      ramp.add(new RampSetView(r.loadKg(), load(r.loadKg(), unit), r.reps()));
    }
    return new WarmUpView(w.steps(), ramp);
  }

  /** A load in the person's unit, to two decimals at most (the kilograms are exact). */
  static BigDecimal load(double kg, WeightUnit unit) {
    BigDecimal value =
        BigDecimal.valueOf(unit.fromKg(kg)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** A zone as the API writes it: {@code green}, {@code amber}, {@code red}, {@code pending}. */
  static String zone(Zone zone) {
    return zone.name().toLowerCase(Locale.ROOT);
  }

  /** A mode in a few plain words. */
  static String modeTitle(Mode mode) {
    return switch (mode) {
      case STOP -> "Training stops for now";
      case STAGED_RETURN -> "Step-by-step return to deadlifts";
      case ADJUSTED -> "Training goes on, adjusted";
      case AS_PLANNED -> "Train as planned";
    };
  }

  /** A factor in a few plain words. */
  static String title(LimiterFactor factor) {
    return switch (factor) {
      case LOAD_SPIKE -> "A jump in deadlift load";
      case RETURN_AFTER_BREAK -> "Coming back after a break";
      case STACKED_SESSIONS -> "Hard sessions close together";
      case SESSION_FATIGUE -> "Fatigue late in a session";
      case RECOVERY -> "Short sleep or high stress";
      case MOBILITY -> "Mobility (weak evidence)";
      case BRACING_ENDURANCE -> "Trunk endurance";
      case TECHNIQUE -> "How the lift moved";
    };
  }

  /** Whether the page shows a session to follow. */
  public boolean hasSession() {
    return prescription != null;
  }

  /** Whether a red-flag hold is on. */
  public boolean held() {
    return hold != null;
  }

  /** Whether the plan stops training (emergency or urgent check-in). */
  public boolean stopped() {
    return mode == Mode.STOP;
  }

  /** Recommendations of one kind, for the page. */
  public List<RecommendationView> recommendationsOf(RecommendationKind kind) {
    return recommendations.stream().filter(r -> r.kind() == kind).toList();
  }
}
