package dev.backload.app.monitoring;

import dev.backload.app.log.TrainingLog;
import dev.backload.app.monitoring.MonitoringStore.Answers;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.MonitoringRules;
import dev.backload.core.planning.MonitoringSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pain monitoring after deadlift-family sessions (planner.md section 1): the answers per workout,
 * their zones, and the next-morning questions still open. A deadlift-family session is a workout
 * with at least one working hinge set.
 */
@Service
public class MorningChecks {

  /**
   * Heuristic: how many days back the app keeps asking for an unanswered next morning. A workout on
   * day {@code d} is asked about from {@code d + 1} to {@code d + }{@value}.
   */
  public static final int PENDING_WINDOW_DAYS = 3;

  /** How many days of sessions the monitoring page lists. */
  public static final int RECENT_DAYS = 14;

  /**
   * Heuristic: the time of day, in the account's time zone, of the reminder for a next-morning
   * question (the calendar file). The question itself is open from the start of {@link #askedOn the
   * morning after}; planner.md asks for the pain "on waking the next day" and names no hour, so the
   * reminder sits at a common waking time rather than at midnight.
   */
  public static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);

  private final TrainingLog log;
  private final MonitoringStore store;

  MorningChecks(TrainingLog log, MonitoringStore store) {
    this.log = log;
    this.store = store;
  }

  /**
   * A session with its answers and zone.
   *
   * @param workoutId the workout
   * @param date the workout's date
   * @param baseline back pain on the morning before the session, 0..10 or {@code null}
   * @param during worst pain during the session, 0..10 or {@code null}
   * @param nextMorning back pain on waking the next day, 0..10 or {@code null}
   * @param zone {@code green}, {@code amber}, {@code red} or {@code pending}
   * @param reasons why, in plain words
   */
  public record SessionView(
      long workoutId,
      LocalDate date,
      Integer baseline,
      Integer during,
      Integer nextMorning,
      String zone,
      List<String> reasons) {}

  /**
   * A next-morning question still open.
   *
   * @param workoutId the workout to answer about
   * @param date the workout's date
   * @param missing the answers still missing: {@code baseline}, {@code during}, {@code nextMorning}
   * @param question the question in plain words
   */
  public record PendingCheck(
      long workoutId, LocalDate date, List<String> missing, String question) {}

  /** The given answers of one workout; {@code null} leaves an answer as it is. */
  public record Given(Integer baseline, Integer during, Integer nextMorning) {}

  /** The workout is not one of the account's. */
  public static class UnknownWorkout extends RuntimeException {
    UnknownWorkout() {
      super("No such workout.");
    }
  }

  /** The workout has no working deadlift-family set, so it has no pain monitoring. */
  public static class NotAHingeWorkout extends RuntimeException {
    NotAHingeWorkout() {
      super("This workout has no working deadlift-family set, so there is nothing to monitor.");
    }
  }

  /** An answer that cannot be right, naming the field. */
  public static class InvalidAnswer extends RuntimeException {
    private final String field;

    public InvalidAnswer(String field, String message) {
      super(field + ": " + message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /**
   * Every deadlift-family session of the account with its answers, oldest first.
   *
   * @param sets the account's sets in canonical form ({@link TrainingLog#canonicalSets})
   */
  public static List<MonitoringSession> sessions(
      List<TrainingSet> sets, Map<Long, Answers> answers) {
    Map<Long, LocalDate> hinge = new LinkedHashMap<>();
    for (TrainingSet set : sets) {
      if (set.isHinge() && set.isWorking()) {
        hinge.putIfAbsent(Long.parseLong(set.workout()), set.date());
      }
    }
    List<MonitoringSession> sessions = new ArrayList<>(hinge.size());
    hinge.forEach(
        (id, date) -> {
          Answers a = answers.getOrDefault(id, Answers.NONE);
          sessions.add(new MonitoringSession(id, date, a.baseline(), a.during(), a.nextMorning()));
        });
    sessions.sort(MonitoringSession.CHRONOLOGICAL);
    return sessions;
  }

  /** Every deadlift-family session of the account with its answers, oldest first. */
  public List<MonitoringSession> sessions(long accountId) {
    return sessions(log.canonicalSets(accountId), store.all(accountId));
  }

  /**
   * The sessions whose next morning has come and whose answers are not complete yet, from the last
   * {@value #PENDING_WINDOW_DAYS} days before today, newest first: what the dashboard and the
   * check-in page ask about.
   */
  public List<PendingCheck> pending(long accountId, LocalDate today) {
    return pending(sessions(accountId), today);
  }

  static List<PendingCheck> pending(List<MonitoringSession> sessions, LocalDate today) {
    LocalDate from = today.minusDays(PENDING_WINDOW_DAYS);
    List<PendingCheck> pending = new ArrayList<>();
    for (int i = sessions.size() - 1; i >= 0; i--) {
      MonitoringSession s = sessions.get(i);
      if (!askedOn(s.date()).isAfter(today) && !s.date().isBefore(from) && !s.complete()) {
        pending.add(
            new PendingCheck(s.workoutId(), s.date(), s.missing(), question(s.date(), today)));
      }
    }
    return pending;
  }

  /**
   * The day a session's next-morning question becomes due: the day after the session (planner.md
   * section 1, "pain on waking the next day"). It is asked, and can be answered, from the start of
   * that day in the account's time zone.
   */
  public static LocalDate askedOn(LocalDate workoutDate) {
    return workoutDate.plusDays(1);
  }

  /**
   * When the reminder for a session's next-morning question is due: {@link #REMINDER_TIME} on
   * {@link #askedOn the day the question is asked}, in the account's time zone. On a day whose
   * clocks change at that hour the time is moved as {@link ZonedDateTime#of} moves it.
   */
  public static Instant reminderAt(LocalDate workoutDate, ZoneId zone) {
    return ZonedDateTime.of(askedOn(workoutDate), REMINDER_TIME, zone).toInstant();
  }

  /** "How did your back feel this morning, after yesterday's deadlifts?" and its variants. */
  public static String question(LocalDate workoutDate, LocalDate today) {
    if (askedOn(workoutDate).equals(today)) {
      return "How did your back feel this morning, after yesterday's deadlifts?";
    }
    String day = workoutDate.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String morning =
        askedOn(workoutDate).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return "How did your back feel on " + morning + " morning, after " + day + "'s deadlifts?";
  }

  /** The sessions of the last {@value #RECENT_DAYS} days up to today, newest first, with zones. */
  public List<SessionView> recent(long accountId, LocalDate today) {
    List<MonitoringSession> all = sessions(accountId);
    LocalDate from = today.minusDays(RECENT_DAYS - 1L);
    Map<Long, MonitoringRules.Assessment> zones = MonitoringRules.assessAll(all);
    List<SessionView> recent = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      MonitoringSession s = all.get(i);
      if (!s.date().isBefore(from) && !s.date().isAfter(today)) {
        recent.add(view(s, zones.get(s.workoutId())));
      }
    }
    return recent;
  }

  /** One of the account's deadlift-family sessions with its zone; empty for anything else. */
  public Optional<SessionView> session(long accountId, long workoutId) {
    List<MonitoringSession> all = sessions(accountId);
    return all.stream()
        .filter(s -> s.workoutId() == workoutId)
        .findFirst()
        .map(s -> view(s, MonitoringRules.assess(s, all)));
  }

  /**
   * Stores answers for one of the account's deadlift-family workouts; answers not given stay as
   * they were.
   *
   * @param today today in the account's time zone (a next-morning answer needs the next morning)
   * @return the session with all its answers and its zone
   * @throws UnknownWorkout for another person's or an unknown workout
   * @throws NotAHingeWorkout for a workout without a working deadlift-family set
   * @throws InvalidAnswer for a value outside 0..10 or a next-morning answer given too early
   */
  @Transactional
  public SessionView answer(long accountId, long workoutId, Given given, LocalDate today) {
    LocalDate date = store.lockWorkout(accountId, workoutId).orElseThrow(UnknownWorkout::new);
    if (!store.isHingeWorkout(accountId, workoutId)) {
      throw new NotAHingeWorkout();
    }
    check("baseline", given.baseline());
    check("during", given.during());
    check("nextMorning", given.nextMorning());
    if (given.nextMorning() != null && today.isBefore(askedOn(date))) {
      throw new InvalidAnswer(
          "nextMorning",
          "can be answered from the morning after the session (" + askedOn(date) + ")");
    }
    Answers answers =
        store
            .find(accountId, workoutId)
            .with(given.baseline(), given.during(), given.nextMorning());
    store.save(accountId, workoutId, answers);
    return session(accountId, workoutId).orElseThrow();
  }

  private static void check(String field, Integer value) {
    if (value != null && (value < 0 || value > 10)) {
      throw new InvalidAnswer(field, "must be between 0 and 10");
    }
  }

  static SessionView view(MonitoringSession s, MonitoringRules.Assessment a) {
    return new SessionView(
        s.workoutId(), s.date(), s.baseline(), s.during(), s.nextMorning(), a.label(), a.reasons());
  }
}
