package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pain-monitoring rules over stored, possibly partly answered sessions: the zone of each
 * session, read from {@link PainMonitoring} (planner.md section 1, the one place the zone rules
 * live), and the count of painful sessions in a row that the check-in derives (triage.md field
 * {@code painfulSessionsInARow}).
 *
 * <p><b>Zone.</b> {@link PainMonitoring} zones a session from its three answers: red when the pain
 * during it is above {@value PlannerThresholds#AMBER_DURING_MAX} (known as soon as that answer is
 * in), pending while the next-morning answer is missing, red when the next morning is worse than
 * the baseline or the weekly trend rises, green when the pain during it is at most {@value
 * PlannerThresholds#GREEN_DURING_MAX}, else amber. The app also stores sessions whose baseline or
 * during answer is still missing, which {@link PainMonitoring} does not take; this class hands them
 * to it with the one value that cannot make a session red (baseline 10, during 0). A red zone that
 * comes back is then certain from the answers given; a green or amber one is not, and the session
 * stays {@link Zone#PENDING} with the missing answers as its reasons.
 *
 * <p><b>Painful sessions in a row.</b> Deadlift-family sessions on the {@value
 * #PAINFUL_SESSIONS_LOOKBACK_DAYS} days up to and including the check-in date, newest first. A
 * session is painful when its {@code during} or its {@code nextMorning} answer is at least {@value
 * #PAINFUL_SESSION_PAIN}. Sessions with neither answer are skipped (unknown: they neither count nor
 * end the run); the first answered session that is not painful ends the run. No answered session in
 * the window: unknown ({@code null}).
 */
public final class MonitoringRules {

  /**
   * A session with pain during it or the next morning at or above this counts as painful
   * (triage.md: 3/10).
   */
  public static final int PAINFUL_SESSION_PAIN = 3;

  /** Heuristic: how far back "recent" sessions reach for {@code painfulSessionsInARow}, in days. */
  public static final int PAINFUL_SESSIONS_LOOKBACK_DAYS = 28;

  /** The baseline given to the core while it is unknown: no next morning can be worse than it. */
  private static final int UNKNOWN_BASELINE = 10;

  /** The pain during given to the core while it is unknown: it cannot make the session red. */
  private static final int UNKNOWN_DURING = 0;

  /** Zoning reads only the dates and answers; every session gets this placeholder dose. */
  private static final Dose ZONING_ONLY = new Dose("Deadlift", Range.FLOOR, 0, 1, 1);

  private MonitoringRules() {}

  /** A zone with the plain reasons for it. */
  public record Assessment(Zone zone, List<String> reasons) {
    public Assessment {
      reasons = List.copyOf(reasons);
    }

    /**
     * The zone as the API and the pages write it: {@code green}, {@code amber}, {@code red}, {@code
     * pending}.
     */
    public String label() {
      return MonitoringRules.label(zone);
    }
  }

  /**
   * A zone as the API and the pages write it: {@code green}, {@code amber}, {@code red}, {@code
   * pending}.
   */
  public static String label(Zone zone) {
    return zone.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The zone of one session.
   *
   * @param session the session
   * @param all every session of the same person (for the weekly trend); may include {@code session}
   */
  public static Assessment assess(MonitoringSession session, List<MonitoringSession> all) {
    List<MonitoringSession> everyone = new ArrayList<>(all);
    if (everyone.stream().noneMatch(s -> s.workoutId() == session.workoutId())) {
      everyone.add(session);
    }
    return assessAll(everyone).get(session.workoutId());
  }

  /**
   * The zone of every session of one person, by workout id.
   *
   * @param sessions every session of the person, in any order
   */
  public static Map<Long, Assessment> assessAll(List<MonitoringSession> sessions) {
    List<MonitoringSession> ordered = new ArrayList<>(sessions);
    ordered.sort(MonitoringSession.CHRONOLOGICAL);
    List<MonitoredSession> answers = new ArrayList<>(ordered.size());
    for (MonitoringSession s : ordered) {
      answers.add(
          MonitoredSession.of(
              s.date(),
              ZONING_ONLY,
              s.baseline() != null ? s.baseline() : UNKNOWN_BASELINE,
              s.during() != null ? s.during() : UNKNOWN_DURING,
              s.nextMorning()));
    }
    // The core sorts by date, stably: the zones come back in the order given.
    List<ZonedSession> zoned = PainMonitoring.zones(answers);
    Map<Long, Assessment> result = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      MonitoringSession s = ordered.get(i);
      ZonedSession z = zoned.get(i);
      boolean certain = z.zone() == Zone.RED || (s.baseline() != null && s.during() != null);
      result.put(
          s.workoutId(),
          certain && z.zone() != Zone.PENDING
              ? new Assessment(z.zone(), List.of(z.why()))
              : new Assessment(Zone.PENDING, missing(s)));
    }
    return result;
  }

  private static List<String> missing(MonitoringSession session) {
    return session.missing().stream().map(MonitoringRules::waitingFor).toList();
  }

  private static String waitingFor(String answer) {
    return switch (answer) {
      case "baseline" -> "Waiting for how your back felt on the morning before the session.";
      case "during" -> "Waiting for the worst pain during the session.";
      case "nextMorning" -> "Waiting for how your back felt on waking the next morning.";
      default -> throw new IllegalArgumentException(answer);
    };
  }

  /**
   * The number of most recent deadlift-family sessions in a row that were painful, as of a date
   * (rule in the class description).
   *
   * @return the count, or {@code null} when no session in the window has a during or next-morning
   *     answer
   */
  public static Integer painfulSessionsInARow(List<MonitoringSession> sessions, LocalDate asOf) {
    LocalDate from = asOf.minusDays(PAINFUL_SESSIONS_LOOKBACK_DAYS - 1L);
    List<MonitoringSession> recent =
        sessions.stream()
            .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(asOf))
            .sorted(MonitoringSession.CHRONOLOGICAL.reversed())
            .toList();
    int count = 0;
    boolean answered = false;
    for (MonitoringSession s : recent) {
      if (s.during() == null && s.nextMorning() == null) {
        continue;
      }
      answered = true;
      if (!painful(s)) {
        break;
      }
      count++;
    }
    return answered ? count : null;
  }

  private static boolean painful(MonitoringSession s) {
    return (s.during() != null && s.during() >= PAINFUL_SESSION_PAIN)
        || (s.nextMorning() != null && s.nextMorning() >= PAINFUL_SESSION_PAIN);
  }
}
