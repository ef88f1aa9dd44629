package dev.backload.app.analytics;

import static dev.backload.app.analytics.ReportWords.change;
import static dev.backload.app.analytics.ReportWords.count;
import static dev.backload.app.analytics.ReportWords.ratio;
import static dev.backload.app.analytics.ReportWords.tonnage;
import static dev.backload.app.analytics.ReportWords.weight;
import static dev.backload.core.analytics.AnalyticsWords.flagTitle;
import static dev.backload.core.analytics.AnalyticsWords.variationName;

import dev.backload.app.analytics.AnalyzedExport.HingeExercise;
import dev.backload.app.analytics.ReportFacts.VariationBest;
import dev.backload.app.imports.ImportWords;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.AnalyticsConstants;
import dev.backload.core.analytics.AnalyticsWords;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.importing.WeightUnit;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The readable terminal summary of an analysed export: what was read and in which unit, the span
 * and counts, the last weeks of deadlift-family tonnage with their change and flags, the estimated
 * maxes per variation, and the flags in plain words. Plain ASCII of our own, lines of at most 80
 * characters (exercise names from the file are printed as written).
 */
public final class AnalysisReport {
  /** How many of the most recent flags are listed one by one. */
  static final int FLAGS_LISTED = 10;

  private static final int WIDTH = 80;

  private AnalysisReport() {}

  /** The summary as text, lines ending in {@code \n}. */
  public static String render(AnalyzedExport export) {
    StringBuilder out = new StringBuilder();
    Analysis analysis = export.analysis();
    Summary summary = analysis.summary();
    line(out, "Backload analysis of " + export.fileName());
    line(out, "");
    field(
        out,
        "Read as",
        export.format().displayName() + " export (header variant " + export.variant() + ")");
    field(out, "Columns", ImportWords.columns(export.headerMatch(), export.missingColumns()));
    if (export.repairedRows() > 0) {
      field(out, "Repaired", ImportWords.repaired(export.repairedRows()));
    }
    field(
        out,
        "Unit",
        ReportWords.unitSentence(export.unit(), export.unitSource(), export.requestedUnit())
            + (export.unit() == WeightUnit.LB
                ? " Below, weights are in kilograms (1 lb = 0.45359237 kg)."
                : ""));
    if (export.skippedRows() > 0) {
      field(
          out,
          "Skipped",
          count(export.skippedRows())
              + (export.skippedRows() == 1 ? " row" : " rows")
              + " with a problem (listed on standard error), of "
              + count(export.rowsRead())
              + " rows read.");
    }
    if (summary.firstDate() == null) {
      field(out, "Sets", count(summary.sets()) + " in " + count(summary.workouts()) + " workouts");
      line(out, "");
      wrap(
          out,
          "",
          "The file has no working sets (sets of at least one rep that are not warm-ups), so"
              + " there is nothing to analyse.");
      return out.toString();
    }
    long days = ChronoUnit.DAYS.between(summary.firstDate(), summary.lastDate()) + 1;
    field(
        out,
        "Period",
        summary.firstDate() + " to " + summary.lastDate() + " (" + count(days) + " days)");
    field(out, "Workouts", count(summary.workouts()));
    field(
        out,
        "Sets",
        count(summary.sets())
            + " (working sets: "
            + count(summary.workingSets())
            + ", of them deadlift-family: "
            + count(summary.hingeWorkingSets())
            + ")");
    hingeExercises(out, export.hingeExercises());
    recentWeeks(out, analysis);
    e1rms(out, export, analysis);
    ratios(out, analysis);
    flags(out, analysis.flags());
    line(out, "");
    wrap(
        out,
        "",
        "For every day, week and flag: --json. For a report with charts to keep or send to"
            + " your physiotherapist: --html FILE.");
    return out.toString();
  }

  private static void hingeExercises(StringBuilder out, List<HingeExercise> exercises) {
    line(out, "");
    if (exercises.isEmpty()) {
      wrap(
          out,
          "",
          "No deadlift-family exercises in this file (names with deadlift, RDL, rack pull or block"
              + " pull), so the deadlift numbers below are all zero.");
      return;
    }
    line(out, "Deadlift-family exercises in the file (working sets):");
    for (HingeExercise e : exercises) {
      line(
          out,
          String.format(
              Locale.ROOT,
              "  %-36s %-22s %6s",
              e.name(),
              variationName(e.variation()),
              count(e.workingSets())));
    }
  }

