package dev.backload.app.analytics;

import static dev.backload.app.analytics.ReportWords.change;
import static dev.backload.app.analytics.ReportWords.count;
import static dev.backload.app.analytics.ReportWords.ratio;
import static dev.backload.app.analytics.ReportWords.tonnage;
import static dev.backload.app.analytics.ReportWords.weight;
import static dev.backload.core.analytics.AnalyticsWords.flagTitle;
import static dev.backload.core.analytics.AnalyticsWords.variationName;

import dev.backload.app.analytics.ReportFacts.VariationBest;
import dev.backload.app.config.Json;
import dev.backload.app.imports.ImportWords;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.AnalyticsWords;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.analytics.Summary;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.webjars.WebJarVersionLocator;

/**
 * One self-contained HTML file about an analysed export, for the lifter to keep or send to a
 * physiotherapist: what was read, the counts, charts of weekly deadlift-family tonnage (jumps
 * marked), daily load with its acute and chronic averages, and the estimated max per variation,
 * then the flags in plain words and the exercises counted as deadlifts.
 *
 * <p>The page is the Thymeleaf template {@code templates/report/analysis.html}, rendered by a
 * standalone template engine (Thymeleaf's standard dialect, no Spring: {@code backload analyze}
 * runs without the web framework), so every text, including what comes from the file (its name,
 * exercise names), is HTML-escaped by Thymeleaf. The template reads only a {@link Page} through
 * method calls, which the Spring dialect evaluates the same way, so the web application can render
 * it too.
 *
 * <p>Nothing is fetched when it is opened: Chart.js (from its WebJar on the class path), the chart
 * script the dashboard uses ({@code static/js/charts.js}) and the report's style are inlined, and
 * the data is the {@link ChartData} JSON in a {@code <script type="application/json">} element. A
 * Content-Security-Policy allows exactly those inline scripts and the style by their hashes and no
 * network at all. The tables and flags read without JavaScript.
 */
public final class HtmlReport {
  /** Flags listed one by one; the older ones are counted. */
  static final int FLAGS_LISTED = 100;

  private static final String CHART_JS = chartJs();
  private static final String SCRIPT = resource("static/js/charts.js");
  private static final String STYLE = resource("dev/backload/app/analytics/report.css");

  /**
   * The policy, in a {@code <meta>} element written as it is: Thymeleaf would write the quotes of
   * {@code 'none'} and of the hashes as {@code &#39;} in an attribute, which browsers read the
   * same, but the file's source then no longer reads as the policy it is. Only our fixed text and
   * base64 digests go into it.
   */
  private static final String POLICY =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
          + hash(CHART_JS)
          + ' '
          + hash(SCRIPT)
          + "; style-src "
          + hash(STYLE)
          + "; img-src data:; base-uri 'none'; form-action 'none'\">";

  private static final TemplateEngine ENGINE = engine();

  private HtmlReport() {}

  /**
   * What the template shows, every text in its final words.
   *
   * @param fileName the file's name
   * @param period its first to last date, or "no working sets"
   * @param madeOn the report's date
   * @param format the app that wrote the export
   * @param variant the header variant
   * @param columns how the columns were recognised
   * @param repaired the sentence on repaired rows, or {@code null}
   * @param unitGuessed whether the unit was guessed
   * @param unitSentence where the unit came from
   * @param skipped the sentence on rows left out, or {@code null}
   * @param hasWorkingSets whether there is anything to chart
   * @param counts the cards of counts
   * @param weeksHeading "The last 12 weeks"
   * @param weeks the recent weeks
   * @param lastDay the last day's date
   * @param acwrEwma its EWMA ratio
   * @param acwrUncoupled its uncoupled ratio
   * @param e1rms the estimated maxes per variation
   * @param flagTypes the flag types present, with their counts and meanings
   * @param flagsHeading "Every flag" or "The 100 most recent"
   * @param flags the flags listed, newest first
   * @param flagsNotListed how many older flags are not listed, or {@code null}
   * @param exercises the deadlift-family exercises of the file
   * @param chartData the charts' JSON
   */
  public record Page(
      String fileName,
      String period,
      LocalDate madeOn,
      String format,
      String variant,
      String columns,
      String repaired,
      boolean unitGuessed,
      String unitSentence,
      String skipped,
      boolean hasWorkingSets,
      List<Card> counts,
      String weeksHeading,
      List<WeekRow> weeks,
      LocalDate lastDay,
      String acwrEwma,
      String acwrUncoupled,
      List<E1rmRow> e1rms,
      List<FlagTypeRow> flagTypes,
      String flagsHeading,
      List<FlagRow> flags,
      String flagsNotListed,
      List<ExerciseRow> exercises,
      String chartData) {

    /** The weekly rise that marks a spike week: "30%". */
    public String spikeThreshold() {
      return AnalyticsWords.spikeThreshold();
    }

    /** The uncoupled ratio's windows in words. */
    public String uncoupledWindows() {
      return AnalyticsWords.uncoupledWindows();
    }

    /** Said above every list of flags. */
    public String flagsArePrompts() {
      return ReportWords.FLAGS_ARE_PROMPTS;
    }

    /** Said wherever a load ratio is shown. */
    public String ratiosAreDescriptive() {
      return ReportWords.RATIOS_ARE_DESCRIPTIVE;
    }
  }

