package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.DRILL_REPS;
import static dev.backload.core.planning.PlannerThresholds.DRILL_SETS;
import static dev.backload.core.planning.PlannerThresholds.EMPTY_BAR_KG;
import static dev.backload.core.planning.PlannerThresholds.GREEN_DURING_MAX;
import static dev.backload.core.planning.PlannerThresholds.HIGH_REST_PAIN;
import static dev.backload.core.planning.PlannerThresholds.NO_PROGRESS_DAYS;
import static dev.backload.core.planning.PlannerThresholds.PRE_FLARE_WINDOW_DAYS;
import static dev.backload.core.planning.PlannerThresholds.REBUILD_EXIT_RPE_MAX;
import static dev.backload.core.planning.PlannerThresholds.REBUILD_REPS;
import static dev.backload.core.planning.PlannerThresholds.REBUILD_RPE_CAP;
import static dev.backload.core.planning.PlannerThresholds.REBUILD_SETS;
import static dev.backload.core.planning.PlannerThresholds.REBUILD_START_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.REBUILD_STEP;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_EXIT_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_EXIT_SESSIONS;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_REPS;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_RPE_CAP;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_SETS;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_START_FRACTION;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_START_FRACTION_HIGH_PAIN;
import static dev.backload.core.planning.PlannerThresholds.REPATTERN_STEP;
import static dev.backload.core.planning.PlannerThresholds.RETURN_MONITORING_DAYS;
import static dev.backload.core.planning.PlannerThresholds.RETURN_RPE_CAP;
import static dev.backload.core.planning.PlannerThresholds.RETURN_STEP;
import static dev.backload.core.planning.PlannerThresholds.RETURN_WEEKLY_RISE;
import static dev.backload.core.planning.PlannerThresholds.SETTLE_AGAIN_HINGE_ABOVE;
import static dev.backload.core.planning.PlannerThresholds.SETTLE_AGAIN_REST_PAIN;
import static dev.backload.core.planning.PlannerThresholds.SETTLE_ENTRY_PAIN_ABOVE;
import static dev.backload.core.planning.PlannerThresholds.SETTLE_EXIT_DAYS;
import static dev.backload.core.planning.PlannerThresholds.SETTLE_EXIT_PAIN_MAX;
import static dev.backload.core.planning.PlannerThresholds.STABLE_DAYS;

