package dev.backload.app.planning;

import dev.backload.app.checkins.AssessmentInput;
import dev.backload.app.checkins.GivenInput;
import dev.backload.app.checkins.PlannerContext;
import dev.backload.core.checkins.EpisodeRule;
import dev.backload.core.checkins.HistoryFacts;
import dev.backload.core.log.TrainingSet;
import dev.backload.core.planning.Assessment;
import dev.backload.core.planning.Episode;
import dev.backload.core.planning.EpisodeCheckIn;
import dev.backload.core.planning.MonitoredSession;
import dev.backload.core.planning.MonitoringSession;
import dev.backload.core.planning.PlannerInput;
import dev.backload.core.planning.Screen;
import dev.backload.core.triage.InvalidCheckInException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The planner's input for {@code backload plan}, without an account or a database: the exported
 * log, check-ins and pain answers read from files, replayed with the same rules the app applies
 * when it stores them (pain episodes by {@link EpisodeRule}; the fields a check-in leaves out
 * worked out from history by {@link HistoryFacts#of}, what is given always winning; no health
 * profile, so the health facts are whatever each line gives).
 */
public final class OfflinePlanInput {

  private OfflinePlanInput() {}

  /**
   * One check-in line.
   *
   * @param line its 1-based line number
   * @param date the day it is about
   * @param fields the triage fields as given (not yet checked)
   * @param context its planner context (already checked)
   */
  public record CheckInLine(
      int line, LocalDate date, Map<String, Object> fields, PlannerContext context) {}

  /**
   * One line of pain answers for the deadlift-family session on a date.
   *
   * @param line its 1-based line number
   * @param date the session's date
   * @param baseline pain on the morning of the session, 0-10
   * @param during worst pain during it, 0-10
   * @param nextMorning pain on waking the next day, 0-10, or {@code null} while unknown
   */
  public record AnswerLine(
      int line, LocalDate date, int baseline, int during, Integer nextMorning) {}

  /** A line that cannot be used, naming the line and the field. */
  public static final class LineError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String field;

    public LineError(int line, String field, String problem) {
      super("line " + line + ", field " + field + ": " + problem);
      this.line = line;
      this.field = field;
    }

    public int line() {
      return line;
    }

    public String field() {
      return field;
    }
  }

  /**
   * Builds the planner's input.
   *
   * @param today the day to plan for; check-ins after it are an error
   * @param sets the exported log, in any order
   * @param checkIns check-in lines in file order; dates must not go backwards
   * @param answers pain-answer lines, one per session date
   * @param screen the person's screen, {@link Screen#NONE} for none
   * @param incrementKg the loadable increment, kilograms
   * @param assessments assessments after red flags; each comes after every check-in of its date
   * @throws LineError for a check-in line that cannot be used
   * @throws AnswersError for a pain-answer line that cannot be used
   */
  public static PlannerInput build(
      LocalDate today,
      List<TrainingSet> sets,
      List<CheckInLine> checkIns,
      List<AnswerLine> answers,
      Screen screen,
      double incrementKg,
      List<AssessmentInput> assessments)
      throws LineError, AnswersError {
    List<TrainingSet> log = new ArrayList<>(sets);
    log.sort(Comparator.comparing(TrainingSet::date));
    List<MonitoredSession> monitored = new ArrayList<>();
    List<MonitoringSession> forDerivation = new ArrayList<>();
    for (AnswerLine a : answers) {
      List<TrainingSet> day = log.stream().filter(s -> s.date().equals(a.date())).toList();
      Optional<MonitoredSession> session =
          LoggedSessions.of(day, log, null, a.baseline(), a.during(), a.nextMorning());
      if (session.isEmpty()) {
        throw new AnswersError(
            new LineError(
                a.line(), "date", "the log has no working deadlift-family set on " + a.date()));
      }
      monitored.add(session.get());
      forDerivation.add(
          new MonitoringSession(a.line(), a.date(), a.baseline(), a.during(), a.nextMorning()));
    }

    List<EpisodeCheckIn> dated = new ArrayList<>();
    List<Episode> episodes = new ArrayList<>();
    LocalDate openedOn = null;
    List<EpisodeRule.DatedPain> pains = new ArrayList<>();
    List<HistoryFacts.EarlierCheckIn> earlier = new ArrayList<>();
    LocalDate previous = null;
    for (CheckInLine c : checkIns) {
      LocalDate day = c.date();
      if (day.isAfter(today)) {
        throw new LineError(c.line(), "date", "must not be after today (" + today + ")");
      }
      if (previous != null && day.isBefore(previous)) {
        throw new LineError(
            c.line(), "date", "must not be before the previous check-in (" + previous + ")");
      }
      previous = day;
      GivenInput given;
      try {
        given = GivenInput.parse(c.fields());
      } catch (InvalidCheckInException e) {
        throw new LineError(c.line(), e.field(), e.problem());
      }
      int painNow = given.checkIn().painNow();
      if (openedOn == null && EpisodeRule.opens(painNow)) {
        int daysAgo = given.gave("daysSinceOnset") ? given.checkIn().daysSinceOnset() : 0;
        openedOn = day.minusDays(daysAgo);
        pains.clear();
        earlier.clear();
      }
      HistoryFacts facts =
          HistoryFacts.of(painNow, day, openedOn, earlier, forDerivation, log, null);
      GivenInput.Effective effective = given.effective(facts, day);
      dated.add(c.context().toEpisodeCheckIn(day, effective.checkIn()));
      if (openedOn != null) {
        earlier.add(new HistoryFacts.EarlierCheckIn(painNow, effective.checkIn().painPeak()));
        pains.add(new EpisodeRule.DatedPain(day, painNow));
        if (EpisodeRule.closes(pains)) {
          episodes.add(new Episode(openedOn, day));
          openedOn = null;
        }
      }
    }
    if (openedOn != null) {
      episodes.add(Episode.open(openedOn));
    }
    return PlannerInput.builder(today)
        .log(log)
        .episodes(episodes)
        .checkIns(dated)
        .monitoring(monitored)
        .screen(screen)
        .incrementKg(incrementKg)
        .assessments(
            assessments.stream()
                .map(
                    a ->
                        new Assessment(
                            a.date(),
                            (int) dated.stream().filter(c -> c.date().equals(a.date())).count(),
                            a.assessedBy(),
                            a.outcome(),
                            a.limits()))
                .toList())
        .build();
  }

  /** A pain-answer line that cannot be used (as opposed to a check-in line). */
  public static final class AnswersError extends Exception {
    private static final long serialVersionUID = 1L;

    AnswersError(LineError cause) {
      super(cause.getMessage(), cause);
    }

    public LineError line() {
      return (LineError) getCause();
    }
  }
}