  private static void recentWeeks(StringBuilder out, Analysis analysis) {
    List<WeekLoad> weeks = ReportFacts.recentWeeks(analysis);
    line(out, "");
    line(
        out,
        "Deadlift-family tonnage, last "
            + weeks.size()
            + (weeks.size() == 1 ? " week" : " weeks")
            + " (load x reps of working sets):");
    line(
        out,
        String.format(
            Locale.ROOT,
            "  %-9s %-11s %11s %5s %8s  %s",
            "week",
            "from",
            "tonnage",
            "sets",
            "change",
            "flags"));
    for (WeekLoad week : weeks) {
      Set<FlagType> types = ReportFacts.flagsIn(week, analysis.flags());
      String tags = types.stream().map(AnalyticsWords::flagTag).collect(Collectors.joining(", "));
      line(
          out,
          String.format(
                  Locale.ROOT,
                  "  %-9s %-11s %11s %5d %8s  %s",
                  week.week(),
                  week.start(),
                  tonnage(week.hingeTonnageKg()),
                  week.hingeSets(),
                  change(week.hingeChangePct()),
                  tags)
              .stripTrailing());
    }
    wrap(
        out,
        "  ",
        "change: on the week before (n/a after a week without deadlifts or a partial first"
            + " week).");
  }

  private static void e1rms(StringBuilder out, AnalyzedExport export, Analysis analysis) {
    List<VariationBest> bests = ReportFacts.e1rms(analysis);
    line(out, "");
    if (bests.isEmpty()) {
      line(out, "Estimated one-rep max: none (no deadlift-family working set gives one).");
      return;
    }
    line(out, "Estimated one-rep max (e1RM) per variation, from working sets:");
    String columns = "  %-22s %-17s %-9s %-17s %s";
    line(
        out,
        String.format(
            Locale.ROOT, columns, "variation", "last 12 weeks", "week", "best ever", "week"));
    for (VariationBest b : bests) {
      line(
          out,
          String.format(
                  Locale.ROOT,
                  columns,
                  variationName(b.variation()),
                  b.recentBest() == null ? "-" : weight(b.recentBest(), export.unit()),
                  b.recentWeek() == null ? "" : b.recentWeek(),
                  weight(b.best(), export.unit()),
                  b.bestWeek())
              .stripTrailing());
    }
  }

  private static void ratios(StringBuilder out, Analysis analysis) {
    DayLoad last = ReportFacts.lastDay(analysis);
    line(out, "");
    line(out, "Load ratios on " + last.date() + ", the last day:");
    line(
        out,
        String.format(Locale.ROOT, "  %-40s %s", "acute:chronic (EWMA)", ratio(last.acwrEwma())));
    line(
        out,
        String.format(
            Locale.ROOT,
            "  %-40s %s",
            "last "
                + AnalyticsConstants.ACUTE_WINDOW_DAYS
                + " days : the "
                + (AnalyticsConstants.CHRONIC_WINDOW_DAYS - AnalyticsConstants.ACUTE_WINDOW_DAYS)
                + " days before",
            ratio(last.acwrUncoupled())));
    wrap(out, "  ", ReportWords.RATIOS_ARE_DESCRIPTIVE);
  }

  private static void flags(StringBuilder out, List<Flag> flags) {
    line(out, "");
    if (flags.isEmpty()) {
      line(out, "Flags: none.");
      return;
    }
    line(out, "Flags: " + count(flags.size()) + " in all.");
    wrap(out, "", ReportWords.FLAGS_ARE_PROMPTS);
    Map<FlagType, Integer> counts = ReportFacts.flagCounts(flags);
    counts.forEach(
        (type, n) ->
            line(out, String.format(Locale.ROOT, "  %-28s %6s", flagTitle(type), count(n))));
    int from = Math.max(0, flags.size() - FLAGS_LISTED);
    line(out, "");
    line(out, from == 0 ? "Every flag:" : "The " + FLAGS_LISTED + " most recent:");
    for (Flag flag : flags.subList(from, flags.size())) {
      line(out, "  " + flag.date() + "  " + flagTitle(flag.type()));
      wrap(out, "              ", flag.detail());
    }
    line(out, "");
    line(out, "What the flags mean:");
    for (FlagType type : counts.keySet()) {
      wrap(out, "  ", flagTitle(type) + ": " + AnalyticsWords.flagMeaning(type));
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    wrap(out, String.format(Locale.ROOT, "%-10s", name + ":"), value, " ".repeat(10));
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }

  private static void wrap(StringBuilder out, String indent, String text) {
    wrap(out, indent, text, indent);
  }

  /** Word-wraps text to {@value #WIDTH} columns: the first line after {@code first}. */
  private static void wrap(StringBuilder out, String first, String text, String rest) {
    StringBuilder current = new StringBuilder(first);
    int start = current.length();
    for (String word : text.split(" ")) {
      if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
        line(out, current.toString());
        current = new StringBuilder(rest);
        start = current.length();
      }
      if (current.length() > start) {
        current.append(' ');
      }
      current.append(word);
    }
    line(out, current.toString());
  }
}
