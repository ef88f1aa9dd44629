package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line itself, for every command: its help, the version, and bad usage (exit status 2,
 * a first line naming the problem, then the command's usage line, nothing on standard output).
 */
class CommandLineTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return BackloadCommand.run(
        args,
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

  @ParameterizedTest
  @ValueSource(strings = {"serve", "triage", "analyze", "plan"})
  void everyCommandHasItsHelp(String command) {
    assertThat(run(command, "--help")).isZero();
    String help = out();
    assertThat(help).startsWith("usage: backload " + command).contains("-h, --help");
    assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(err()).isEmpty();
    assertThat(run(command, "-h")).isZero();
    assertThat(out()).isEqualTo(help);
    assertThat(run("help", command)).isZero();
    assertThat(out()).isEqualTo(help);
  }

  @Test
  void theHelpOfAnalyzeAndPlanNamesEveryOption() {
    assertThat(run("analyze", "--help")).isZero();
    assertThat(out()).contains("--unit", "--format", "--json", "--html", "--skip-bad-rows");
    assertThat(run("plan", "--help")).isZero();
    assertThat(out())
        .contains(
            "--checkins",
            "--unit",
            "--monitoring",
            "--assessments",
            "--screen",
            "--today",
            "--increment",
            "--json");
  }

  @Test
  void theTopLevelHelpListsEveryCommandWithin80Columns() {
    assertThat(run("--help")).isZero();
    assertThat(out())
        .startsWith("Backload: a training log that understands backs.")
        .contains("\n  serve [--demo]", "\n  triage [FILE]", "\n  analyze FILE", "\n  plan FILE")
        .contains("[--assessments ASSESSMENTS.jsonl]", "--version", "Exit status:");
    assertThat(out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void theVersionIsTheProjectVersion() throws Exception {
    Matcher parent =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
            .matcher(Files.readString(Path.of("pom.xml"))); // the app's pom; tests run in app/
    assertThat(parent.find()).isTrue();
    assertThat(run("--version")).isZero();
    assertThat(out()).isEqualTo("backload " + parent.group(1) + System.lineSeparator());
    assertThat(run("-V")).isZero();
    assertThat(out()).startsWith("backload " + parent.group(1));
  }

  @Test
  void noCommandShowsTheHelpOnStandardErrorAsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("Usage: backload <command> [options]", "triage [FILE]");
  }

  static Stream<Arguments> badUsage() {
    return Stream.of(
        Arguments.of(
            new String[] {"triage", "--bogus"}, "backload triage: unknown option '--bogus'"),
        Arguments.of(
            new String[] {"triage", "a.json", "b.json"},
            "backload triage: one FILE only, got 'a.json' and 'b.json'"),
        Arguments.of(
            new String[] {"analyze", "a.csv", "b.csv"},
            "backload analyze: one FILE only, got 'a.csv' and 'b.csv'"),
        Arguments.of(
            new String[] {"analyze", "a.csv", "--html", "a.csv"},
            "backload analyze: --html would overwrite the export itself"),
        Arguments.of(
            new String[] {"analyze", "a.csv", "--html"},
            "backload analyze: --html needs an output file"),
        Arguments.of(
            new String[] {"plan", "a.csv", "b.csv", "--checkins", "c.jsonl"},
            "backload plan: one export FILE only"),
        Arguments.of(
            new String[] {"plan"}, "backload plan: FILE (an exported training log) is required"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins"},
            "backload plan: --checkins needs a value"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--monitoring"},
            "backload plan: --monitoring needs a value"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--assessments"},
            "backload plan: --assessments needs a value"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--screen"},
            "backload plan: --screen needs a value"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--today"},
            "backload plan: --today needs a value"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--increment"},
            "backload plan: --increment needs a value"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--increment", "a few"},
            "backload plan: --increment must be a number"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--today", "2026-02-30"},
            "backload plan: --today must be a date written like 2026-11-21"),
        Arguments.of(
            new String[] {"plan", "a.csv", "--checkins", "c.jsonl", "--unit=stone"},
            "backload plan: --unit must be kg or lb, not 'stone'"),
        Arguments.of(
            new String[] {"serve", "--port", "eighty"},
            "backload serve: --port needs a number, for example --port 8080"),
        Arguments.of(
            new String[] {"serve", "--port"},
            "backload serve: --port needs a number, for example --port 8080"),
        Arguments.of(
            new String[] {"serve", "--data-dir"}, "backload serve: --data-dir needs a directory"),
        Arguments.of(
            new String[] {"serve", "--demo", "now"}, "backload serve: unknown option 'now'"),
        Arguments.of(new String[] {"serve", "-x"}, "backload serve: unknown option '-x'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badUsage")
  void badUsageExitsTwoNamingTheProblemThenTheUsageLine(String[] args, String message) {
    assertThat(run(args)).isEqualTo(2);
    assertThat(out()).isEmpty();
    String usage =
        switch (args[0]) {
          case "serve" -> "usage: backload serve [--demo] [--port N] [--data-dir DIR]";
          case "triage" -> "usage: backload triage [FILE]";
          case "analyze" -> AnalyzeCommand.USAGE;
          default -> PlanCommand.USAGE;
        };
    assertThat(err().lines()).containsExactly(message, usage);
  }

  @Test
  void anUnknownOptionBeforeTheCommandShowsTheHelp() {
    assertThat(run("--bogus", "triage")).isEqualTo(2);
    assertThat(err()).startsWith("backload: unknown option '--bogus'").contains("Commands:");
  }

  @Test
  void anArgumentStartingWithAtIsAFileNameNotAnArgumentsFile() {
    assertThat(run("triage", "@checkins.json")).isEqualTo(2);
    assertThat(err()).contains("no such file: @checkins.json");
  }
}
