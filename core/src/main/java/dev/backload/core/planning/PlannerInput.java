package dev.backload.core.planning;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the planner reads. Nothing after {@code today} is used.
 *
 * @param today the date the plan is made for; the next session is assumed today or later
 * @param log the training log in canonical form
 * @param analysis the analytics of that log ({@link TrainingLoadAnalysis#analyze})
 * @param episodes pain episodes, sorted here by onset; the last one begun on or before today is the
 *     current one if it is open
 * @param checkIns dated check-ins, inside and outside episodes, given in the order they were
 *     recorded; sorted here by date (stable, so the recorded order is kept within a date) and each
 *     given the URGENT findings that earlier assessments covered ({@link RedFlagHold#assess})
 * @param monitoring monitored deadlift-family sessions, sorted here by date (stable)
 * @param screen the person's screening results; {@link Screen#NONE} when {@code null}
 * @param incrementKg the smallest loadable step in kilograms, above 0
 * @param assessments the assessments after red flags (planner.md 0a), sorted here in their
 *     {@linkplain Assessment#TIMELINE_ORDER timeline order} (stable)
 */
public record PlannerInput(
    LocalDate today,
    List<TrainingSet> log,
    Analysis analysis,
    List<Episode> episodes,
    List<EpisodeCheckIn> checkIns,
    List<MonitoredSession> monitoring,
    Screen screen,
    double incrementKg,
    List<Assessment> assessments) {

  public PlannerInput {
    Objects.requireNonNull(today, "today");
    log = List.copyOf(log);
    Objects.requireNonNull(analysis, "analysis");
    episodes = sorted(episodes, Comparator.comparing(Episode::onset));
    assessments = sorted(assessments, Assessment.TIMELINE_ORDER);
    checkIns =
        RedFlagHold.assess(
            sorted(checkIns, Comparator.comparing(EpisodeCheckIn::date)), assessments);
    monitoring = sorted(monitoring, Comparator.comparing(MonitoredSession::date));
    screen = screen == null ? Screen.NONE : screen;
    if (!(incrementKg > 0) || Double.isInfinite(incrementKg)) {
      throw new IllegalArgumentException("incrementKg must be a finite number > 0: " + incrementKg);
    }
  }

  /** Starts an input for {@code today} with an empty log and the default increment. */
  public static Builder builder(LocalDate today) {
    return new Builder(today);
  }

  /**
   * The latest check-in up to today: the last by date, and of a date the last recorded; empty when
   * there is none.
   */
  public Optional<EpisodeCheckIn> latestCheckIn() {
    EpisodeCheckIn latest = null;
    for (EpisodeCheckIn c : checkIns) {
      latest = c.date().isAfter(today) ? latest : c;
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The red-flag hold on the plan today, if one is on (planner.md 0a). Unlike everything else here
   * it reads every check-in, even one dated after today (after a change of time zone): a recorded
   * red flag is never left out. Only assessments up to today can end it.
   */
  public Optional<RedFlagHold> hold() {
    return RedFlagHold.asOf(today, checkIns, assessments);
  }

  /** Whether no check-in up to today has been recorded since the latest assessment up to today. */
  public boolean assessedSinceLatestCheckIn() {
    return RedFlagHold.endsWithAssessment(upToToday(checkIns), assessmentsUpToToday());
  }

  /**
   * The latest assessment up to today, on the timeline's order (of two at the same place, the one
   * given later); empty when there is none. Its limits apply to every prescription while it is the
   * latest.
   */
  public Optional<Assessment> latestAssessment() {
    List<Assessment> upToToday = assessmentsUpToToday();
    return upToToday.isEmpty()
        ? Optional.empty()
        : Optional.of(upToToday.get(upToToday.size() - 1));
  }

  private List<Assessment> assessmentsUpToToday() {
    return assessments.stream().filter(a -> !a.date().isAfter(today)).toList();
  }

  private List<EpisodeCheckIn> upToToday(List<EpisodeCheckIn> values) {
    return values.stream().filter(c -> !c.date().isAfter(today)).toList();
  }

  /** The current episode: the last one begun on or before today, when it is still open. */
  public Optional<Episode> openEpisode() {
    Episode latest = null;
    for (Episode episode : episodes) {
      latest = episode.onset().isAfter(today) ? latest : episode;
    }
    return Optional.ofNullable(latest).filter(e -> e.isOpenOn(today));
  }

  /**
   * The check-ins that belong to an episode: from its onset to the day before the next episode's
   * onset, its closing date and today, whichever comes first.
   */
  public List<EpisodeCheckIn> checkInsOf(Episode episode) {
    LocalDate end = today;
    if (episode.closedOn() != null && episode.closedOn().isBefore(end)) {
      end = episode.closedOn();
    }
    for (Episode other : episodes) {
      if (other.onset().isAfter(episode.onset()) && !other.onset().isAfter(end)) {
        end = other.onset().minusDays(1);
      }
    }
    LocalDate last = end;
    return checkIns.stream()
        .filter(c -> !c.date().isBefore(episode.onset()) && !c.date().isAfter(last))
        .toList();
  }

  private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(order);
    return List.copyOf(copy);
  }

  /** Builds a {@link PlannerInput}; the analysis defaults to the analysis of the log. */
  public static final class Builder {
    private final LocalDate today;
    private List<TrainingSet> log = List.of();
    private Analysis analysis;
    private List<Episode> episodes = List.of();
    private List<EpisodeCheckIn> checkIns = List.of();
    private List<MonitoredSession> monitoring = List.of();
    private Screen screen = Screen.NONE;
    private double incrementKg = PlannerThresholds.DEFAULT_INCREMENT_KG;
    private List<Assessment> assessments = List.of();

    private Builder(LocalDate today) {
      this.today = today;
    }

    public Builder log(List<TrainingSet> sets) {
      this.log = sets;
      return this;
    }

    /** The analysis to use instead of analysing the log. */
    public Builder analysis(Analysis value) {
      this.analysis = value;
      return this;
    }

    public Builder episodes(List<Episode> values) {
      this.episodes = values;
      return this;
    }

    public Builder checkIns(List<EpisodeCheckIn> values) {
      this.checkIns = values;
      return this;
    }

    public Builder monitoring(List<MonitoredSession> values) {
      this.monitoring = values;
      return this;
    }

    public Builder screen(Screen value) {
      this.screen = value;
      return this;
    }

    public Builder incrementKg(double value) {
      this.incrementKg = value;
      return this;
    }

    public Builder assessments(List<Assessment> values) {
      this.assessments = values;
      return this;
    }

    public PlannerInput build() {
      Analysis a = analysis != null ? analysis : TrainingLoadAnalysis.analyze(log);
      return new PlannerInput(
          today, log, a, episodes, checkIns, monitoring, screen, incrementKg, assessments);
    }
  }
}
