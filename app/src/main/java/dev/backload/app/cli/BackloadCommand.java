package dev.backload.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code backload} command. Only {@code serve} starts the web framework; the offline commands
 * run on the core alone so they start in a fraction of a second. The command line is read by
 * picocli (plain Java, no framework), set up in {@link Usage}.
 */
@Command(
    name = "backload",
    header = {"Backload: a training log that understands backs.", ""},
    synopsisHeading = "Usage: ",
    customSynopsis = "backload <command> [options]",
    commandListHeading = "%nCommands:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = Usage.EXIT_STATUS,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class)
public final class BackloadCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

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
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Clock.systemDefaultZone());
  }

  /**
   * Runs a command with the offline commands' "today" from {@code clock} (the web app has a clock
   * of its own).
   */
  static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    boolean errIsTerminal = err == System.err && System.console() != null;
    CommandLine cli =
        new CommandLine(new BackloadCommand())
            .addSubcommand(new ServeCommand(out, err))
            .addSubcommand(new TriageCommand(in, out, err))
            .addSubcommand(new AnalyzeCommand(out, err, errIsTerminal, clock))
            .addSubcommand(new PlanCommand(out, err, clock))
            .addSubcommand(new HelpCommand());
    cli.getSubcommands()
        .get("help")
        .getCommandSpec()
        .usageMessage()
        .description("Shows this help, or the help of one COMMAND.");
    int status = Usage.configure(cli, out, err).execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** {@code backload} alone: the help, on standard error, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Usage.EXIT_BAD_USAGE;
  }
}