import dev.backload.core.log.HingeVariation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The staged return of planner.md section 2, replayed event by event: check-ins move stage 1 on,
 * sessions move stages 2 and 3 on, and two red sessions in a row drop one stage. In stages 2 to 4 a
 * check-in with hinge-test pain above 3 or pain at rest of 5 or more goes back to stage 1 (version
 * 2). Mutable while the episode is replayed, then read once; package-private.
 *
 * <p>Each stage is a track: the sessions of its own lifts only, starting from the stage's entry
 * dose; the track decides progress, repeat and going back. Two reds in a row are counted over every
 * deadlift-family session of the stage, whatever the lift: it is the back that is monitored, so a
 * red accessory RDL between two prescribed sessions counts, and a green one breaks the run. Stage 2
 * uses the trap bar with high handles when the lifter logged trap-bar sets before the pain began,
 * otherwise block pulls from knee height in the lifter's stance; stage 3 lowers the blocks one step
 * per green session (below the knee, mid-shin, floor), then adds 5% per green session up to the
 * pre-flare load; stage 4 starts at the pre-flare top set of the main variation and stays at or
 * under the pre-flare load until two stable weeks at it, then rises by at most 2.5% a week ({@link
 * #returnCap}) and 30% more weekly tonnage. Without any pre-flare load the stages start from the
 * empty bar (or the last load) and their exit tests leave the load part out.
 */
final class StagedReturn {
  private static final double SAME_KG = 1e-9;

  private final PlanContext ctx;
  private final PreFlare preFlare;
  private final LocalDate startedOn;
  private final boolean startedByReds;
  private final boolean hingeTestMissing;
  private final List<ZonedSession> sessions = new ArrayList<>();
  private final List<ZonedSession> hinge = new ArrayList<>();
  private Stage stage;
  private LocalDate since;
  private LocalDate lastProgress;
  private int peakRestPain;
  private LocalDate lastGoodDay;
  private int goodDays;
  private LocalDate lastDrop;
  private Dose lastDose;
  private Dose entry;
  private String settleAgain;

  private StagedReturn(
      PlanContext ctx,
      PreFlare preFlare,
      LocalDate date,
      Stage stage,
      int peakRestPain,
      boolean startedByReds,
      boolean hingeTestMissing,
      Dose lastDose) {
    this.ctx = ctx;
    this.preFlare = preFlare;
    this.startedOn = date;
    this.startedByReds = startedByReds;
    this.hingeTestMissing = hingeTestMissing;
    this.peakRestPain = peakRestPain;
    this.lastDose = lastDose;
    enter(stage, date);
    this.lastProgress = date;
  }

  /**
   * Starts from a check-in: stage 1 when pain at rest or the dowel hinge test is above 3, else 2.
   */
  static StagedReturn fromCheckIn(
      PlanContext ctx, PreFlare preFlare, EpisodeCheckIn checkIn, int peakRestPain) {
    Integer hinge = checkIn.hingeTestPain();
    boolean settle =
        checkIn.painNow() > SETTLE_ENTRY_PAIN_ABOVE
            || (hinge != null && hinge > SETTLE_ENTRY_PAIN_ABOVE);
    return new StagedReturn(
        ctx,
        preFlare,
        checkIn.date(),
        settle ? Stage.SETTLE : Stage.REPATTERN,
        peakRestPain,
        false,
        hinge == null,
        null);
  }

  /** Starts at stage 2 after two red sessions in a row in adjusted training. */
  static StagedReturn afterTwoReds(
      PlanContext ctx, PreFlare preFlare, LocalDate date, int peakRestPain, Dose lastDose) {
    return new StagedReturn(
        ctx, preFlare, date, Stage.REPATTERN, peakRestPain, true, false, lastDose);
  }

  Stage stage() {
    return stage;
  }

  /**
   * Whether the staged return has run its course on {@code today}: stage 4 for its whole monitoring
   * period ({@value PlannerThresholds#RETURN_MONITORING_DAYS} days).
   */
  boolean complete(LocalDate today) {
    return stage == Stage.RETURN && !today.isBefore(since.plusDays(RETURN_MONITORING_DAYS));
  }

  /**
   * A check-in: pain at rest feeds stage 2's start load; stage 1 looks for 2 good days in a row; in
   * stages 2 to 4, a hinge test above 3 or pain at rest of 5 or more goes back to stage 1.
   */
  void checkIn(EpisodeCheckIn checkIn) {
    peakRestPain = Math.max(peakRestPain, checkIn.painNow());
    if (stage != Stage.SETTLE) {
      Optional<String> why = settleAgain(checkIn);
      if (why.isPresent()) {
        enter(Stage.SETTLE, checkIn.date());
        settleAgain = why.get();
      }
      return;
    }
    Integer hinge = checkIn.hingeTestPain();
    boolean good =
        checkIn.painNow() <= SETTLE_EXIT_PAIN_MAX && hinge != null && hinge <= SETTLE_EXIT_PAIN_MAX;
    if (!good) {
      goodDays = 0;
      lastGoodDay = null;
      return;
    }
    LocalDate date = checkIn.date();
    if (lastGoodDay == null || date.isAfter(lastGoodDay.plusDays(1))) {
      goodDays = 1;
    } else if (date.equals(lastGoodDay.plusDays(1))) {
      goodDays++;
    }
    lastGoodDay = date;
    if (goodDays >= SETTLE_EXIT_DAYS) {
      advance(date);
    }
  }

  /**
   * The reason a check-in in stages 2 to 4 sends the lifter back to stage 1, if it does (planner.md
   * 2, version 2).
   */
  private static Optional<String> settleAgain(EpisodeCheckIn checkIn) {
    Integer hingeTest = checkIn.hingeTestPain();
    List<String> parts = new ArrayList<>();
    if (hingeTest != null && hingeTest > SETTLE_AGAIN_HINGE_ABOVE) {
      parts.add(
          "the broomstick hip-hinge test hurt "
              + hingeTest
              + "/10, more than "
              + SETTLE_AGAIN_HINGE_ABOVE);
    }
    if (checkIn.painNow() >= SETTLE_AGAIN_REST_PAIN) {
      parts.add(
          "pain at rest was " + checkIn.painNow() + "/10, " + SETTLE_AGAIN_REST_PAIN + " or more");
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Back to stage 1 after your check-in on "
            + checkIn.date()
            + ": "
            + String.join(" and ", parts)
            + ". Loaded deadlifts wait until the back settles again.");
  }

  /**
   * A monitored session of the loaded stages; stage 1 has no loaded track to move. Every
   * deadlift-family session counts toward two reds in a row; only the stage's own lifts move it on.
   */
  void session(ZonedSession session) {
    if (stage == Stage.SETTLE) {
      return;
    }
    boolean own = stageLifts().contains(session.session().variation());
    hinge.add(session);
    if (own) {
      sessions.add(session);
    }
    if (session.zone() == Zone.PENDING) {
      return;
    }
    if (own) {
      lastDose = session.dose();
    }
    if (PainMonitoring.decide(hinge) == Decision.DROP_STAGE) {
      lastDrop = session.date();
      enter(stage.previous(), session.date());
    } else if (own
        && ((stage == Stage.REPATTERN && repatternQualifying() >= REPATTERN_EXIT_SESSIONS)
            || (stage == Stage.REBUILD_RANGE && rebuildRunDays() >= STABLE_DAYS))) {
      advance(session.date());
    }
  }

  private void advance(LocalDate date) {
    enter(stage.next(), date);
    lastProgress = date;
  }

  private void enter(Stage next, LocalDate date) {
    stage = next;
    since = date;
    sessions.clear();
    hinge.clear();
    settleAgain = null;
    goodDays = 0;
    lastGoodDay = null;
    entry = entryDose();
  }

  // ---- entry doses and targets ----

  private HingeVariation floorVariation() {
    return Lifts.floorVariation(preFlare.main());
  }

  private Dose entryDose() {
    return switch (stage) {
      case SETTLE, SCREEN ->
          new Dose(Lifts.DOWEL_HINGE, Range.COMFORTABLE, 0, DRILL_SETS, DRILL_REPS);
      case REPATTERN -> {
        Dose shape = repatternShape();
        double fraction =
            peakRestPain >= HIGH_REST_PAIN
                ? REPATTERN_START_FRACTION_HIGH_PAIN
                : REPATTERN_START_FRACTION;
        yield shape.withLoadKg(
            repatternBase().map(base -> ctx.round(base * fraction)).orElse(EMPTY_BAR_KG));
      }
      case REBUILD_RANGE -> {
        // Stage 3 is entered after stage 2 or 4 sessions, so there is a last dose to carry over.
        double load =
            rebuildTarget()
                .map(target -> ctx.round(target * REBUILD_START_FRACTION))
                .orElse(lastDose.loadKg());
        Range blocks = Range.KNEE_BLOCKS.lower();
        yield new Dose(
            Lifts.forRange(floorVariation(), blocks), blocks, load, REBUILD_SETS, REBUILD_REPS);
      }
      case RETURN -> {
        // Stage 4 is entered only after stage 3 sessions: without a pre-flare set, the last dose.
        WorkingDose top =
            preFlare.main() == null ? null : preFlare.byVariation().get(preFlare.main());
        yield top == null ? lastDose : top.toDose().withLoadKg(ctx.round(top.loadKg()));
      }
    };
  }

  /**
   * The lifts a loaded stage prescribes; only their sessions make the stage's track (planner.md 1:
   * "the next session of that variation"). Others stay in the zone history and the weekly trend.
   */
  private Set<HingeVariation> stageLifts() {
    HingeVariation floor = floorVariation();
    return switch (stage) {
      case REPATTERN -> EnumSet.of(repatternShape().variation());
      case REBUILD_RANGE ->
          EnumSet.of(floor, HingeVariation.of(Lifts.forRange(floor, Range.KNEE_BLOCKS)).get());
      default -> preFlare.main() == null ? EnumSet.of(floor) : EnumSet.of(floor, preFlare.main());
    };
  }

  /** Stage 2's lift: the trap bar if the lifter had logged one before the pain began. */
  private Dose repatternShape() {
    if (ctx.log().hasVariation(HingeVariation.TRAP_BAR, preFlare.onset())) {
      return new Dose(Lifts.TRAP_BAR, Range.HIGH_HANDLES, 0, REPATTERN_SETS, REPATTERN_REPS);
    }
    return new Dose(
        Lifts.forRange(floorVariation(), Range.KNEE_BLOCKS),
        Range.KNEE_BLOCKS,
        0,
        REPATTERN_SETS,
        REPATTERN_REPS);
  }

  /** The pre-flare load stage 2's percentages refer to. */
  private Optional<Double> repatternBase() {
    return preFlare.referenceKg(repatternShape().variation());
  }

  /** Stage 2's exit load: 65% of its pre-flare reference, rounded. */
  private Optional<Double> repatternTarget() {
    return repatternBase().map(base -> ctx.round(base * REPATTERN_EXIT_FRACTION));
  }

  /** Stage 3's exit load: the floor variation's pre-flare working load, rounded. */
  private Optional<Double> rebuildTarget() {
    return preFlare.referenceKg(floorVariation()).map(ctx::round);
  }

  // ---- exit tests ----

  /** Trailing decided sessions of stage 2 that are green or amber at the exit load or more. */
  private int repatternQualifying() {
    Optional<Double> target = repatternTarget();
    int count = 0;
    List<ZonedSession> decided = PainMonitoring.decided(sessions);
    for (int i = decided.size() - 1; i >= 0; i--) {
      ZonedSession s = decided.get(i);
      if (!s.zone().tolerated() || !atLeast(s.dose().loadKg(), target)) {
        break;
      }
      count++;
    }
    return count;
  }

  /**
   * Days covered by the trailing run of stage 3 sessions from the floor at the pre-flare load or
   * more, green or amber, at RPE 8 or less (a session without RPE counts on load and pain alone);
   * -1 when the run is empty.
   */
  private long rebuildRunDays() {
    return rebuildRun().map(first -> ChronoUnit.DAYS.between(first, lastDecidedDate())).orElse(-1L);
  }

  private Optional<LocalDate> rebuildRun() {
    Optional<Double> target = rebuildTarget();
    LocalDate first = null;
    List<ZonedSession> decided = PainMonitoring.decided(sessions);
    for (int i = decided.size() - 1; i >= 0; i--) {
      ZonedSession s = decided.get(i);
      Double rpe = s.session().rpe();
      boolean qualifies =
          s.zone().tolerated()
              && s.dose().range() == Range.FLOOR
              && atLeast(s.dose().loadKg(), target)
              && (rpe == null || rpe <= REBUILD_EXIT_RPE_MAX);
      if (!qualifies) {
        break;
      }
      first = s.date();
    }
    return Optional.ofNullable(first);
  }

  private LocalDate lastDecidedDate() {
    List<ZonedSession> decided = PainMonitoring.decided(sessions);
    return decided.get(decided.size() - 1).date();
  }

  private static boolean atLeast(double kg, Optional<Double> target) {
    return target.map(t -> kg >= t - SAME_KG).orElse(true);
  }

  // ---- what the plan shows ----

  /** The next session of the current stage. */
  Prescription prescription(LocalDate today) {
    List<String> reasons = new ArrayList<>();
    reasons.add(
        "Stage "
            + stage.number()
            + " of 4, "
            + stage.title().toLowerCase(Locale.ROOT)
            + ": "
            + stage.content()
            + ".");
    if (stage == Stage.SETTLE) {
      if (settleAgain != null) {
        reasons.add(settleAgain);
      }
      reasons.add(
          "No loaded deadlifts yet: the unloaded hinge keeps the movement familiar while"
              + " the back settles.");
      reasons.add("Keep pain at " + GREEN_DURING_MAX + "/10 or less in everything you do today.");
      List<Accessory> accessories = new ArrayList<>(Accessories.SETTLE);
      accessories.addAll(Accessories.trunkAndMobility(ctx.screen()));
      return Prescription.of(
          entry,
          ctx.incrementKg(),
          "slow, about 3 seconds each way",
          null,
          accessories,
          List.of(),
          reasons);
    }
    if (sessions.isEmpty()) {
      reasons.add(entryReason());
    }
    Dose dose =
        Tracks.next(sessions, entry, s -> progress(s, reasons, today), ctx.incrementKg(), reasons);
    dose = dose.withLoadKg(ctx.round(dose.loadKg()));
    if (stage == Stage.REPATTERN) {
      // The reduced range is what stage 2 is (planner.md 2): a session read from the log cannot
      // say the handles were high or the bar on blocks, so the stage's range is kept.
      dose = dose.withExercise(dose.exercise(), repatternShape().range());
    }
    if (stage == Stage.RETURN) {
      Cap cap = returnCap(dose.variation(), today);
      if (dose.loadKg() > cap.kg() + SAME_KG) {
        reasons.add(Character.toUpperCase(cap.why().charAt(0)) + cap.why().substring(1));
        dose = dose.withLoadKg(cap.kg());
      }
    }
    return Prescription.of(
        dose,
        ctx.incrementKg(),
        tempo(),
        rpeCap(dose, today),
        Accessories.trunkAndMobility(ctx.screen()),
        List.of(),
        reasons);
  }

  private String entryReason() {
    return switch (stage) {
      case REPATTERN ->
          repatternBase().isPresent()
              ? "A start at "
                  + Math.round(
                      100
                          * (peakRestPain >= HIGH_REST_PAIN
                              ? REPATTERN_START_FRACTION_HIGH_PAIN
                              : REPATTERN_START_FRACTION))
                  + "% of your pre-flare working weight"
                  + (peakRestPain >= HIGH_REST_PAIN
                      ? ", lower because pain at rest reached " + peakRestPain + "/10."
                      : ".")
              : "No deadlifts are logged in the "
                  + PRE_FLARE_WINDOW_DAYS / 7
                  + " weeks before the pain began, so start with the"
                  + " empty bar and let your pain answers guide the weight.";
      case REBUILD_RANGE ->
          "Back toward the floor: from blocks just below the knee at about "
              + Math.round(100 * REBUILD_START_FRACTION)
              + "% of your pre-flare working weight.";
      default -> "Back to your programme, starting from your top set before the pain began.";
    };
  }

  private Dose progress(ZonedSession last, List<String> reasons, LocalDate today) {
    Dose dose = last.dose();
    String green = "Your session on " + last.date() + " was green: ";
    if (stage == Stage.REPATTERN) {
      reasons.add(green + "about " + percent(REPATTERN_STEP) + " more weight.");
      return dose.withLoadKg(Loads.stepUp(dose.loadKg(), REPATTERN_STEP, ctx.incrementKg()));
    }
    if (stage == Stage.RETURN) {
      return returnProgress(dose, green, reasons, today);
    }
    if (dose.range().isBlocks()) {
      Range lower = dose.range().lower();
      reasons.add(green + "the blocks come down one step.");
      return dose.withExercise(Lifts.forRange(floorVariation(), lower), lower);
    }
    Optional<Double> target = rebuildTarget();
    if (target.isPresent() && dose.loadKg() >= target.get() - SAME_KG) {
      reasons.add(
          green
              + "you are at your pre-flare working weight; hold it for "
              + STABLE_DAYS / 7
              + " weeks.");
      return dose;
    }
    double up = Loads.stepUp(dose.loadKg(), REBUILD_STEP, ctx.incrementKg());
    Dose next = dose.withLoadKg(target.map(t -> Math.min(t, up)).orElse(up));
    if (tooMuchThisWeek(next, green, reasons, today)) {
      return dose;
    }
    reasons.add(green + "about " + percent(REBUILD_STEP) + " more weight.");
    return next;
  }

  /**
   * Stage 4 after a green session: about 5% more, never above stage 4's ceiling ({@link
   * #returnCap}) and never lifting this week's deadlift-family tonnage more than 30% above last
   * week's.
   */
  private Dose returnProgress(Dose dose, String green, List<String> reasons, LocalDate today) {
    Cap cap = returnCap(dose.variation(), today);
    if (cap.kg() <= dose.loadKg() + SAME_KG) {
      reasons.add(green + cap.why());
      return dose;
    }
    double up = Loads.stepUp(dose.loadKg(), RETURN_STEP, ctx.incrementKg());
    Dose next = dose.withLoadKg(Math.min(up, cap.kg()));
    if (tooMuchThisWeek(next, green, reasons, today)) {
      return dose;
    }
    reasons.add(
        green
            + (next.loadKg() < up - SAME_KG
                ? "a little more weight, as much as the limit of "
                    + percent(RETURN_WEEKLY_RISE)
                    + " a week allows."
                : "progress by about " + percent(RETURN_STEP) + "."));
    return next;
  }

  /**
   * Stages 3 and 4: whether the heavier dose would lift this week's deadlift-family tonnage more
   * than 30% above last week's; if so, says so.
   */
  private boolean tooMuchThisWeek(Dose next, String green, List<String> reasons, LocalDate today) {
    if (!WeeklyTonnage.wouldRiseTooMuch(ctx.log(), today, next)) {
      return false;
    }
    reasons.add(
        green
            + "but more weight would lift this week's deadlift volume more than "
            + Math.round(PlannerThresholds.WEEKLY_TONNAGE_RISE_MAX_PCT)
            + "% above last week's, so hold it.");
    return true;
  }

  /** The most stage 4 may prescribe of a variation today, and why. */
  private record Cap(double kg, String why) {}

  /**
   * Stage 4's ceiling (planner.md 2, version 2). Until two symptom-stable weeks at the pre-flare
   * working load of the variation, that load, rounded down to the increment. Two stable weeks at it
   * means a run of that variation's stage 4 sessions at that load or more, each green or amber,
   * with no red session of any deadlift-family lift since the run began, whose first and last
   * sessions are at least {@value PlannerThresholds#STABLE_DAYS} days apart. From then on, the
   * heaviest load of the variation lifted in stage 4 (red sessions left out) may rise by 2.5% for
   * each full week since the later of the day the two weeks were complete and the day that load was
   * first lifted, rounded down to the increment: never more than 2.5% a week, and never stuck when
   * one increment is more than 2.5% (it takes two weeks or more). Without a pre-flare load of the
   * variation (or of the main one), stage 4's entry load stands in for it.
   */
  private Cap returnCap(HingeVariation variation, LocalDate today) {
    double ceiling =
        Loads.roundDown(preFlare.referenceKg(variation).orElse(entry.loadKg()), ctx.incrementKg());
    LocalDate first = null;
    LocalDate last = null;
    List<ZonedSession> decided = PainMonitoring.decided(hinge);
    for (int i = decided.size() - 1; i >= 0; i--) {
      ZonedSession s = decided.get(i);
      if (s.zone() == Zone.RED) {
        break;
      }
      if (s.session().variation() != variation) {
        continue;
      }
      if (s.dose().loadKg() < ceiling - SAME_KG) {
        break;
      }
      last = last == null ? s.date() : last;
      first = s.date();
    }
    if (first == null || ChronoUnit.DAYS.between(first, last) < STABLE_DAYS) {
      return new Cap(
          ceiling,
          "not above your pre-flare working weight until "
              + STABLE_DAYS / 7
              + " weeks of sessions at it stay green or amber.");
    }
    LocalDate stableFrom = first.plusDays(STABLE_DAYS);
    double top = ceiling;
    LocalDate reached = stableFrom;
    for (ZonedSession s : hinge) {
      if (s.session().variation() == variation
          && s.zone() != Zone.RED
          && s.dose().loadKg() > top + SAME_KG) {
        top = s.dose().loadKg();
        reached = s.date();
      }
    }
    LocalDate anchor = reached.isAfter(stableFrom) ? reached : stableFrom;
    long weeks = Math.max(0, ChronoUnit.DAYS.between(anchor, today) / 7);
    double cap =
        Math.max(top, Loads.roundDown(top * (1 + RETURN_WEEKLY_RISE * weeks), ctx.incrementKg()));
    return new Cap(
        cap,
        "the weight rises by at most "
            + percent(RETURN_WEEKLY_RISE)
            + " a week, so no more than this for now.");
  }

  private String tempo() {
    return switch (stage) {
      case REPATTERN -> "lower over 3 seconds, no bounce";
      case REBUILD_RANGE -> "steady and controlled, no bounce";
      default -> "your usual tempo";
    };
  }

  private Double rpeCap(Dose dose, LocalDate today) {
    return switch (stage) {
      case REPATTERN -> REPATTERN_RPE_CAP;
      case REBUILD_RANGE ->
          atLeast(dose.loadKg(), rebuildTarget()) && rebuildTarget().isPresent()
              ? REBUILD_EXIT_RPE_MAX
              : REBUILD_RPE_CAP;
      default -> today.isBefore(heavySinglesFrom()) ? RETURN_RPE_CAP : null;
    };
  }

  /** Two symptom-stable weeks in stage 4: from its start or the day after its last red session. */
  private LocalDate heavySinglesFrom() {
    LocalDate stable = since;
    for (ZonedSession s : sessions) {
      stable = s.zone() == Zone.RED ? s.date().plusDays(1) : stable;
    }
    return stable.plusDays(STABLE_DAYS);
  }

  /** What moves the lifter on from the current stage, and how far along that is. */
  StageProgress progress(LocalDate today) {
    return switch (stage) {
      case SETTLE, SCREEN ->
          new StageProgress(
              since,
              "Pain at rest "
                  + SETTLE_EXIT_PAIN_MAX
                  + "/10 or less and the dowel hip-hinge test "
                  + SETTLE_EXIT_PAIN_MAX
                  + "/10 or less, on "
                  + SETTLE_EXIT_DAYS
                  + " days in a row.",
              (lastGoodDay != null && !lastGoodDay.isBefore(today.minusDays(1)) ? goodDays : 0)
                  + " of "
                  + SETTLE_EXIT_DAYS
                  + " days so far.",
              null);
      case REPATTERN ->
          new StageProgress(
              since,
              REPATTERN_EXIT_SESSIONS
                  + " sessions in a row green or amber"
                  + (repatternTarget().isPresent()
                      ? " at "
                          + percent(REPATTERN_EXIT_FRACTION)
                          + " of your pre-flare working weight or more."
                      : " (no pre-flare weight is logged, so the weight part is left out)."),
              repatternQualifying() + " of " + REPATTERN_EXIT_SESSIONS + " so far.",
              repatternTarget().orElse(null));
      case REBUILD_RANGE ->
          new StageProgress(
              since,
              "Your pre-flare working weight from the floor at RPE "
                  + Math.round(REBUILD_EXIT_RPE_MAX)
                  + " or less, every session green or amber, for "
                  + STABLE_DAYS / 7
                  + " weeks.",
              rebuildRun()
                  .map(
                      first ->
                          "At it since "
                              + first
                              + ": "
                              + rebuildRunDays()
                              + " of "
                              + STABLE_DAYS
                              + " days.")
                  .orElse("Not there yet."),
              rebuildTarget().orElse(null));
      case RETURN ->
          new StageProgress(
              since,
              "Last stage: keep logging how your back responds until "
                  + since.plusDays(RETURN_MONITORING_DAYS)
                  + ".",
              "Heavy singles ("
                  + percent(PlannerThresholds.HEAVY_SINGLE_FRACTION)
                  + " of your estimated max or more) from "
                  + heavySinglesFrom()
                  + " if every session stays green or amber.",
              null);
    };
  }

  /** Assessment, hinge-test, RPE and closing recommendations. */
  List<Recommendation> recommendations(LocalDate today) {
    List<Recommendation> result = new ArrayList<>();
    result.add(
        new Recommendation(
            RecommendationKind.BOOK_ASSESSMENT,
            startedByReds
                ? "Two sessions in a row were red while training was adjusted: book an assessment"
                    + " with a physiotherapist or doctor, and follow this staged return meanwhile."
                : "Book an assessment with a physiotherapist or doctor within the next week or two,"
                    + " and follow this staged return meanwhile."));
    if (lastDrop != null) {
      result.add(
          new Recommendation(
              RecommendationKind.BOOK_ASSESSMENT,
              "Two red sessions in a row, the last on "
                  + lastDrop
                  + ", took you back one stage:"
                  + " book an assessment if you have not had one since."));
    }
    long stalled = ChronoUnit.DAYS.between(lastProgress, today);
    if (stage != Stage.RETURN && stalled >= NO_PROGRESS_DAYS) {
      result.add(
          new Recommendation(
              RecommendationKind.BOOK_ASSESSMENT,
              "No step forward for "
                  + stalled
                  + " days: an assessment can find what is holding"
                  + " things up."));
    }
    if (stage == Stage.SETTLE || (hingeTestMissing && lastProgress.equals(startedOn))) {
      result.add(
          new Recommendation(
              RecommendationKind.RECORD_HINGE_TEST,
              "At each check-in, hinge at the hips with a broomstick along your back and record the"
                  + " pain, 0 to 10."));
    }
    if (stage == Stage.REBUILD_RANGE
        && PainMonitoring.decided(sessions).stream().anyMatch(s -> s.session().rpe() == null)) {
      result.add(
          new Recommendation(
              RecommendationKind.RECORD_RPE,
              "Record the RPE of your top set: the step to stage 4 asks for RPE "
                  + Math.round(REBUILD_EXIT_RPE_MAX)
                  + " or less, and without it only the weight and"
                  + " your pain answers are checked."));
    }
    if (stage == Stage.RETURN && !today.isBefore(since.plusDays(RETURN_MONITORING_DAYS))) {
      result.add(
          new Recommendation(
              RecommendationKind.CLOSE_EPISODE,
              "Four weeks back on your normal programme: if your back stays settled, you can close"
                  + " this episode."));
    }
    return result;
  }

  static String percent(double fraction) {
    long tenths = Math.round(fraction * 1000);
    return (tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "." + tenths % 10)
        + "%";
  }
}
