package dev.backload.app.analytics;

import static dev.backload.app.analytics.Html.escape;
import static dev.backload.app.analytics.ReportWords.change;
import static dev.backload.app.analytics.ReportWords.count;
import static dev.backload.app.analytics.ReportWords.flagTitle;
import static dev.backload.app.analytics.ReportWords.ratio;
import static dev.backload.app.analytics.ReportWords.tonnage;
import static dev.backload.app.analytics.ReportWords.variationName;
import static dev.backload.app.analytics.ReportWords.weight;

import dev.backload.app.analytics.AnalyzedExport.HingeExercise;
import dev.backload.app.analytics.ReportFacts.VariationBest;
import dev.backload.app.config.Json;
import dev.backload.app.imports.ImportWords;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.webjars.WebJarVersionLocator;

/**
 * One self-contained HTML file about an analysed export, for the lifter to keep or send to a
 * physiotherapist: what was read, the counts, charts of weekly deadlift-family tonnage (jumps
 * marked), daily load with its acute and chronic averages, and the estimated max per variation,
 * then the flags in plain words and the exercises counted as deadlifts.
 *
 * <p>Nothing is fetched when it is opened: Chart.js (from its WebJar on the class path), the
 * report's own script and style are inlined, and the data is JSON in a {@code <script
 * type="application/json">} element. A Content-Security-Policy allows exactly those inline scripts
 * and the style by their hashes and no network at all. Every text that comes from the file (its
 * name, exercise names) is HTML-escaped. The tables and flags read without JavaScript.
 */
public final class HtmlReport {
  /** Flags listed one by one; the older ones are counted. */
  static final int FLAGS_LISTED = 100;

  private static final String CHART_JS = chartJs();
  private static final String SCRIPT = resource("report.js");
  private static final String STYLE = resource("report.css");

  private HtmlReport() {}

