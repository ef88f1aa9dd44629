package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.ACWR_WINDOW_DAYS;
import static dev.backload.core.planning.PlannerThresholds.BREAK_WINDOW_DAYS;
import static dev.backload.core.planning.PlannerThresholds.HIGH_ACWR;
import static dev.backload.core.planning.PlannerThresholds.HIGH_STRESS;
import static dev.backload.core.planning.PlannerThresholds.POOR_SLEEP_HOURS_BELOW;
import static dev.backload.core.planning.PlannerThresholds.RECOVERY_MIN_DAYS;
import static dev.backload.core.planning.PlannerThresholds.RECOVERY_WINDOW_DAYS;
import static dev.backload.core.planning.PlannerThresholds.STACKED_WINDOW_DAYS;

import dev.backload.core.analytics.AnalyticsConstants;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What may be driving a pain episode (planner.md section 4): the factors the person's own data
 * supports, each with one evidence sentence, never worded as a cause.
 *
 * <p>Windows "in the N days before onset" run from {@code onset - N} to the onset date itself,
 * because a session on the onset date usually came before the pain (pain that began during it). The
 * recovery window is the 3 days before the onset date, not including it. "Late" means the last
 * third ({@link PainStart#lateInSession}, {@link PainStart#lateInSet}); "most onsets" and "tends
 * to" mean more than half of the episodes whose check-ins say where the pain began, counting this
 * one, when at least two are known.
 *
 * <p>Ranking: dated evidence first, the most recent (closest to the onset) first; undated evidence
 * (the screen, a pattern across episodes) after; ties in the table's order ({@link LimiterFactor}).
 */
public final class LimiterAttribution {

  /** The summary when nothing in the data supports any factor. */
  public static final String NO_CLEAR_DRIVER = "No clear driver in the data.";

  /** The summary over one or more factors. */
  public static final String MAY_HAVE_CONTRIBUTED =
      "These came before the pain and may have contributed; none of them is a certain cause.";

  private static final Comparator<Attribution> RANKING =
      Comparator.comparing(
              Attribution::evidenceDate, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Attribution::factor);

  private LimiterAttribution() {}

  /**
   * Ranks the factors the data supports for an episode.
   *
   * @param input the log, analysis, check-ins, earlier episodes and screen
   * @param episode the episode
   * @return the supported factors, ranked; empty when nothing holds
   */
  public static List<Attribution> attribute(PlannerInput input, Episode episode) {
    LocalDate onset = episode.onset();
    List<EpisodeCheckIn> own = input.checkInsOf(episode);
    Optional<PainStart> start =
        own.stream().map(EpisodeCheckIn::painStart).filter(Objects::nonNull).findFirst();
    List<PainStart> starts = new ArrayList<>();
    for (Episode e : input.episodes()) {
      if (e.onset().isBefore(onset)) {
        input.checkInsOf(e).stream()
            .map(EpisodeCheckIn::painStart)
            .filter(Objects::nonNull)
            .findFirst()
            .ifPresent(starts::add);
      }
    }
    start.ifPresent(starts::add);
    HingeLog log = new HingeLog(input.log());

    List<Attribution> found = new ArrayList<>();
    loadSpike(input, onset).ifPresent(found::add);
    returnAfterBreak(input, log, onset).ifPresent(found::add);
    stacked(input, onset).ifPresent(found::add);
    sessionFatigue(input, onset, start, starts).ifPresent(found::add);
    recovery(input, onset).ifPresent(found::add);
    mobility(input.screen()).ifPresent(found::add);
    bracing(input.screen(), onset, start, starts).ifPresent(found::add);
    technique(own, onset).ifPresent(found::add);
    found.sort(RANKING);
    return List.copyOf(found);
  }

  /** {@link #NO_CLEAR_DRIVER} for an empty attribution, {@link #MAY_HAVE_CONTRIBUTED} otherwise. */
  public static String summary(List<Attribution> attribution) {
    return attribution.isEmpty() ? NO_CLEAR_DRIVER : MAY_HAVE_CONTRIBUTED;
  }

  private static Optional<Attribution> loadSpike(PlannerInput input, LocalDate onset) {
    LocalDate monday = PlanContext.monday(onset);
    List<String> clauses = new ArrayList<>();
    LocalDate latest = null;
    for (Flag flag :
        flags(
            input,
            FlagType.SPIKE,
            f -> f.date().equals(monday) || f.date().equals(monday.minusWeeks(1)))) {
      clauses.add(
          String.format(
              Locale.ROOT,
              "your deadlift volume in the week of %s was %.0f%% above the week before",
              flag.date(),
              Triggers.changePct(input.analysis(), flag.date())));
      latest = later(latest, min(onset, flag.date().plusDays(6)));
    }
    Optional<DayLoad> peak =
        input.analysis().days().stream()
            .filter(d -> within(d.date(), onset, ACWR_WINDOW_DAYS))
            .filter(d -> d.acwrEwma() != null && d.acwrEwma() > HIGH_ACWR)
            .max(Comparator.comparing(DayLoad::acwrEwma));
    if (peak.isPresent()) {
      clauses.add(
          String.format(
              Locale.ROOT,
              "on %s your deadlift load of the last days was %.2f times your longer-term average"
                  + " (weighted 7-day against 28-day averages)",
              peak.get().date(),
              peak.get().acwrEwma()));
      latest = later(latest, peak.get().date());
    }
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Attribution(
            LimiterFactor.LOAD_SPIKE,
            sentence(String.join(", and ", clauses))
                + "; this came before the pain began on "
                + onset
                + " and may have contributed.",
            latest));
  }

  private static Optional<Attribution> returnAfterBreak(
      PlannerInput input, HingeLog log, LocalDate onset) {
    List<Flag> flags =
        flags(input, FlagType.RETURN_AFTER_BREAK, f -> within(f.date(), onset, BREAK_WINDOW_DAYS));
    if (flags.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = flags.get(flags.size() - 1).date();
    String gap =
        log.lastBefore(date)
            .map(previous -> ChronoUnit.DAYS.between(previous, date) + " days without any")
            .orElse("a break of more than " + AnalyticsConstants.BREAK_DAYS + " days");
    return Optional.of(
        new Attribution(
            LimiterFactor.RETURN_AFTER_BREAK,
            "On "
                + date
                + " you deadlifted again after "
                + gap
                + ", "
                + before(date, onset)
                + "; coming back after a break may have contributed.",
            date));
  }

  private static Optional<Attribution> stacked(PlannerInput input, LocalDate onset) {
    List<Flag> flags =
        flags(input, FlagType.STACKED_HARD, f -> within(f.date(), onset, STACKED_WINDOW_DAYS));
    if (flags.isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = flags.get(flags.size() - 1).date();
    return Optional.of(
        new Attribution(
            LimiterFactor.STACKED_SESSIONS,
            "Your hard deadlift session on "
                + date
                + " came within "
                + AnalyticsConstants.STACKED_MAX_GAP_DAYS
                + " days of the previous hard one, "
                + before(date, onset)
                + "; hard sessions close together may have contributed.",
            date));
  }

  private static Optional<Attribution> sessionFatigue(
      PlannerInput input, LocalDate onset, Optional<PainStart> start, List<PainStart> starts) {
    List<String> clauses = new ArrayList<>();
    LocalDate date = null;
    if (start.isPresent() && start.get().lateInSession()) {
      clauses.add(
          "the pain began in set "
              + start.get().setNumber()
              + " of "
              + start.get().setsInSession()
              + ", in the last third of the session");
      date = onset;
    }
    if (!flags(input, FlagType.FATIGUE_DROP, f -> f.date().equals(onset)).isEmpty()) {
      clauses.add(
          "on "
              + onset
              + " your last heavy set came out clearly weaker than the earlier"
              + " ones at the same weight");
      date = onset;
    }
    long late = starts.stream().filter(PainStart::lateInSession).count();
    if (clauses.isEmpty() && starts.size() >= 2 && late * 2 > starts.size()) {
      clauses.add(
          "in "
              + late
              + " of your "
              + starts.size()
              + " pain episodes with a known"
              + " start, the pain began late in the session");
    }
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Attribution(
            LimiterFactor.SESSION_FATIGUE,
            sentence(String.join(", and ", clauses))
                + "; fatigue late in a session may have"
                + " contributed.",
            date));
  }

  private static Optional<Attribution> recovery(PlannerInput input, LocalDate onset) {
    TreeMap<LocalDate, List<String>> poor = new TreeMap<>();
    for (EpisodeCheckIn c : input.checkIns()) {
      long daysBefore = ChronoUnit.DAYS.between(c.date(), onset);
      if (daysBefore < 1 || daysBefore > RECOVERY_WINDOW_DAYS) {
        continue;
      }
      if (c.sleepHours() != null && c.sleepHours() < POOR_SLEEP_HOURS_BELOW) {
        poor.computeIfAbsent(c.date(), d -> new ArrayList<>())
            .add(String.format(Locale.ROOT, "%s h of sleep", number(c.sleepHours())));
      }
      if (c.stress() != null && c.stress() >= HIGH_STRESS) {
        poor.computeIfAbsent(c.date(), d -> new ArrayList<>()).add("stress " + c.stress() + "/10");
      }
    }
    if (poor.size() < RECOVERY_MIN_DAYS) {
      return Optional.empty();
    }
    String days =
        poor.entrySet().stream()
            .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
            .collect(Collectors.joining("; "));
    return Optional.of(
        new Attribution(
            LimiterFactor.RECOVERY,
            "In the "
                + RECOVERY_WINDOW_DAYS
                + " days before the pain began you reported short sleep"
                + " or high stress on "
                + poor.size()
                + " days ("
                + days
                + "); poor recovery may"
                + " have contributed.",
            poor.lastKey()));
  }

  private static Optional<Attribution> mobility(Screen screen) {
    List<String> clauses = new ArrayList<>();
    side(
        clauses,
        "your knee-to-wall test was %s cm on the %s",
        screen.kneeToWallLeftCm(),
        screen.kneeToWallRightCm(),
        PlannerThresholds.KNEE_TO_WALL_MIN_CM);
    if (screen.pointsToHipMobility()) {
      clauses.add("you could not hinge to mid-shin with a flat back");
    }
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Attribution(
            LimiterFactor.MOBILITY,
            "Your screen shows that "
                + String.join(", and ", clauses)
                + "; limited mobility may have"
                + " contributed, though the evidence linking mobility and back pain is weak.",
            null));
  }

  private static Optional<Attribution> bracing(
      Screen screen, LocalDate onset, Optional<PainStart> start, List<PainStart> starts) {
    List<String> clauses = new ArrayList<>();
    side(
        clauses,
        "your side plank held %s s on the %s",
        screen.sidePlankLeftS(),
        screen.sidePlankRightS(),
        PlannerThresholds.SIDE_PLANK_MIN_S);
    if (Screen.below(screen.backExtensorHoldS(), PlannerThresholds.BACK_EXTENSOR_MIN_S)) {
      clauses.add("your back-extensor hold lasted " + number(screen.backExtensorHoldS()) + " s");
    }
    LocalDate date = null;
    List<PainStart> known = starts.stream().filter(s -> s.repNumber() != null).toList();
    long late = known.stream().filter(PainStart::lateInSet).count();
    if (start.isPresent() && start.get().lateInSet()) {
      clauses.add(
          "the pain began in rep "
              + start.get().repNumber()
              + " of "
              + start.get().repsInSet()
              + ", late in the set");
      date = onset;
    } else if (known.size() >= 2 && late * 2 > known.size()) {
      clauses.add(
          "in "
              + late
              + " of "
              + known.size()
              + " episodes with a known rep, the pain"
              + " began late within the set");
    }
    if (clauses.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Attribution(
            LimiterFactor.BRACING_ENDURANCE,
            sentence(String.join(", and ", clauses)) + "; trunk endurance may have been a limiter.",
            date));
  }

  private static Optional<Attribution> technique(List<EpisodeCheckIn> own, LocalDate onset) {
    Set<TechniqueNote> notes = EnumSet.noneOf(TechniqueNote.class);
    own.forEach(c -> notes.addAll(c.technique()));
    if (notes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Attribution(
            LimiterFactor.TECHNIQUE,
            "When the pain began you noticed "
                + notes.stream().map(TechniqueNote::text).collect(Collectors.joining(" and "))
                + "; how the lift was moving may have contributed.",
            onset));
  }

  // ---- helpers ----

  private static List<Flag> flags(PlannerInput input, FlagType type, Predicate<Flag> when) {
    return input.analysis().flags().stream().filter(f -> f.type() == type).filter(when).toList();
  }

  /** Whether a date is in the {@code days} days before onset or on the onset date. */
  static boolean within(LocalDate date, LocalDate onset, int days) {
    return !date.isAfter(onset) && !date.isBefore(onset.minusDays(days));
  }

  private static void side(
      List<String> clauses, String format, Double left, Double right, double limit) {
    if (Screen.below(left, limit)) {
      clauses.add(String.format(Locale.ROOT, format, number(left), "left"));
    }
    if (Screen.below(right, limit)) {
      clauses.add(String.format(Locale.ROOT, format, number(right), "right"));
    }
  }

  private static String before(LocalDate date, LocalDate onset) {
    long days = ChronoUnit.DAYS.between(date, onset);
    if (days == 0) {
      return "on the day the pain began";
    }
    return days == 1 ? "the day before the pain began" : days + " days before the pain began";
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String sentence(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