  /** A count with its name. */
  public record Card(String name, String value) {}

  /** A flag type as a tag in the weekly table. */
  public record Tag(String css, String text) {}

  /** A week of the weekly table. */
  public record WeekRow(
      String week, LocalDate start, List<Tag> tags, String tonnage, int sets, String change) {}

  /**
   * A variation's estimated maxes: the weight, then a muted line "400 lb, 2021-W46" (pounds only
   * for files in pounds); {@code recent} is {@code null} without one in the recent weeks.
   */
  public record E1rmRow(
      String variation, String recent, String recentNote, String best, String bestNote) {}

  /** A flag type present in the log. */
  public record FlagTypeRow(String css, String title, String count, String meaning) {}

  /** A flag of the list. */
  public record FlagRow(String type, LocalDate date, String title, String detail) {}

  /** A deadlift-family exercise as the file names it. */
  public record ExerciseRow(String name, String variation, String workingSets) {}

  /**
   * Renders the report.
   *
   * @param export the analysed export
   * @param madeOn the date to show as the report's date
   */
  public static String render(AnalyzedExport export, LocalDate madeOn) {
    Context context = new Context(Locale.ENGLISH);
    context.setVariable("page", page(export, madeOn));
    context.setVariable("policy", POLICY);
    context.setVariable("style", STYLE);
    context.setVariable("chartJs", CHART_JS);
    context.setVariable("script", SCRIPT);
    return ENGINE.process("report/analysis", context);
  }

  /** The page's content. */
  static Page page(AnalyzedExport export, LocalDate madeOn) {
    Analysis analysis = export.analysis();
    Summary s = analysis.summary();
    boolean any = s.firstDate() != null;
    List<WeekLoad> recent = any ? ReportFacts.recentWeeks(analysis) : List.of();
    DayLoad last = ReportFacts.lastDay(analysis);
    List<Flag> flags = analysis.flags();
    List<Flag> shown =
        new ArrayList<>(flags.subList(Math.max(0, flags.size() - FLAGS_LISTED), flags.size()));
    Collections.reverse(shown);
    return new Page(
        export.fileName(),
        any ? s.firstDate() + " to " + s.lastDate() : "no working sets",
        madeOn,
        export.format().displayName(),
        export.variant(),
        ImportWords.columns(export.headerMatch(), export.missingColumns()),
        export.repairedRows() > 0 ? ImportWords.repaired(export.repairedRows()) : null,
        export.unitSource() == UnitSource.GUESSED,
        ReportWords.unitSentence(export.unit(), export.unitSource(), export.requestedUnit()),
        export.skippedRows() > 0
            ? count(export.skippedRows())
                + (export.skippedRows() == 1 ? " row was" : " rows were")
                + " left out because of a problem (of "
                + count(export.rowsRead())
                + " rows read)."
            : null,
        any,
        List.of(
            new Card("Workouts", count(s.workouts())),
            new Card("Sets", count(s.sets())),
            new Card("Working sets", count(s.workingSets())),
            new Card("Deadlift-family working sets", count(s.hingeWorkingSets()))),
        "The last " + recent.size() + (recent.size() == 1 ? " week" : " weeks"),
        recent.stream().map(w -> weekRow(w, flags)).toList(),
        last == null ? null : last.date(),
        last == null ? null : ratio(last.acwrEwma()),
        last == null ? null : ratio(last.acwrUncoupled()),
        ReportFacts.e1rms(analysis).stream().map(b -> e1rmRow(b, export.unit())).toList(),
        flagTypes(flags),
        flags.size() > FLAGS_LISTED ? "The " + FLAGS_LISTED + " most recent" : "Every flag",
        shown.stream()
            .map(f -> new FlagRow(f.type().name(), f.date(), flagTitle(f.type()), f.detail()))
            .toList(),
        flags.size() > FLAGS_LISTED ? count(flags.size() - FLAGS_LISTED) : null,
        export.hingeExercises().stream()
            .map(
                e ->
                    new ExerciseRow(e.name(), variationName(e.variation()), count(e.workingSets())))
            .toList(),
        ChartData.whole(analysis).json());
  }

