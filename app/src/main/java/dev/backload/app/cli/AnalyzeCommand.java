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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code backload analyze FILE}: imports a Strong, Hevy or FitNotes export and prints its
 * training-load analysis (analytics.md) as a readable summary, or as JSON ({@code --json}), and
 * optionally writes a self-contained HTML report ({@code --html OUT}). Runs without the web
 * framework. A file that cannot be imported exits with status 2 and the importer's message naming
 * the line and column, and nothing is written to standard output or to {@code OUT}.
 */
@Command(
    name = "analyze",
    synopsisHeading = "usage: ",
    customSynopsis = AnalyzeCommand.SYNOPSIS,
    descriptionHeading = "%n",
    description =
        "Analyses a Strong, Hevy or FitNotes export: a summary of its deadlift training (weekly"
            + " tonnage, estimated maxes, flags), its JSON (--json) or an HTML report with charts"
            + " (--html OUT).",
    parameterListHeading = "%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = Usage.EXIT_STATUS,
    sortOptions = false)
final class AnalyzeCommand implements Callable<Integer> {
  static final String SYNOPSIS =
      "backload analyze FILE [--unit kg|lb] [--format strong|hevy|fitnotes] [--json]"
          + " [--html OUT] [--skip-bad-rows]";

  /** The usage line after bad usage (the help wraps the synopsis to 80 columns instead). */
  static final String USAGE = "usage: " + SYNOPSIS;

  /** From this size on, progress is shown even when standard error is not a terminal. */
  static final long LARGE_FILE_BYTES = 32L << 20;

  private final PrintStream out;
  private final PrintStream err;
  private final boolean errIsTerminal;
  private final long largeFileBytes;
  private final Clock clock;

  @Parameters(index = "0", paramLabel = "FILE", description = "The exported training log (CSV).")
  @Usage.IfMissing("no FILE given")
  private Path file;

  @Parameters(index = "1..*", hidden = true)
  private List<String> more = new ArrayList<>();

  @Option(
      names = "--unit",
      paramLabel = "kg|lb",
      converter = WeightUnitConverter.class,
      description = "The unit of a file that states none (default: guessed from the weights).")
  @Usage.IfMissing("--unit needs kg or lb")
  private WeightUnit unit;

  @Option(
      names = "--format",
      paramLabel = "strong|hevy|fitnotes",
      converter = FormatConverter.class,
      description = "The app the file must come from (default: recognised from its header).")
  @Usage.IfMissing("--format needs strong, hevy or fitnotes")
  private ExportFormat format;

  @Option(names = "--json", description = "Print the analysis as JSON instead of the summary.")
  private boolean json;

  @Option(
      names = "--html",
      paramLabel = "OUT",
      description = "Also write a self-contained HTML report with charts to the file OUT.")
  @Usage.IfMissing("--html needs an output file")
  private Path html;

  @Option(
      names = "--skip-bad-rows",
      description = "Leave out rows with a problem, listing each on standard error.")
  private boolean skipBadRows;

  @Mixin private Usage.HelpOption help;
  @Spec private CommandSpec spec;

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

  /** Runs {@code analyze} on its own with these arguments (without the command's name). */
  int run(String... args) {
    return Usage.configure(new CommandLine(this), out, err).execute(args);
  }

  @Override
  public Integer call() {
    if (!more.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "one FILE only, got '" + file + "' and '" + more.get(0) + "'");
    }
    if (html != null
        && html.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
      throw new ParameterException(spec.commandLine(), "--html would overwrite the export itself");
    }
    String name = file.toString();
    ImportResult imported;
    try {
      imported = read();
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
    Path shortName = file.getFileName();
    AnalyzedExport export =
        AnalyzedExport.of(shortName == null ? name : shortName.toString(), imported, unit);
    if (html != null) {
      try {
        writeAtomically(html, HtmlReport.render(export, LocalDate.now(clock)));
      } catch (IOException e) {
        err.println("backload analyze: cannot write " + html + ": " + e);
        return 1;
      }
    }
    if (json) {
      if (export.unitSource() == UnitSource.GUESSED) {
        err.println(
            "backload analyze: "
                + name
                + " states no unit; guessed "
                + imported.unit().name().toLowerCase(Locale.ROOT)
                + " from the weights. Set it with --unit kg or --unit lb.");
      }
      out.println(
          Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(export.analysis()));
    } else {
      out.print(AnalysisReport.render(export));
    }
    if (html != null) {
      err.println("backload analyze: wrote the report to " + html + " (open it in a browser)");
    }
    out.flush();
    return 0;
  }

  private ImportResult read() throws IOException, ImportException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a directory");
    }
    ImportOptions options =
        ImportOptions.defaults().withUnit(unit).withFormat(format).withSkipBadRows(skipBadRows);
    boolean showProgress = errIsTerminal || Files.size(file) >= largeFileBytes;
    if (!showProgress) {
      return ExportImporter.read(file, options);
    }
    Progress progress = new Progress(err, errIsTerminal);
    try {
      return ExportImporter.read(file, options, progress);
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
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** {@code --format}: the export's app, in any case. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String text) {
      return switch (text.toLowerCase(Locale.ROOT)) {
        case "strong" -> ExportFormat.STRONG;
        case "hevy" -> ExportFormat.HEVY;
        case "fitnotes" -> ExportFormat.FITNOTES;
        default ->
            throw new TypeConversionException(
                "--format must be strong, hevy or fitnotes, not '" + text + "'");
      };
    }
  }
}
