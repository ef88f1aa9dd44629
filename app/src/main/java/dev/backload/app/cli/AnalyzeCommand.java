package dev.backload.app.cli;

import dev.backload.app.analytics.AnalysisReport;
import dev.backload.app.analytics.AnalyzedExport;
import dev.backload.app.analytics.HtmlReport;
import dev.backload.app.config.Json;
import dev.backload.core.importing.ExportFormat;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportException;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import dev.backload.core.importing.RowProblem;
import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * {@code backload analyze FILE}: imports a Strong, Hevy or FitNotes export and prints its
 * training-load analysis (analytics.md) as a readable summary, or as JSON ({@code --json}), and
 * optionally writes a self-contained HTML report ({@code --html OUT}). Runs without the web
 * framework. A file that cannot be imported exits with status 2 and the importer's message naming
 * the line and column, and nothing is written to standard output or to {@code OUT}.
 */
final class AnalyzeCommand {
  static final String USAGE =
      "usage: backload analyze FILE [--unit kg|lb] [--format strong|hevy|fitnotes] [--json]"
          + " [--html OUT] [--skip-bad-rows]";

  /** From this size on, progress is shown even when standard error is not a terminal. */
  static final long LARGE_FILE_BYTES = 32L << 20;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean errIsTerminal;
  private final long largeFileBytes;
  private final Clock clock;

  /**
   * @param out where the summary or JSON goes
   * @param err messages, skipped rows and progress
   * @param errIsTerminal whether {@code err} is shown on a terminal (progress updates in place)
   * @param clock dates the HTML report: its date in its own zone, the computer's time zone for the
   *     {@code backload} command
   */
  AnalyzeCommand(PrintStream out, PrintStream err, boolean errIsTerminal, Clock clock) {
    this(out, err, errIsTerminal, LARGE_FILE_BYTES, clock);
  }

  AnalyzeCommand(
      PrintStream out, PrintStream err, boolean errIsTerminal, long largeFileBytes, Clock clock) {
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
    this.largeFileBytes = largeFileBytes;
    this.clock = clock;
  }

  /** The parsed command line. */
  private record Arguments(
      Path file, WeightUnit unit, ExportFormat format, boolean json, Path html, boolean skip) {}

  /** A usage error, with the message to print before the usage line. */
  private static final class UsageError extends Exception {
    UsageError(String message) {
      super(message);
    }
  }

