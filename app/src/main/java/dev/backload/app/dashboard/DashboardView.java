package dev.backload.app.dashboard;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the dashboard shows: the analysis of the whole log cut to a time range, in the person's
 * weight unit, with the flags in plain words and the data the charts draw.
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
    Map<String, Object> data) {

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
    String shownUnit = "lb".equals(unit) ? "lb" : "kg";
    double factor = shownUnit.equals("lb") ? 1 / TrainingSet.KG_PER_LB : 1;
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
    List<WeekLoad> weeks = new ArrayList<>();
    List<DayLoad> days = new ArrayList<>();
    if (from != null) {
      for (WeekLoad w : analysis.weeks()) {
        if (!w.start().isBefore(from)) {
          weeks.add(w);
        }
      }
      for (DayLoad d : analysis.days()) {
        if (!d.date().isBefore(from)) {
          days.add(d);
        }
      }
    }
    List<LocalDate> spikes = new ArrayList<>();
    for (Flag f : analysis.flags()) {
      if (f.type() == FlagType.SPIKE) {
        spikes.add(f.date());
      }
    }

    Map<String, Object> data = new LinkedHashMap<>();
    data.put("unit", shownUnit);
    data.put("weeks", weekData(weeks, spikes, factor));
    data.put("e1rm", e1rmData(weeks, factor));
    data.put("days", dayData(days, factor));
    int painPoints = 0;
    if (pain != null) {
      List<Map<String, Object>> points = new ArrayList<>();
      for (PainPoint p : pain) {
        if (from == null || !p.date().isBefore(from)) {
          Map<String, Object> point = new LinkedHashMap<>();
          point.put("date", p.date().toString());
          point.put("painNow", p.painNow());
          points.add(point);
        }
      }
      painPoints = points.size();
      data.put("pain", points);
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

  private static Map<String, Object> weekData(
      List<WeekLoad> weeks, List<LocalDate> spikes, double factor) {
    List<String> labels = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Double> hinge = new ArrayList<>();
    List<Boolean> spike = new ArrayList<>();
    for (WeekLoad w : weeks) {
      labels.add(w.start().toString());
      names.add(w.week());
      hinge.add(round(w.hingeTonnageKg() * factor));
      spike.add(spikes.contains(w.start()));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("labels", labels);
    m.put("names", names);
    m.put("hinge", hinge);
    m.put("spike", spike);
    return m;
  }

  private static Map<String, Object> e1rmData(List<WeekLoad> weeks, double factor) {
    Map<HingeVariation, List<Double>> byVariation = new EnumMap<>(HingeVariation.class);
    for (int i = 0; i < weeks.size(); i++) {
      for (var e : weeks.get(i).e1rmByVariation().entrySet()) {
        List<Double> values =
            byVariation.computeIfAbsent(
                e.getKey(),
                v -> new ArrayList<>(Collections.nCopies(weeks.size(), (Double) null)));
        values.set(i, round(e.getValue() * factor));
      }
    }
    List<Map<String, Object>> series = new ArrayList<>();
    for (var e : byVariation.entrySet()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("variation", e.getKey().name());
      s.put("name", variationName(e.getKey()));
      s.put("values", e.getValue());
      series.add(s);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("labels", weeks.stream().map(w -> w.start().toString()).toList());
    m.put("series", series);
    return m;
  }

  private static Map<String, Object> dayData(List<DayLoad> days, double factor) {
    List<String> labels = new ArrayList<>();
    List<Double> hinge = new ArrayList<>();
    List<Double> acute = new ArrayList<>();
    List<Double> chronic = new ArrayList<>();
    for (DayLoad d : days) {
      labels.add(d.date().toString());
      hinge.add(round(d.hingeTonnageKg() * factor));
      acute.add(round(d.ewmaAcute() * factor));
      chronic.add(round(d.ewmaChronic() * factor));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("labels", labels);
    m.put("hinge", hinge);
    m.put("acute", acute);
    m.put("chronic", chronic);
    return m;
  }

  /** A variation's name as people say it. */
  public static String variationName(HingeVariation v) {
    return switch (v) {
      case TRAP_BAR -> "Trap bar";
      case SUMO -> "Sumo";
      case ROMANIAN -> "Romanian";
      case STIFF_LEG -> "Stiff-leg";
      case DEFICIT -> "Deficit";
      case BLOCK_PULL -> "Rack or block pull";
      case SNATCH_GRIP -> "Snatch grip";
      case CONVENTIONAL -> "Conventional";
    };
  }

  static FlagLine describe(Flag f, Analysis analysis, String unit, double factor) {
    String type = f.type().name();
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
                ? "Your deadlift-family volume this week rose by more than 30% on the week before."
                : String.format(
                    Locale.ENGLISH,
                    "Your deadlift-family volume was %,.0f%% higher than the week before:"
                        + " %,.0f\u00a0%s against %,.0f\u00a0%s.",
                    week.hingeChangePct(),
                    week.hingeTonnageKg() * factor,
                    unit,
                    before.hingeTonnageKg() * factor,
                    unit);
        yield new FlagLine(type, f.date(), "Week of " + day(f.date()), "Volume jumped", text);
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
                ? "Deadlift-family sets again after more than two weeks without any."
                : String.format(
                    Locale.ENGLISH,
                    "Deadlift-family sets again after %d days without any (the last were on %s).",
                    ChronoUnit.DAYS.between(previous, f.date()),
                    day(previous));
        yield new FlagLine(type, f.date(), day(f.date()), "Back after a break", text);
      }
      case STACKED_HARD ->
          new FlagLine(
              type,
              f.date(),
              day(f.date()),
              "Hard sessions close together",
              "A hard deadlift-family session one or two days after the previous hard one.");
      case FATIGUE_DROP ->
          new FlagLine(
              type,
              f.date(),
              day(f.date()),
              "Weaker late in the session",
              "At the session's top weight, the last set was clearly weaker than the earlier"
                  + " ones.");
    };
  }

  private static Double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
