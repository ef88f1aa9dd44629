package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.TestClock;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.DayLoad;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.analytics.WeekLoad;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.WeightUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code backload analyze}: the summary, {@code --json} exactly as analytics.md section 6, the HTML
 * report file, unit and format options, bad rows, and errors that print nothing on standard output.
 */
class AnalyzeCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  static Path fixture(String name) {
    try {
      return Path.of(AnalyzeCommandTest.class.getResource("/analyze/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private int run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "analyze";
    System.arraycopy(args, 0, all, 1, args.length);
    return BackloadCommand.run(
        all,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        TestClock.fixed());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Standard output with every run of white space as one space (sentences wrap at 80). */
  private String flatOut() {
    return out().replaceAll("\\s+", " ");
  }

  private JsonNode json() {
    return Json.mapper().readTree(out());
  }

  private static List<String> names(JsonNode node) {
    return new ArrayList<>(node.propertyNames());
  }

  // --- the summary ---

  @Test
  void theSummarySaysALocalisedHeaderWasReadByPositionAndWhatItLacks() {
    assertThat(run(fixture("strong-units-localised.csv").toString())).isZero();
    assertThat(flatOut())
        .contains("Strong export (header variant S-units)")
        .contains(
            "Columns: recognised by position: the header's names are not ones Backload knows"
                + " (another language?), and the first rows fit this layout column for column;"
                + " no Workout Duration column (optional, not needed)")
        .contains("Workouts: 2")
        .doesNotContain("Repaired:");
    assertThat(err()).isEmpty();
  }

  @Test
  void theSummaryCountsFitNotesRowsWhoseNameWasJoinedBack() {
    assertThat(run(fixture("fitnotes-comma-names.csv").toString())).isZero();
    assertThat(flatOut())
        .contains("FitNotes export (header variant fitnotes-unit)")
        .contains("Columns: recognised by their names; no Comment column (optional, not needed)")
        .contains(
            "Repaired: 2 rows have an exercise name with a comma, which FitNotes writes without"
                + " quotes, so the row came apart at it; the name was joined back.");
    assertThat(out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void theSummaryNamesFormatUnitSpanCountsWeeksMaxesAndFlags() {
    assertThat(run(fixture("strong-small.csv").toString(), "--unit", "kg")).isZero();
    String text = out();
    assertThat(text)
        .contains("Strong export (header variant S-classic)")
        .contains("Columns:  recognised by their names\n")
        .contains("Weights are in kilograms (kg), as you chose with --unit.")
        .contains("Period:   2024-01-03 to 2024-02-15 (44 days)")
        .contains("Workouts: 7")
        .contains("Sets:     25 (working sets: 22, of them deadlift-family: 18)")
        .contains("Deadlift <b>&\"canary\"</b>");
    // The weekly table: 1500 kg, 1500 kg, then +138% with a jump flag (80x8x3 + 110x5x3 = 3570).
    assertThat(text)
        .containsPattern("2024-W01 +2024-01-01 +1,500 kg +3 +n/a")
        .containsPattern("2024-W03 +2024-01-15 +3,570 kg +6 +\\+138% +jump")
        .containsPattern("2024-W07 +2024-02-12 +2,860 kg +6 +n/a +break, stacked, drop-off");
    // 120 x 5 without RPE: the mean of Epley 140 and Brzycki 135; 80 x 8 at RPE 7: 80 / 0.707.
    assertThat(text)
        .containsPattern("Conventional deadlift +137\\.5 kg +2024-W07 +137\\.5 kg +2024-W07")
        .containsPattern("Romanian deadlift +113\\.2 kg +2024-W03");
    assertThat(flatOut()).contains("Backload analysis of strong-small.csv");
    assertThat(flatOut())
        .contains("Flags: 5 in all.")
        .contains("2024-02-12 Back after a break")
        .contains("after 24 days without any")
        .contains("Drop-off at the same weight")
        .contains("prompts, not verdicts")
        .contains("not an injury risk");
    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(text).doesNotContainIgnoringCase("high risk").doesNotContainIgnoringCase("danger");
    assertThat(err()).isEmpty();
  }

  @Test
  void aGuessedUnitIsSaidPlainlyWithHowToOverrideIt() {
    assertThat(run(fixture("strong-small.csv").toString())).isZero();
    assertThat(flatOut())
        .contains("The file does not state a unit. Backload GUESSED kilograms (kg)")
        .contains("run it again with --unit lb");
  }

  @Test
  void theUnitOptionConvertsPoundsForFilesWithoutAUnit() {
    assertThat(run(fixture("strong-small.csv").toString(), "--unit", "lb")).isZero();
    assertThat(out())
        .contains("Weights are in pounds (lb), as you chose with --unit.")
        .contains("1 lb = 0.45359237 kg")
        // 1500 lb = 680.388555 kg
        .containsPattern("2024-W01 +2024-01-01 +680 kg");
  }

  @Test
  void aUnitStatedInTheFileWinsOverTheOption() {
    assertThat(run(fixture("hevy-small.csv").toString(), "--unit=lb")).isZero();
    assertThat(flatOut())
        .contains("Hevy export (header variant hevy-kg)")
        .contains("Weights are in kilograms (kg), as the file states.")
        .contains("Your --unit lb is used only for files that state no unit.");
  }

  @Test
  void theFormatOptionAcceptsTheRightFormatAndRejectsAnother() {
    assertThat(run(fixture("hevy-small.csv").toString(), "--format", "hevy")).isZero();
    out.reset();
    assertThat(run(fixture("hevy-small.csv").toString(), "--format", "strong")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("line 1")
        .contains("expected a Strong export, but the header is that of a Hevy export");
  }

  // --- JSON ---

  @Test
  void jsonHasTheStructureOfTheSpecInItsOrderWithNullsAndFullPrecision() throws Exception {
    Path file = fixture("strong-small.csv");
    assertThat(run(file.toString(), "--unit", "kg", "--json")).isZero();
    JsonNode root = json();
    assertThat(names(root)).containsExactly("summary", "days", "weeks", "flags");
    JsonNode summary = root.get("summary");
    assertThat(names(summary))
        .containsExactly(
            "firstDate", "lastDate", "workouts", "sets", "workingSets", "hingeWorkingSets");
    assertThat(summary.get("firstDate").stringValue()).isEqualTo("2024-01-03");
    assertThat(summary.get("lastDate").stringValue()).isEqualTo("2024-02-15");
    assertThat(summary.get("workouts").intValue()).isEqualTo(7);
    assertThat(summary.get("sets").intValue()).isEqualTo(25);
    assertThat(summary.get("workingSets").intValue()).isEqualTo(22);
    assertThat(summary.get("hingeWorkingSets").intValue()).isEqualTo(18);

    JsonNode days = root.get("days");
    assertThat(days.size()).isEqualTo(44);
    JsonNode first = days.get(0);
    assertThat(names(first))
        .containsExactly(
            "date",
            "hingeTonnageKg",
            "totalTonnageKg",
            "ewmaAcute",
            "ewmaChronic",
            "acwrEwma",
            "acwrUncoupled");
    assertThat(first.get("date").stringValue()).isEqualTo("2024-01-03");
    assertThat(first.get("hingeTonnageKg").isDouble()).isTrue();
    assertThat(first.get("hingeTonnageKg").doubleValue()).isEqualTo(1500.0);
    // Nulls are present, not left out: the first 27 days have no ratio.
    assertThat(first.has("acwrEwma")).isTrue();
    assertThat(first.get("acwrEwma").isNull()).isTrue();
    assertThat(first.get("acwrUncoupled").isNull()).isTrue();
    assertThat(days.get(27).get("acwrEwma").isDouble()).isTrue();

    JsonNode week = root.get("weeks").get(0);
    assertThat(names(week))
        .containsExactly(
            "week",
            "start",
            "hingeTonnageKg",
            "totalTonnageKg",
            "hingeSets",
            "hingeChangePct",
            "monotony",
            "strain",
            "e1rmByVariation");
    assertThat(week.get("week").stringValue()).isEqualTo("2024-W01");
    assertThat(week.get("start").stringValue()).isEqualTo("2024-01-01");
    assertThat(week.get("hingeChangePct").isNull()).isTrue();
    assertThat(week.get("e1rmByVariation").isObject()).isTrue();
    JsonNode w3 = root.get("weeks").get(2);
    assertThat(names(w3.get("e1rmByVariation"))).containsExactly("ROMANIAN", "CONVENTIONAL");
    assertThat(root.get("weeks").get(3).get("e1rmByVariation").size()).isZero();

    JsonNode flags = root.get("flags");
    assertThat(flags.size()).isEqualTo(5);
    assertThat(names(flags.get(0))).containsExactly("type", "date", "detail");
    assertThat(flags.get(0).get("type").stringValue()).isEqualTo("SPIKE");
    assertThat(flags.get(0).get("date").stringValue()).isEqualTo("2024-01-15");
    List<String> types = new ArrayList<>();
    flags.forEach(f -> types.add(f.get("date").stringValue() + " " + f.get("type").stringValue()));
    assertThat(types)
        .containsExactly(
            "2024-01-15 SPIKE",
            "2024-02-12 RETURN_AFTER_BREAK",
            "2024-02-13 STACKED_HARD",
            "2024-02-15 FATIGUE_DROP",
            "2024-02-15 STACKED_HARD");

    // Every number is the core's double, unrounded.
    Analysis expected =
        TrainingLoadAnalysis.analyze(
            ExportImporter.read(file, ImportOptions.defaults().withUnit(WeightUnit.KG)).sets());
    for (int i = 0; i < expected.days().size(); i++) {
      DayLoad d = expected.days().get(i);
      JsonNode node = days.get(i);
      assertThat(node.get("ewmaAcute").doubleValue()).isEqualTo(d.ewmaAcute());
      assertThat(node.get("ewmaChronic").doubleValue()).isEqualTo(d.ewmaChronic());
      if (d.acwrEwma() != null) {
        assertThat(node.get("acwrEwma").doubleValue()).isEqualTo(d.acwrEwma());
      }
    }
    for (int i = 0; i < expected.weeks().size(); i++) {
      WeekLoad w = expected.weeks().get(i);
      JsonNode node = root.get("weeks").get(i);
      if (w.monotony() != null) {
        assertThat(node.get("monotony").doubleValue()).isEqualTo(w.monotony());
      }
      w.e1rmByVariation()
          .forEach(
              (v, e1rm) ->
                  assertThat(node.get("e1rmByVariation").get(v.name()).doubleValue())
                      .isEqualTo(e1rm));
    }
    assertThat(err()).isEmpty();
  }

  @Test
  void jsonOfAGuessedUnitSaysSoOnStandardErrorOnly() {
    assertThat(run(fixture("strong-small.csv").toString(), "--json")).isZero();
    assertThat(json().get("summary").get("sets").intValue()).isEqualTo(25);
    assertThat(err()).contains("states no unit; guessed kg").contains("--unit");
  }

  // --- HTML ---

  @Test
  void htmlIsOneSelfContainedEscapedFile(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report.html");
    assertThat(
            run(fixture("strong-small.csv").toString(), "--unit", "kg", "--html", html.toString()))
        .isZero();
    assertThat(out()).contains("Backload analysis of"); // the summary still goes to stdout
    assertThat(err()).contains("wrote the report to " + html);
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("Chart.js v4.5.1")
        .contains("<script type=\"application/json\" id=\"report-data\">")
        .contains("id=\"chart-weekly\"")
        .contains("id=\"chart-daily\"")
        .contains("id=\"chart-e1rm\"")
        .contains("id=\"flags\"")
        .contains("Back after a break")
        .contains("not an injury risk")
        .contains("made on " + TestClock.TODAY);
    // Nothing to fetch: no src or href attribute, no URL in a CSS url().
    assertThat(page).doesNotContain(" src=").doesNotContain(" href=").doesNotContain("url(");
    assertThat(page).contains("default-src 'none'");
    // The exercise name from the file is escaped, and never raw markup.
    assertThat(page)
        .contains("Deadlift &lt;b&gt;&amp;&quot;canary&quot;&lt;/b&gt;")
        .doesNotContain("<b>&\"canary\"")
        .doesNotContain("<script>alert");
    // The only script end tags are the three of the report.
    assertThat(page.split("</script>", -1)).hasSize(4);
    // The guess is not shown for a unit chosen by the user; ratios are described, not rated.
    assertThat(page).doesNotContain("GUESSED").doesNotContainIgnoringCase("risk score");
  }

  @Test
  void htmlWithJsonWritesBothAndLeavesStandardOutputToTheJson(@TempDir Path dir) {
    Path html = dir.resolve("r.html");
    assertThat(run(fixture("hevy-small.csv").toString(), "--json", "--html", html.toString()))
        .isZero();
    assertThat(json().get("summary").get("workouts").intValue()).isEqualTo(2);
    assertThat(html).exists();
  }

  // --- errors ---

  @Test
  void aBadRowExitsTwoNamingLineAndColumnWithNothingOnStandardOutput(@TempDir Path dir) {
    Path html = dir.resolve("never.html");
    assertThat(run(fixture("bad-reps.csv").toString(), "--html", html.toString())).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err())
        .contains("bad-reps.csv, line 5, column \"Reps\": \"8.5\" is not a whole number");
    assertThat(html).doesNotExist();
  }

  @Test
  void badRowsCanBeSkippedAndEachIsListedOnStandardError() {
    assertThat(run(fixture("bad-reps.csv").toString(), "--skip-bad-rows", "--unit", "kg")).isZero();
    assertThat(err())
        .contains("skipped line 5, column \"Reps\": \"8.5\" is not a whole number")
        .contains("skipped 1 of 26 rows");
    assertThat(out()).contains("Skipped:  1 row with a problem").contains("Sets:     24");
  }

  @Test
  void anUnknownHeaderExitsTwoNamingLineOne() {
    assertThat(run(fixture("unknown-header.csv").toString())).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("line 1: the header is not that of a known export");
  }

  @Test
  void aMissingFileExitsTwo() {
    assertThat(run("/nonexistent/strong.csv", "--json")).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("no such file: /nonexistent/strong.csv");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("no FILE given").contains(AnalyzeCommand.USAGE);
    err.reset();
    assertThat(run(fixture("hevy-small.csv").toString(), "--unit", "stone")).isEqualTo(2);
    assertThat(err()).contains("--unit must be kg or lb, not 'stone'");
    err.reset();
    assertThat(run(fixture("hevy-small.csv").toString(), "--format")).isEqualTo(2);
    assertThat(err()).contains("--format needs strong, hevy or fitnotes");
    err.reset();
    assertThat(run(fixture("hevy-small.csv").toString(), "--pdf")).isEqualTo(2);
    assertThat(err()).contains("unknown option '--pdf'");
    assertThat(out()).isEmpty();
  }

  @Test
  void helpListsAnalyze() {
    assertThat(
            BackloadCommand.run(
                new String[] {"--help"},
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)))
        .isZero();
    assertThat(out()).contains("analyze FILE [--unit kg|lb] [--format strong|hevy|fitnotes]");
  }

  // --- progress ---

  @Test
  void progressIsShownForLargeFilesOnlyAndNeverOnStandardOutput() {
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    String file = fixture("strong-small.csv").toString();
    assertThat(
            new AnalyzeCommand(o, e, true, Long.MAX_VALUE, TestClock.fixed())
                .run(new String[] {file, "--json"}))
        .isZero();
    assertThat(err()).contains("\rbackload analyze: read 26 rows");
    assertThat(json().get("summary").get("sets").intValue()).isEqualTo(25);
    err.reset();
    out.reset();
    // Not a terminal and a small file: nothing at all on stderr (with a unit, no guess note).
    assertThat(
            new AnalyzeCommand(o, e, false, TestClock.fixed())
                .run(new String[] {file, "--json", "--unit", "kg"}))
        .isZero();
    assertThat(err()).isEmpty();
  }
}
