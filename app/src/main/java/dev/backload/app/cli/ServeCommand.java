package dev.backload.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code backload serve}: starts the web application. This class only reads the command line (it
 * names no Spring type, so building the command line never loads Spring); {@link WebApp} starts it.
 */
@Command(
    name = "serve",
    synopsisHeading = "usage: ",
    customSynopsis = "backload serve [--demo] [--port N] [--data-dir DIR]",
    descriptionHeading = "%n",
    description =
        "Starts the web app on http://127.0.0.1:8080 with the embedded database (--demo adds a"
            + " demo lifter account and prints its login).",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Other arguments of the form --name=value are passed to Spring Boot as properties, for"
          + " example --server.address=0.0.0.0.",
      "",
      "Exit status: 0 once the server is up, 2 for invalid usage, 1 for other failures."
    },
    sortOptions = false)
final class ServeCommand implements Callable<Integer> {
  private final PrintStream out;
  private final PrintStream err;

  @Option(names = "--demo", description = "Add the demo lifter account and print its login.")
  private boolean demo;

  @Option(names = "--port", paramLabel = "N", description = "Listen on port N (default 8080).")
  @Usage.IfMissing("--port needs a number, for example --port 8080")
  private String port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Keep the embedded database in DIR (default ~/.backload).")
  @Usage.IfMissing("--data-dir needs a directory")
  private Path dataDir;

  /** Spring Boot properties, for example {@code --server.address=0.0.0.0}. */
  @Unmatched private List<String> passThrough = new ArrayList<>();

  @Mixin private Usage.HelpOption help;
  @Spec private CommandSpec spec;

  ServeCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    List<String> springArgs = new ArrayList<>();
    for (String arg : passThrough) {
      if (!(arg.startsWith("--") && arg.contains("="))) {
        throw new ParameterException(spec.commandLine(), "unknown option '" + arg + "'");
      }
      springArgs.add(arg);
    }
    if (port != null) {
      if (!port.matches("\\d{1,5}")) {
        throw new ParameterException(
            spec.commandLine(), "--port needs a number, for example --port 8080");
      }
      springArgs.add("--server.port=" + port);
    }
    if (demo) {
      springArgs.add("--backload.demo=true");
    }
    boolean embedded = System.getenv("BACKLOAD_DB_URL") == null;
    if (embedded) {
      Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".backload");
      try {
        DataDirectory data = DataDirectory.prepare(dir);
        springArgs.add("--backload.data-dir=" + data.path());
        springArgs.add("--backload.db-password=" + data.databasePassword());
      } catch (IOException e) {
        err.println("backload serve: cannot use data directory " + dir + ": " + e.getMessage());
        return 1;
      }
    } else if (dataDir != null) {
      springArgs.add("--backload.data-dir=" + dataDir.toAbsolutePath());
    }
    WebApp.start(springArgs, out);
    return 0;
  }
}
