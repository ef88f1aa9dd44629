package dev.backload.app.planning;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.checkins.CheckInStore;
import dev.backload.app.checkins.RedFlags;
import dev.backload.app.checkins.StoredCheckIn;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.monitoring.MonitoringStore;
import dev.backload.app.monitoring.MorningChecks;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.Episode;
import dev.backload.core.planning.Mode;
import dev.backload.core.planning.MonitoredSession;
import dev.backload.core.planning.MonitoringSession;
import dev.backload.core.planning.Plan;
import dev.backload.core.planning.Planner;
import dev.backload.core.planning.PlannerInput;
import dev.backload.core.planning.PlannerThresholds;
import dev.backload.core.planning.Prescription;
import dev.backload.core.planning.Screen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a signed-in person's plan: the one place where the planner's input ({@link PlannerInput})
 * is gathered from the account's log, pain episodes, check-ins with their planner context, pain
 * monitoring answers, latest screen and loadable increment, and where the planned session is
 * started as a workout.
 *
 * <p>Monitored sessions: every deadlift-family workout whose baseline and during answers are in
 * (the next morning may still be pending), and one whose during answer is above 5 even without the
 * baseline (red either way). A workout started from the plan is read as the prescription it was
 * started from while its heaviest working hinge set is still that variation at that load ({@link
 * MonitoredSession#followed}); any other as the log shows it ({@link MonitoredSession#fromLog}).
 */
@Service
public class PlanService {
  private final TrainingLog log;
  private final CheckInStore checkIns;
  private final RedFlags redFlags;
  private final MonitoringStore monitoring;
  private final ScreenStore screens;
  private final PlannedWorkouts planned;
  private final AccountRepository accounts;
  private final AccountCalendar calendar;

  PlanService(
      TrainingLog log,
      CheckInStore checkIns,
      RedFlags redFlags,
      MonitoringStore monitoring,
      ScreenStore screens,
      PlannedWorkouts planned,
      AccountRepository accounts,
      AccountCalendar calendar) {
    this.log = log;
    this.checkIns = checkIns;
    this.redFlags = redFlags;
    this.monitoring = monitoring;
    this.screens = screens;
    this.planned = planned;
    this.accounts = accounts;
    this.calendar = calendar;
  }

  /** There is no session to start: training stops for now, or there is nothing to plan from. */
  public static class NoSession extends RuntimeException {
    NoSession() {
      super("The plan has no session to start right now.");
    }
  }

  /** The plan with what it was built from. */
  record Built(LocalDate today, List<TrainingSet> sets, Plan plan, PlanView view) {}

  /** The account's plan for today (in its time zone). */
  @Transactional(readOnly = true)
  public PlanView plan(long accountId) {
    return build(accountId).view();
  }

  Built build(long accountId) {
    Account account = accounts.findById(accountId).orElseThrow();
    LocalDate today = calendar.today(accountId);
    List<TrainingSet> sets = log.canonicalSets(accountId);
    double increment = accounts.loadIncrementKg(accountId);

    List<Episode> episodes =
        checkIns.episodes(accountId).stream().map(e -> new Episode(e.start(), e.end())).toList();
    RedFlags.Timeline timeline = redFlags.timeline(accountId);
    List<Long> checkInIds = timeline.stored().stream().map(StoredCheckIn::id).toList();

    Map<String, List<TrainingSet>> byWorkout = new LinkedHashMap<>();
    for (TrainingSet s : sets) {
      byWorkout.computeIfAbsent(s.workout(), k -> new ArrayList<>()).add(s);
    }
    Map<Long, Prescription> prescriptions = planned.all(accountId);
    List<MonitoredSession> sessions = new ArrayList<>();
    List<Long> workoutIds = new ArrayList<>();
    for (MonitoringSession s : MorningChecks.sessions(sets, monitoring.all(accountId))) {
      if (!countsForThePlan(s) || s.date().isAfter(today)) {
        continue;
      }
      Optional<MonitoredSession> session =
          LoggedSessions.of(
              byWorkout.getOrDefault(Long.toString(s.workoutId()), List.of()),
              sets,
              prescriptions.get(s.workoutId()),
              s.baseline(),
              s.during(),
              s.nextMorning());
      if (session.isPresent()) {
        sessions.add(session.get());
        workoutIds.add(s.workoutId());
      }
    }
    Screen screen = screens.latest(accountId, today).map(DatedScreen::toScreen).orElse(Screen.NONE);

    PlannerInput input =
        PlannerInput.builder(today)
            .log(sets)
            .episodes(episodes)
            .checkIns(timeline.checkIns())
            .assessments(timeline.assessments())
            .monitoring(sessions)
            .screen(screen)
            .incrementKg(increment)
            .build();
    Plan plan = Planner.plan(input);
    return new Built(
        today,
        sets,
        plan,
        PlanView.of(today, plan, workoutIds, account.weightUnit(), increment, checkInIds));
  }

  /**
   * Whether a session's answers are enough for the plan: baseline and during in, or a during above
   * {@value PlannerThresholds#AMBER_DURING_MAX}, which is red without the baseline (planner.md 1;
   * the monitoring page shows it red too).
   */
  static boolean countsForThePlan(MonitoringSession s) {
    return s.during() != null
        && (s.baseline() != null || s.during() > PlannerThresholds.AMBER_DURING_MAX);
  }

  /** The workout started from the plan today, if any. */
  @Transactional(readOnly = true)
  public Optional<Long> startedToday(long accountId) {
    return planned.startedOn(accountId, calendar.today(accountId));
  }

  /**
   * Starts today's planned session as a workout in the log: the prescribed working sets at the
   * prescribed load (kilograms) as planned sets, not done until the person ticks each one ({@link
   * TrainingLog#addPlannedSets}), RPE left for the person to fill in, the range, tempo and RPE cap
   * in the first set's note; the prescription is remembered for the pain answers. When a workout
   * was already started from the plan today, that one is returned instead of a second.
   *
   * @return the workout's id
   * @throws NoSession when the plan has no session (stop mode, or nothing to plan from)
   */
  @Transactional
  public long startWorkout(long accountId) {
    accounts.lock(accountId);
    Built built = build(accountId);
    if (built.plan().mode() == Mode.STOP) {
      // A red-flag hold (or a stop after an assessment) wins over a workout started earlier today.
      throw new NoSession();
    }
    Optional<Long> started = planned.startedOn(accountId, built.today());
    if (started.isPresent()) {
      return started.get();
    }
    Prescription p = built.plan().prescription();
    if (p == null) {
      throw new NoSession();
    }
    String exercise = LogNames.exercise(p, built.sets());
    List<NewSet> sets = new ArrayList<>();
    for (int i = 0; i < p.sets(); i++) {
      String note = null;
      if (i == 0) {
        note =
            "Planned: "
                + p.range().text()
                + "; "
                + p.tempo()
                + (p.rpeCap() == null ? "" : "; stop at RPE " + TrainingSet.formatRpe(p.rpeCap()))
                + ".";
      }
      sets.add(new NewSet(exercise, SetType.WORKING, p.loadKg(), p.reps(), null, note));
    }
    // The sets are planned, not done: unticked rows until the person ticks them (never read as
    // training by the planner or the pain monitoring before that).
    long workoutId =
        log.addWorkout(
            accountId, built.today(), "Planned: " + p.exercise(), "app", null, List.of());
    log.addPlannedSets(accountId, workoutId, sets);
    planned.save(accountId, workoutId, p);
    return workoutId;
  }
}