  private static WeekRow weekRow(WeekLoad w, List<Flag> flags) {
    List<Tag> tags =
        ReportFacts.flagsIn(w, flags).stream()
            .map(t -> new Tag(cssName(t), AnalyticsWords.flagTag(t)))
            .toList();
    return new WeekRow(
        w.week(),
        w.start(),
        tags,
        tonnage(w.hingeTonnageKg()),
        w.hingeSets(),
        change(w.hingeChangePct()));
  }

  private static E1rmRow e1rmRow(VariationBest b, WeightUnit unit) {
    return new E1rmRow(
        variationName(b.variation()),
        b.recentBest() == null ? null : weight(b.recentBest()),
        b.recentBest() == null ? null : note(b.recentBest(), b.recentWeek(), unit),
        weight(b.best()),
        note(b.best(), b.bestWeek(), unit));
  }

  /** "400 lb, 2021-W46" for a file in pounds, "2021-W46" otherwise. */
  private static String note(double kg, String week, WeightUnit unit) {
    return unit == WeightUnit.LB
        ? String.format(Locale.ROOT, "%.0f lb, %s", kg / WeightUnit.LB.toKg(1), week)
        : week;
  }

  private static List<FlagTypeRow> flagTypes(List<Flag> flags) {
    List<FlagTypeRow> rows = new ArrayList<>();
    for (Map.Entry<FlagType, Integer> e : ReportFacts.flagCounts(flags).entrySet()) {
      FlagType type = e.getKey();
      rows.add(
          new FlagTypeRow(
              cssName(type),
              flagTitle(type),
              count(e.getValue()),
              AnalyticsWords.flagMeaning(type)));
    }
    return rows;
  }

  /** "return-after-break" for {@code RETURN_AFTER_BREAK}. */
  private static String cssName(FlagType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The CSP source for an inline element's exact content. */
  static String hash(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TemplateEngine engine() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(HtmlReport.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    // JavaScript inlining writes JSON with Backload's one mapper, as the data block does, instead
    // of Thymeleaf's default, which sets up a second Jackson (2) with every module on the class
    // path when the engine starts.
    StandardDialect dialect = new StandardDialect();
    dialect.setJavaScriptSerializer(
        (value, writer) -> {
          try {
            writer.write(Html.scriptSafeJson(Json.mapper().writeValueAsString(value)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    TemplateEngine engine = new TemplateEngine();
    engine.setDialect(dialect);
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static String chartJs() {
    String path = new WebJarVersionLocator().fullPath("chart.js", "dist/chart.umd.js");
    if (path == null) {
      throw new IllegalStateException("the Chart.js WebJar is not on the class path");
    }
    return inlinable(read(HtmlReport.class.getClassLoader().getResourceAsStream(path), path), path);
  }

  private static String resource(String path) {
    return inlinable(read(HtmlReport.class.getClassLoader().getResourceAsStream(path), path), path);
  }

  /** A script or style that cannot end or confuse its element when written inside it. */
  private static String inlinable(String text, String name) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("</style") || lower.contains("<!--")) {
      throw new IllegalStateException(name + " cannot be inlined as it is");
    }
    return text;
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
