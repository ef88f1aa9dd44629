package dev.backload.app.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.backload.app.config.Json;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.AnalyticsWords;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the charts draw, for the dashboard and the HTML report alike: written as JSON into the
 * page's data block and drawn by the one chart script, {@code static/js/charts.js}. Loads are in
 * {@link #unit()}, rounded to 0.1; dates are ISO dates ({@code 2025-01-20}), weeks are named by
 * their Monday. The names are ours (variations), never text from a file.
 *
 * @param unit {@code kg} or {@code lb}
 * @param weeks deadlift-family tonnage per week
 * @param e1rm the estimated one-rep max per variation and week
 * @param days deadlift-family tonnage per day with its two averages
 * @param pain pain at each check-in, or {@code null} (and left out of the JSON) when there is no
 *     pain series to draw: the report never has one, the dashboard only once check-ins exist
 */
public record ChartData(
    String unit,
    Weeks weeks,
    E1rm e1rm,
    Days days,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<PainAt> pain) {

  /**
   * Weekly deadlift-family tonnage.
   *
   * @param labels each week's Monday
   * @param names each week's ISO name, e.g. {@code 2025-W04}
   * @param hinge its tonnage
   * @param spike whether it has a SPIKE flag
   */
  public record Weeks(
      List<String> labels, List<String> names, List<Double> hinge, List<Boolean> spike) {}

  /**
   * The estimated one-rep max per variation, one series per variation with any estimate.
   *
   * @param labels each week's Monday
   * @param series the variations, in variation order
   */
  public record E1rm(List<String> labels, List<Series> series) {}

  /**
   * One variation's weekly best estimate.
   *
   * @param variation its constant, e.g. {@code ROMANIAN}
   * @param name its name for people
   * @param values per week, {@code null} for a week without one
   */
  public record Series(String variation, String name, List<Double> values) {}

  /**
   * Daily deadlift-family tonnage.
   *
   * @param labels every date of the series
   * @param hinge its tonnage
   * @param acute the acute EWMA
   * @param chronic the chronic EWMA
   */
  public record Days(
      List<String> labels, List<Double> hinge, List<Double> acute, List<Double> chronic) {}

  /**
   * A check-in's pain.
   *
   * @param date its date
   * @param painNow pain now, 0 to 10
   */
  public record PainAt(String date, int painNow) {}

  /** The charts of the whole analysis in kilograms, without pain: what the report draws. */
  public static ChartData whole(Analysis analysis) {
    return of(analysis, LocalDate.MIN, WeightUnit.KG, null);
  }

  /**
   * The charts from a date on.
   *
   * @param analysis the analysis of the whole log
   * @param from the first date shown (a Monday), or {@code null} to show nothing
   * @param unit the unit to show loads in
   * @param pain the pain series to draw (already cut to the range), or {@code null} for none
   */
  public static ChartData of(
      Analysis analysis, LocalDate from, WeightUnit unit, List<PainAt> pain) {
    double factor = unit == WeightUnit.LB ? 1 / TrainingSet.KG_PER_LB : 1;
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
    return new ChartData(
        unit == WeightUnit.LB ? "lb" : "kg",
        weeks(weeks, spikes(analysis), factor),
        e1rm(weeks, factor),
        days(days, factor),
        pain == null ? null : List.copyOf(pain));
  }

  /** The Mondays of the weeks with a SPIKE flag. */
  public static Set<LocalDate> spikes(Analysis analysis) {
    Set<LocalDate> spikes = new HashSet<>();
    for (Flag f : analysis.flags()) {
      if (f.type() == FlagType.SPIKE) {
        spikes.add(f.date());
      }
    }
    return spikes;
  }

  /** The JSON for the page's data block, safe inside a {@code <script>} element. */
  public String json() {
    return Html.scriptSafeJson(Json.mapper().writeValueAsString(this));
  }

  private static Weeks weeks(List<WeekLoad> weeks, Set<LocalDate> spikes, double factor) {
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
    return new Weeks(labels, names, hinge, spike);
  }

  private static E1rm e1rm(List<WeekLoad> weeks, double factor) {
    Map<HingeVariation, List<Double>> byVariation = new EnumMap<>(HingeVariation.class);
    for (int i = 0; i < weeks.size(); i++) {
      for (var e : weeks.get(i).e1rmByVariation().entrySet()) {
        List<Double> values =
            byVariation.computeIfAbsent(
                e.getKey(), v -> new ArrayList<>(Collections.nCopies(weeks.size(), (Double) null)));
        values.set(i, round(e.getValue() * factor));
      }
    }
    List<Series> series = new ArrayList<>();
    byVariation.forEach(
        (v, values) -> series.add(new Series(v.name(), AnalyticsWords.variationName(v), values)));
    return new E1rm(weeks.stream().map(w -> w.start().toString()).toList(), series);
  }

  private static Days days(List<DayLoad> days, double factor) {
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
    return new Days(labels, hinge, acute, chronic);
  }

  private static Double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
