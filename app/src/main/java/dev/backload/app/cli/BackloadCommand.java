package dev.backload.app.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;

/**
 * The {@code backload} command. Only {@code serve} starts the web framework; the offline commands
 * run on the core alone so they start in a fraction of a second.
 */
public final class BackloadCommand {
  static final String USAGE =
      """
      Backload: a training log that understands backs.

      Usage: backload <command> [options]

      Commands:
        serve [--demo] [--port N] [--data-dir DIR]
              start the web app on http://127.0.0.1:8080 with the embedded database
              (--demo adds a demo lifter account and prints its login)
        triage [FILE]
              triage one JSON check-in, or JSON Lines (one check-in per line), read from
              FILE or standard input; prints the result as JSON
        analyze FILE [--unit kg|lb] [--format strong|hevy|fitnotes] [--json] [--html OUT]
              analyse a Strong, Hevy or FitNotes export: a summary, JSON (--json) or an
              HTML report with charts (--html OUT); --skip-bad-rows leaves out bad rows
        plan FILE --checkins CHECKINS.jsonl [--unit kg|lb] [--monitoring MONITORING.jsonl]
             [--assessments ASSESSMENTS.jsonl] [--screen SCREEN.json]
             [--today YYYY-MM-DD] [--increment N] [--json]
              the plan for an exported log and check-ins (JSON Lines), offline: the next
              deadlift session, the stage, the zones and what may be driving the pain;
              readable text, or the JSON of GET /api/v1/plan (--json); an urgent or
              emergency check-in holds the plan until an assessment clears it
        --help
              show this help

      Exit status: 0 on success, 2 for invalid input or usage, 1 for other failures.
      """;

  private BackloadCommand() {}

  public static void main(String[] args) {
    int status = run(args, System.in, System.out, System.err);
    if (status != 0 || !(args.length > 0 && args[0].equals("serve"))) {
      System.exit(status);
    }
  }

  /**
   * Runs a command and returns its exit status; {@code serve} returns once the server is up. The
   * offline commands take "today" from the computer's clock in its time zone.
   */
  static int run(String[] args, java.io.InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Clock.systemDefaultZone());
  }

  /**
   * Runs a command with the offline commands' "today" from {@code clock} (the web app has a clock
   * of its own).
   */
  static int run(
      String[] args, java.io.InputStream in, PrintStream out, PrintStream err, Clock clock) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "--help", "-h", "help":
        out.print(USAGE);
        return 0;
      case "triage":
        return new TriageCommand(in, out, err).run(rest);
      case "analyze":
        return new AnalyzeCommand(out, err, err == System.err && System.console() != null, clock)
            .run(rest);
      case "plan":
        return new PlanCommand(out, err, clock).run(rest);
      case "serve":
        return ServeCommand.run(rest, out, err);
      default:
        err.println("backload: unknown command '" + args[0] + "'");
        err.print(USAGE);
        return 2;
    }
  }
}