  int run(String[] args) {
    Arguments a;
    try {
      a = parse(args);
    } catch (UsageError e) {
      if (!e.getMessage().isEmpty()) {
        err.println("backload analyze: " + e.getMessage());
      }
      err.println(USAGE);
      return 2;
    }
    if (a == null) {
      out.println(USAGE);
      return 0;
    }
    String name = a.file().toString();
    ImportResult imported;
    try {
      imported = read(a);
    } catch (NoSuchFileException e) {
      err.println("backload analyze: no such file: " + name);
      return 2;
    } catch (AccessDeniedException e) {
      err.println("backload analyze: cannot read " + name + ": permission denied");
      return 2;
    } catch (IOException | UncheckedIOException e) {
      String reason = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
      err.println("backload analyze: cannot read " + name + ": " + reason);
      return 2;
    } catch (ImportException e) {
      err.println("backload analyze: " + name + ", " + e.getMessage());
      return 2;
    }
    for (RowProblem problem : imported.skippedRows()) {
      err.println("backload analyze: skipped " + problem.describe());
    }
    if (!imported.skippedRows().isEmpty()) {
      err.println(
          "backload analyze: skipped "
              + imported.skippedRows().size()
              + " of "
              + imported.rowsRead()
              + " rows of "
              + name);
    }
    // Reports show the file's name only: a report sent on does not tell where the file was kept.
    Path shortName = a.file().getFileName();
    AnalyzedExport export =
        AnalyzedExport.of(shortName == null ? name : shortName.toString(), imported, a.unit());
    if (a.html() != null) {
      try {
        writeAtomically(a.html(), HtmlReport.render(export, LocalDate.now(clock)));
      } catch (IOException e) {
        err.println("backload analyze: cannot write " + a.html() + ": " + e);
        return 1;
      }
    }
    if (a.json()) {
      if (export.unitSource() == UnitSource.GUESSED) {
        err.println(
            "backload analyze: "
                + name
                + " states no unit; guessed "
                + imported.unit().name().toLowerCase(Locale.ROOT)
                + " from the weights. Set it with --unit kg or --unit lb.");
      }
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(export.analysis()));
    } else {
      out.print(AnalysisReport.render(export));
    }
    if (a.html() != null) {
      err.println("backload analyze: wrote the report to " + a.html() + " (open it in a browser)");
    }
    out.flush();
    return 0;
  }

  private ImportResult read(Arguments a) throws IOException, ImportException {
    if (Files.isDirectory(a.file())) {
      throw new IOException("it is a directory");
    }
    ImportOptions options =
        ImportOptions.defaults()
            .withUnit(a.unit())
            .withFormat(a.format())
            .withSkipBadRows(a.skip());
    boolean showProgress = errIsTerminal || Files.size(a.file()) >= largeFileBytes;
    if (!showProgress) {
      return ExportImporter.read(a.file(), options);
    }
    Progress progress = new Progress(err, errIsTerminal);
    try {
      return ExportImporter.read(a.file(), options, progress);
    } finally {
      progress.done();
    }
  }

  /** Rows read so far on standard error: updated in place on a terminal, else now and then. */
  private static final class Progress implements LongConsumer {
    private static final long LINE_EVERY = 250_000;
    private final PrintStream err;
    private final boolean inPlace;
    private boolean shown;
    private long last = -1;

    Progress(PrintStream err, boolean inPlace) {
      this.err = err;
      this.inPlace = inPlace;
    }

    @Override
    public void accept(long rows) {
      if (rows == last) {
        return; // the final count repeats the last regular one
      }
      last = rows;
      String text = String.format(Locale.ROOT, "backload analyze: read %,d rows", rows);
      if (inPlace) {
        err.print("\r" + text);
        shown = true;
      } else if (rows % LINE_EVERY == 0) {
        err.println(text);
      }
      err.flush();
    }

    void done() {
      if (shown) {
        err.println();
      }
    }
  }

  private static void writeAtomically(Path target, String html) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, ".backload-report-", ".tmp");
    try {
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The arguments, or {@code null} for a request for help. */
  private static Arguments parse(String[] args) throws UsageError {
    Path file = null;
    WeightUnit unit = null;
    ExportFormat format = null;
    boolean json = false;
    Path html = null;
    boolean skip = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String inline = null;
      if (arg.startsWith("--") && arg.contains("=")) {
        inline = arg.substring(arg.indexOf('=') + 1);
        arg = arg.substring(0, arg.indexOf('='));
      }
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--json" -> json = true;
        case "--skip-bad-rows" -> skip = true;
        case "--unit" -> unit = unit(value(args, i, inline, "--unit", "kg or lb"));
        case "--format" ->
            format = format(value(args, i, inline, "--format", "strong, hevy or fitnotes"));
        case "--html" -> html = Path.of(value(args, i, inline, "--html", "an output file"));
        default -> {
          if (arg.startsWith("-")) {
            throw new UsageError("unknown option '" + args[i] + "'");
          }
          if (file != null) {
            throw new UsageError("one FILE only, got '" + file + "' and '" + arg + "'");
          }
          file = Path.of(arg);
        }
      }
      if (inline == null && (arg.equals("--unit") || arg.equals("--format") || arg.equals("--html"))) {
        i++;
      }
    }
    if (file == null) {
      throw new UsageError("no FILE given");
    }
    if (html != null && html.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
      throw new UsageError("--html would overwrite the export itself");
    }
    return new Arguments(file, unit, format, json, html, skip);
  }

  private static String value(String[] args, int i, String inline, String option, String what)
      throws UsageError {
    if (inline != null) {
      return inline;
    }
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageError(option + " needs " + what);
    }
    return args[i + 1];
  }

  private static WeightUnit unit(String text) throws UsageError {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "kg", "kgs" -> WeightUnit.KG;
      case "lb", "lbs" -> WeightUnit.LB;
      default -> throw new UsageError("--unit must be kg or lb, not '" + text + "'");
    };
  }

  private static ExportFormat format(String text) throws UsageError {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "strong" -> ExportFormat.STRONG;
      case "hevy" -> ExportFormat.HEVY;
      case "fitnotes" -> ExportFormat.FITNOTES;
      default ->
          throw new UsageError("--format must be strong, hevy or fitnotes, not '" + text + "'");
    };
  }
}