  /**
   * Renders the report.
   *
   * @param export the analysed export
   * @param madeOn the date to show as the report's date
   */
  public static String render(AnalyzedExport export, LocalDate madeOn) {
    Analysis analysis = export.analysis();
    Summary summary = analysis.summary();
    String data = Html.scriptSafeJson(Json.mapper().writeValueAsString(chartData(export)));
    StringBuilder h = new StringBuilder(CHART_JS.length() + 64 * 1024);
    String period =
        summary.firstDate() == null
            ? "no working sets"
            : summary.firstDate() + " to " + summary.lastDate();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("script-src ")
        .append(hash(CHART_JS))
        .append(' ')
        .append(hash(SCRIPT))
        .append("; style-src ")
        .append(hash(STYLE))
        .append("; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"generator\" content=\"Backload\">\n")
        .append("<title>Deadlift training report: ")
        .append(escape(export.fileName()))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    h.append("<header class=\"report-header\">\n<p class=\"brand\">Backload</p>\n")
        .append("<h1>Deadlift training report</h1>\n<p class=\"muted\" id=\"report-subtitle\">")
        .append(escape(export.fileName()))
        .append(" &middot; <span class=\"nowrap\">")
        .append(period)
        .append("</span> &middot; <span class=\"nowrap\">made on ")
        .append(madeOn)
        .append("</span>")
        .append("</p>\n</header>\n<main>\n");
    about(h, export);
    if (summary.firstDate() == null) {
      h.append("<p class=\"notice\">The file has no working sets (sets of at least one rep that")
          .append(" are not warm-ups), so there is nothing to chart.</p>\n");
    } else {
      counts(h, summary);
      weekly(h, analysis);
      daily(h, analysis);
      e1rm(h, export);
      flags(h, analysis.flags());
      exercises(h, export.hingeExercises());
    }
    h.append("</main>\n<footer class=\"report-footer\">\n<p>")
        .append("Tonnage is load &times; reps of working sets (warm-ups left out), in kilograms.")
        .append(" The averages and ratios follow Backload&rsquo;s published analytics rules.")
        .append(" This report describes training; it is not a diagnosis.</p>\n")
        .append("<p>Made with Backload. Charts drawn with Chart.js (MIT licence).</p>\n")
        .append("</footer>\n");
    h.append("<script type=\"application/json\" id=\"report-data\">")
        .append(data)
        .append("</script>\n<script>")
        .append(CHART_JS)
        .append("</script>\n<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void about(StringBuilder h, AnalyzedExport export) {
    boolean guessed = export.unitSource() == UnitSource.GUESSED;
    h.append("<section id=\"about-file\">\n<p>Read as a <strong>")
        .append(escape(export.format().displayName()))
        .append("</strong> export (header variant ")
        .append(escape(export.variant()))
        .append("), its columns ")
        .append(escape(ImportWords.columns(export.headerMatch(), export.missingColumns())))
        .append(".</p>\n");
    if (export.repairedRows() > 0) {
      h.append("<p id=\"repaired\">")
          .append(escape(ImportWords.repaired(export.repairedRows())))
          .append("</p>\n");
    }
    h.append("<p id=\"unit\"")
        .append(guessed ? " class=\"guessed\"" : "")
        .append('>')
        .append(
            escape(
                ReportWords.unitSentence(
                    export.unit(), export.unitSource(), export.requestedUnit())))
        .append(" All weights below are in kilograms.</p>\n");
    if (export.skippedRows() > 0) {
      h.append("<p class=\"notice\">")
          .append(count(export.skippedRows()))
          .append(export.skippedRows() == 1 ? " row was" : " rows were")
          .append(" left out because of a problem (of ")
          .append(count(export.rowsRead()))
          .append(" rows read).</p>\n");
    }
    h.append("</section>\n");
  }

  private static void counts(StringBuilder h, Summary s) {
    h.append("<section id=\"summary\" aria-label=\"Counts\">\n<dl class=\"cards\">\n");
    card(h, "Workouts", count(s.workouts()));
    card(h, "Sets", count(s.sets()));
    card(h, "Working sets", count(s.workingSets()));
    card(h, "Deadlift-family working sets", count(s.hingeWorkingSets()));
    h.append("</dl>\n</section>\n");
  }

  private static void card(StringBuilder h, String name, String value) {
    h.append("<div><dt>").append(name).append("</dt><dd>").append(value).append("</dd></div>\n");
  }

  private static void weekly(StringBuilder h, Analysis analysis) {
    h.append("<section id=\"weekly\">\n<h2>Deadlift-family tonnage per week</h2>\n")
        .append("<p class=\"hint\">Load &times; reps of all working sets of deadlift-family")
        .append(" exercises, Monday to Sunday. Weeks more than 30% above the week before are")
        .append(" marked with a triangle.</p>\n");
    chart(h, "chart-weekly", "Bar chart of deadlift-family tonnage per week");
    List<WeekLoad> weeks = ReportFacts.recentWeeks(analysis);
    h.append("<h3>The last ").append(weeks.size()).append(weeks.size() == 1 ? " week" : " weeks")
        .append("</h3>\n<div class=\"table-wrap\"><table id=\"recent-weeks\">\n")
        .append("<thead><tr><th>Week</th><th class=\"wide-only\">From</th>")
        .append("<th class=\"num\">Tonnage</th>")
        .append("<th class=\"num\">Sets</th><th class=\"num\">Change</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (WeekLoad w : weeks) {
      h.append("<tr><td class=\"wrap\">").append(w.week());
      Set<FlagType> types = ReportFacts.flagsIn(w, analysis.flags());
      if (!types.isEmpty()) {
        h.append("<span class=\"tags\">");
        for (FlagType type : types) {
          h.append("<span class=\"tag tag-")
              .append(cssName(type))
              .append("\">")
              .append(ReportWords.flagTag(type))
              .append("</span> ");
        }
        h.append("</span>");
      }
      h.append("</td><td class=\"wide-only\">").append(w.start())
          .append("</td><td class=\"num\">").append(tonnage(w.hingeTonnageKg()))
          .append("</td><td class=\"num\">").append(w.hingeSets())
          .append("</td><td class=\"num\">").append(change(w.hingeChangePct()))
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void daily(StringBuilder h, Analysis analysis) {
    DayLoad last = ReportFacts.lastDay(analysis);
    h.append("<section id=\"daily\">\n<h2>Daily load and its averages</h2>\n")
        .append("<p class=\"hint\">Bars: deadlift-family tonnage per day. Lines: its")
        .append(" exponentially weighted averages, acute (about the last week) and chronic")
        .append(" (about the last four weeks).</p>\n");
    chart(h, "chart-daily", "Chart of daily deadlift-family tonnage with acute and chronic averages");
    h.append("<p>On ").append(last.date()).append(", the last day: acute:chronic ratio (EWMA) <strong>")
        .append(ratio(last.acwrEwma()))
        .append("</strong>, last 7 days against the 21 days before <strong>")
        .append(ratio(last.acwrUncoupled()))
        .append("</strong>.</p>\n<p class=\"descriptive\">")
        .append(escape(ReportWords.RATIOS_ARE_DESCRIPTIVE))
        .append("</p>\n</section>\n");
  }

  private static void e1rm(StringBuilder h, AnalyzedExport export) {
    List<VariationBest> bests = ReportFacts.e1rms(export.analysis());
    h.append("<section id=\"e1rm\">\n<h2>Estimated one-rep max per variation</h2>\n")
        .append("<p class=\"hint\">The best estimate of each week, from working sets (reps and")
        .append(" RPE where logged).</p>\n");
    chart(h, "chart-e1rm", "Line chart of the estimated one-rep max per variation and week");
    if (bests.isEmpty()) {
      h.append("<p>No deadlift-family working set gives an estimate.</p>\n</section>\n");
      return;
    }
    h.append("<div class=\"table-wrap\"><table id=\"e1rm-table\">\n<thead><tr><th>Variation</th>")
        .append("<th class=\"num\">Best, last 12 weeks</th><th class=\"num\">Best ever</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (VariationBest b : bests) {
      h.append("<tr><td class=\"wrap\">").append(variationName(b.variation()))
          .append("</td><td class=\"num\">");
      if (b.recentBest() == null) {
        h.append("&ndash;");
      } else {
        e1rmCell(h, b.recentBest(), b.recentWeek(), export.unit());
      }
      h.append("</td><td class=\"num\">");
      e1rmCell(h, b.best(), b.bestWeek(), export.unit());
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** "181.4 kg" over a muted "400 lb, 2021-W46" (pounds only for files in pounds). */
  private static void e1rmCell(StringBuilder h, double kg, String week, WeightUnit unit) {
    h.append(weight(kg)).append("<span class=\"alt\">");
    if (unit == WeightUnit.LB) {
      h.append(String.format(Locale.ROOT, "%.0f lb, ", kg / WeightUnit.LB.toKg(1)));
    }
    h.append(week).append("</span>");
  }

  private static void flags(StringBuilder h, List<Flag> flags) {
    h.append("<section id=\"flags\">\n<h2>Flags</h2>\n<p>")
        .append(escape(ReportWords.FLAGS_ARE_PROMPTS))
        .append("</p>\n");
    if (flags.isEmpty()) {
      h.append("<p id=\"no-flags\">No flags in this log.</p>\n</section>\n");
      return;
    }
    Map<FlagType, Integer> counts = ReportFacts.flagCounts(flags);
    h.append("<dl class=\"flag-types\">\n");
    counts.forEach(
        (type, n) ->
            h.append("<div class=\"flag-type flag-")
                .append(cssName(type))
                .append("\"><dt>")
                .append(flagTitle(type))
                .append(" <span class=\"count\">")
                .append(count(n))
                .append("</span></dt><dd>")
                .append(escape(ReportWords.flagMeaning(type)))
                .append("</dd></div>\n"));
    h.append("</dl>\n<h3>")
        .append(flags.size() > FLAGS_LISTED ? "The " + FLAGS_LISTED + " most recent" : "Every flag")
        .append(", newest first</h3>\n<ul class=\"flag-list\" id=\"flag-list\">\n");
    List<Flag> shown = new ArrayList<>(flags.subList(Math.max(0, flags.size() - FLAGS_LISTED), flags.size()));
    Collections.reverse(shown);
    for (Flag f : shown) {
      h.append("<li data-type=\"").append(f.type().name()).append("\"><span class=\"date\">")
          .append(f.date())
          .append("</span> <strong>")
          .append(flagTitle(f.type()))
          .append("</strong><span class=\"detail\">")
          .append(escape(f.detail()))
          .append("</span></li>\n");
    }
    h.append("</ul>\n");
    if (flags.size() > FLAGS_LISTED) {
      h.append("<p class=\"hint\">")
          .append(count(flags.size() - FLAGS_LISTED))
          .append(" earlier flags are not listed; <code>backload analyze --json</code> gives")
          .append(" them all.</p>\n");
    }
    h.append("</section>\n");
  }

  private static void exercises(StringBuilder h, List<HingeExercise> exercises) {
    h.append("<section id=\"exercises\">\n<h2>Exercises counted as deadlifts</h2>\n");
    if (exercises.isEmpty()) {
      h.append("<p>None: no exercise name has deadlift, RDL, rack pull or block pull in it.</p>\n")
          .append("</section>\n");
      return;
    }
    h.append("<div class=\"table-wrap\"><table id=\"exercise-table\">\n<thead><tr>")
        .append("<th>Exercise in the file</th><th>Counted as</th>")
        .append("<th class=\"num\">Working sets</th></tr></thead>\n<tbody>\n");
    for (HingeExercise e : exercises) {
      h.append("<tr><td class=\"wrap\">").append(escape(e.name())).append("</td><td class=\"wrap\">")
          .append(variationName(e.variation())).append("</td><td class=\"num\">")
          .append(count(e.workingSets())).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  /** "return-after-break" for {@code RETURN_AFTER_BREAK}. */
  private static String cssName(FlagType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void chart(StringBuilder h, String id, String label) {
    h.append("<div class=\"chart\"><canvas id=\"").append(id)
        .append("\" role=\"img\" aria-label=\"").append(escape(label))
        .append("\"></canvas></div>\n");
  }

  /** The series the charts draw; names are ours (variations), never text from the file. */
  private static Map<String, Object> chartData(AnalyzedExport export) {
    Analysis analysis = export.analysis();
    List<WeekLoad> weeks = analysis.weeks();
    List<String> weekLabels = new ArrayList<>(weeks.size());
    List<Double> hinge = new ArrayList<>(weeks.size());
    List<Boolean> spike = new ArrayList<>(weeks.size());
    for (WeekLoad w : weeks) {
      weekLabels.add(w.week());
      hinge.add(w.hingeTonnageKg());
      spike.add(false);
    }
    for (Flag f : analysis.flags()) {
      if (f.type() == FlagType.SPIKE) {
        for (int i = 0; i < weeks.size(); i++) {
          if (weeks.get(i).start().equals(f.date())) {
            spike.set(i, true);
          }
        }
      }
    }
    List<DayLoad> days = analysis.days();
    List<String> dayLabels = new ArrayList<>(days.size());
    List<Double> load = new ArrayList<>(days.size());
    List<Double> acute = new ArrayList<>(days.size());
    List<Double> chronic = new ArrayList<>(days.size());
    for (DayLoad d : days) {
      dayLabels.add(d.date().toString());
      load.add(d.hingeTonnageKg());
      acute.add(d.ewmaAcute());
      chronic.add(d.ewmaChronic());
    }
    List<Map<String, Object>> series = new ArrayList<>();
    for (HingeVariation v : HingeVariation.values()) {
      List<Double> values = new ArrayList<>(weeks.size());
      boolean any = false;
      for (WeekLoad w : weeks) {
        Double e1rm = w.e1rmByVariation().get(v);
        any |= e1rm != null;
        values.add(e1rm);
      }
      if (any) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", variationName(v));
        one.put("values", values);
        series.add(one);
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("weeks", Map.of("labels", weekLabels, "hingeTonnageKg", hinge, "spike", spike));
    data.put(
        "days",
        Map.of("labels", dayLabels, "hingeTonnageKg", load, "ewmaAcute", acute, "ewmaChronic", chronic));
    data.put("e1rm", Map.of("labels", weekLabels, "series", series));
    return data;
  }

  /** The CSP source for an inline element's exact content. */
  private static String hash(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String chartJs() {
    String path = new WebJarVersionLocator().fullPath("chart.js", "dist/chart.umd.js");
    if (path == null) {
      throw new IllegalStateException("the Chart.js WebJar is not on the class path");
    }
    String script = read(HtmlReport.class.getClassLoader().getResourceAsStream(path), path);
    String lower = script.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException(path + " cannot be inlined as it is");
    }
    return script;
  }

  private static String resource(String name) {
    return read(HtmlReport.class.getResourceAsStream(name), name);
  }

  private static String read(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
