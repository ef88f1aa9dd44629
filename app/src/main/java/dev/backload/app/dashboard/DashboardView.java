package dev.backload.app.dashboard;

import dev.backload.app.analytics.ChartData;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.AnalyticsWords;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.TrainingSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the dashboard shows: the analysis of the whole log cut to a time range, in the person's
 * weight unit, with the flags in plain words and the data the charts draw. The names of flags and
 * variations and what each flag means are {@link AnalyticsWords}, the words of the report too.
 *
 * @param summary the counts and span of the whole log
 * @param unit {@code kg} or {@code lb}
 * @param range the time range shown
 * @param from the first date shown (a Monday), or {@code null} for an empty log
 * @param flags the flags within the range, newest first
 * @param recentWeeks the last weeks of the range, newest first, for the table under the chart
 * @param latest the last day of the log (its averages and ratio), or {@code null}
 * @param painAvailable whether check-ins can be shown at all (the person has saved check-ins)
 * @param painPoints how many check-ins fall within the range
 * @param data what the charts draw, as the page's {@code dashboard-data} JSON block
 */
public record DashboardView(
    Summary summary,
    String unit,
    Range range,
    LocalDate from,
    List<FlagLine> flags,
    List<WeekRow> recentWeeks,
    DayLoad latest,
    boolean painAvailable,
    int painPoints,
    ChartData data) {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  static final int TABLE_WEEKS = 8;

  /** The time ranges the dashboard offers, counted back from the last week of the log. */
  public enum Range {
    WEEKS_12("12w", "12 weeks", 12),
    WEEKS_26("26w", "6 months", 26),
    WEEKS_52("52w", "1 year", 52),
    ALL("all", "Everything", 0);

    private final String id;
    private final String label;
    private final int weeks;

    Range(String id, String label, int weeks) {
      this.id = id;
      this.label = label;
      this.weeks = weeks;
    }

    public String id() {
      return id;
    }

    public String label() {
      return label;
    }

    /** The range with this id; the default (6 months) for anything else. */
    public static Range of(String id) {
      for (Range r : values()) {
        if (r.id.equals(id)) {
          return r;
        }
      }
      return WEEKS_26;
    }
  }

  /**
   * A flag in plain words.
   *
   * @param type the flag type's name, e.g. {@code SPIKE}
   * @param date the date it is anchored at (a week's Monday for a week's flag)
   * @param when the date as shown, e.g. {@code Week of 20 Jan 2025}
   * @param title a short heading
   * @param text what happened, with the numbers
   */
  public record FlagLine(String type, LocalDate date, String when, String title, String text) {}

  /**
   * A flag type with what it means, for the page's "What these notes mean".
   *
   * @param title the flag type's name
   * @param meaning what raises it
   */
  public record FlagMeaning(String title, String meaning) {}

  /** What each flag type means, in type order. */
  public static List<FlagMeaning> flagMeanings() {
    List<FlagMeaning> meanings = new ArrayList<>();
    for (FlagType type : FlagType.values()) {
      meanings.add(
          new FlagMeaning(AnalyticsWords.flagTitle(type), AnalyticsWords.flagMeaning(type)));
    }
    return meanings;
  }

  /**
   * One week in the table.
   *
   * @param week the ISO week, e.g. {@code 2025-W04}
   * @param start the Monday
   * @param hingeTonnage the week's deadlift-family tonnage in the person's unit
   * @param changePct the change on the week before in percent, or {@code null}
   * @param hingeSets working deadlift-family sets
   * @param spike whether the week has a SPIKE flag
   */
  public record WeekRow(
      String week,
      LocalDate start,
      double hingeTonnage,
      Double changePct,
      int hingeSets,
      boolean spike) {}

  /** The weekly rise that marks a spike week: "30%". */
  public String spikeThreshold() {
    return AnalyticsWords.spikeThreshold();
  }

  /** Whether the log has any set at all. */
  public boolean empty() {
    return summary.sets() == 0;
  }

  /** Whether the log has sets that count (working sets). */
  public boolean hasWorkingSets() {
    return summary.firstDate() != null;
  }

  /** A date as the page shows it, e.g. {@code 20 Jan 2025}. */
  public static String day(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  /**
   * Builds the view.
   *
   * @param analysis the analysis of the whole log
   * @param unit {@code kg} or {@code lb}: the unit to show loads in
   * @param range the time range
   * @param pain the check-ins, or {@code null} when the person has none yet
   */
  public static DashboardView of(
      Analysis analysis, String unit, Range range, List<PainPoint> pain) {
    WeightUnit weightUnit = "lb".equals(unit) ? WeightUnit.LB : WeightUnit.KG;
    String shownUnit = weightUnit == WeightUnit.LB ? "lb" : "kg";
    double factor = weightUnit == WeightUnit.LB ? 1 / TrainingSet.KG_PER_LB : 1;
    Summary summary = analysis.summary();
    LocalDate from = null;
    if (summary.lastDate() != null) {
      LocalDate firstMonday = summary.firstDate().with(DayOfWeek.MONDAY);
      from =
          range.weeks == 0
              ? firstMonday
              : summary.lastDate().with(DayOfWeek.MONDAY).minusWeeks(range.weeks - 1L);
      if (from.isBefore(firstMonday)) {
        from = firstMonday;
      }
    }
    List<ChartData.PainAt> points = null;
    if (pain != null) {
      points = new ArrayList<>();
      for (PainPoint p : pain) {
        if (from == null || !p.date().isBefore(from)) {
          points.add(new ChartData.PainAt(p.date().toString(), p.painNow()));
        }
      }
    }
    ChartData data = ChartData.of(analysis, from, weightUnit, points);
    int painPoints = points == null ? 0 : points.size();
    Set<LocalDate> spikes = ChartData.spikes(analysis);
    List<WeekLoad> weeks = new ArrayList<>();
    if (from != null) {
      for (WeekLoad w : analysis.weeks()) {
        if (!w.start().isBefore(from)) {
          weeks.add(w);
        }
      }
    }

    List<FlagLine> flags = new ArrayList<>();
    for (Flag f : analysis.flags()) {
      if (from != null && !f.date().isBefore(from)) {
        flags.add(describe(f, analysis, shownUnit, factor));
      }
    }
    flags.sort(Comparator.comparing(FlagLine::date).reversed());

    List<WeekRow> table = new ArrayList<>();
    for (int i = weeks.size() - 1; i >= 0 && table.size() < TABLE_WEEKS; i--) {
      WeekLoad w = weeks.get(i);
      table.add(
          new WeekRow(
              w.week(),
              w.start(),
              w.hingeTonnageKg() * factor,
              w.hingeChangePct(),
              w.hingeSets(),
              spikes.contains(w.start())));
    }
    DayLoad latest =
        analysis.days().isEmpty() ? null : analysis.days().get(analysis.days().size() - 1);
    return new DashboardView(
        summary, shownUnit, range, from, flags, table, latest, pain != null, painPoints, data);
  }

  /** A flag in the dashboard's words: its title, and what happened with the numbers. */
  static FlagLine describe(Flag f, Analysis analysis, String unit, double factor) {
    String type = f.type().name();
    String title = AnalyticsWords.flagTitle(f.type());
    return switch (f.type()) {
      case SPIKE -> {
        WeekLoad week = null;
        WeekLoad before = null;
        List<WeekLoad> weeks = analysis.weeks();
        for (int i = 1; i < weeks.size(); i++) {
          if (weeks.get(i).start().equals(f.date())) {
            week = weeks.get(i);
            before = weeks.get(i - 1);
          }
        }
        String text =
            week == null || week.hingeChangePct() == null
                ? AnalyticsWords.flagMeaning(f.type())
                : String.format(
                    Locale.ENGLISH,
                    "Your deadlift-family volume was %,.0f%% higher than the week before:"
                        + " %,.0f\u00a0%s against %,.0f\u00a0%s.",
                    week.hingeChangePct(),
                    week.hingeTonnageKg() * factor,
                    unit,
                    before.hingeTonnageKg() * factor,
                    unit);
        yield new FlagLine(type, f.date(), "Week of " + day(f.date()), title, text);
      }
      case RETURN_AFTER_BREAK -> {
        LocalDate previous = null;
        for (DayLoad d : analysis.days()) {
          if (d.date().isBefore(f.date()) && d.hingeTonnageKg() > 0) {
            previous = d.date();
          }
        }
        String text =
            previous == null
                ? AnalyticsWords.flagMeaning(f.type())
                : String.format(
                    Locale.ENGLISH,
                    "Deadlift-family sets again after %d days without any (the last were on %s).",
                    ChronoUnit.DAYS.between(previous, f.date()),
                    day(previous));
        yield new FlagLine(type, f.date(), day(f.date()), title, text);
      }
      case STACKED_HARD ->
          new FlagLine(
              type,
              f.date(),
              day(f.date()),
              title,
              "A hard deadlift-family session one or two days after the previous hard one.");
      case FATIGUE_DROP ->
          new FlagLine(
              type,
              f.date(),
              day(f.date()),
              title,
              "At the session's top weight, the last set was clearly weaker than the earlier"
                  + " ones.");
    };
  }
}
