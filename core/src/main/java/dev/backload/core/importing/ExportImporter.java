package dev.backload.core.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import dev.backload.core.log.TrainingSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Reads a training-log export of Strong, Hevy or FitNotes into canonical sets (import-formats.md,
 * analytics.md section 1).
 *
 * <p>The format and variant are recognised from the header row, whose delimiter ({@code ,} or
 * {@code ;}) is sniffed from the first line; CSV is read with FastCSV (RFC 4180: quoted commas,
 * newlines and {@code ""}). Every data row becomes one {@link TrainingSet}, except Strong's {@code
 * Rest Timer}, {@code Ruhezeit} and {@code Note} rows, which are counted and skipped:
 *
 * <ul>
 *   <li><b>date</b>: the local date of the workout start ({@code yyyy-MM-dd HH:mm:ss} for Strong;
 *       {@code d MMM yyyy, HH:mm} or {@code MMM d, yyyy, h:mm a} for Hevy; {@code yyyy-MM-dd} for
 *       FitNotes);
 *   <li><b>workout</b>: Strong's {@code Workout #}; else the Strong {@code Date} or Hevy {@code
 *       start_time} text, one space and the workout name as written; FitNotes' date ({@code
 *       2022-09-14});
 *   <li><b>set type</b>: Strong {@code W}/{@code D}/{@code F} are warm-up, drop and failure sets, a
 *       number is a working set; Hevy {@code normal}/{@code warmup}/{@code dropset}/{@code failure};
 *       FitNotes has none (working);
 *   <li><b>weight</b>: empty is 0, negative is a problem; converted from pounds when the file says
 *       so (a unit column, or a unit in the weight column's name). For a file that states no unit,
 *       the user's unit applies, else the unit is guessed from typical plate loads ({@link
 *       UnitSource#GUESSED});
 *   <li><b>reps</b>: {@code 8.0} is 8, empty is 0, {@code 8.5} is a problem;
 *   <li><b>RPE</b>: empty is none; 1..10 rounded to half steps ({@link TrainingSet#roundRpe}),
 *       outside 1..10 is a problem;
 *   <li><b>note</b>: the exercise or set note on the rows that carry it (Strong {@code Notes}, Hevy
 *       {@code exercise_notes}, FitNotes {@code Comment}); nothing is copied to other rows.
 * </ul>
 *
 * <p>In {@code ;}-delimited files a decimal comma ({@code 62,5}) is also read. A row with a problem
 * (a wrong number of fields, an unreadable number or date, ...) fails the import with an {@link
 * ImportException} naming its line and column, unless {@link ImportOptions#skipBadRows()}. A file
 * that is not well-formed CSV (a character after a closing quote) always fails.
 *
 * <p>Stateless and thread-safe; each call keeps its own caches.
 */
public final class ExportImporter {

  /** Every variant id an import can report, e.g. {@code S-classic}, {@code hevy-kg}. */
  public static final List<String> VARIANTS = Layout.variantIds();

  /** How often (in data rows) the progress callback is told. */
  static final int PROGRESS_EVERY = 10_000;

  /** The longest first line read to recognise the header. */
  private static final int SNIFF_LIMIT = 64 * 1024;

  private ExportImporter() {}

  /**
   * Imports an export.
   *
   * @param reader the text; read to the end but not closed. A leading byte order mark is skipped.
   * @param options unit, expected format and bad-row handling; {@code null} means {@link
   *     ImportOptions#defaults()}
   * @return the sets and what was read
   * @throws ImportException when the header is unknown or another format than expected, the CSV is
   *     malformed, or a row has a problem and bad rows are not skipped
   * @throws UncheckedIOException when the reader fails
   */
  public static ImportResult read(Reader reader, ImportOptions options) throws ImportException {
    return read(reader, options, null);
  }

  /**
   * Imports an export, telling progress.
   *
   * @param reader the text; read to the end but not closed. A leading byte order mark is skipped.
   * @param options unit, expected format and bad-row handling; {@code null} means defaults
   * @param rowsRead told the number of data rows read so far every {@value #PROGRESS_EVERY} rows and
   *     once at the end; may be {@code null}
   * @return the sets and what was read
   * @throws ImportException as {@link #read(Reader, ImportOptions)}
   * @throws UncheckedIOException when the reader fails
   */
  public static ImportResult read(Reader reader, ImportOptions options, LongConsumer rowsRead)
      throws ImportException {
    Objects.requireNonNull(reader, "reader");
    return new Run(options == null ? ImportOptions.defaults() : options, rowsRead).read(reader);
  }

  /**
   * Imports an export file, read as UTF-8 (a byte order mark is skipped).
   *
   * @throws IOException when the file cannot be read
   * @throws ImportException as {@link #read(Reader, ImportOptions)}, also when the file is not
   *     UTF-8 text
   */
  public static ImportResult read(Path file, ImportOptions options)
      throws IOException, ImportException {
    return read(file, options, null);
  }

  /**
   * Imports an export file, read as UTF-8, telling progress as {@link #read(Reader, ImportOptions,
   * LongConsumer)} does.
   *
   * @throws IOException when the file cannot be read
   * @throws ImportException as {@link #read(Reader, ImportOptions)}, also when the file is not
   *     UTF-8 text
   */
  public static ImportResult read(Path file, ImportOptions options, LongConsumer rowsRead)
      throws IOException, ImportException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, options, rowsRead);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The supported formats and variants, as listed in messages. */
  static String supported() {
    StringBuilder b = new StringBuilder("supported: ");
    ExportFormat current = null;
    for (String id : VARIANTS) {
      ExportFormat format =
          id.startsWith("S-")
              ? ExportFormat.STRONG
              : id.startsWith("hevy") ? ExportFormat.HEVY : ExportFormat.FITNOTES;
      if (format != current) {
        b.append(current == null ? "" : "), ").append(format.displayName()).append(" (");
        current = format;
      } else {
        b.append(", ");
      }
      b.append(id);
    }
    return b.append(')').toString();
  }

  /** One import: its options, progress callback and the state of the read. */
  private static final class Run {
    private final ImportOptions options;
    private final LongConsumer progress;
    /** The handler, once the header is recognised. */
    private RowHandler handler;

    Run(ImportOptions options, LongConsumer progress) {
      this.options = options;
      this.progress = progress;
    }

    ImportResult read(Reader reader) throws ImportException {
      BufferedReader in =
          reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 1 << 16);
      String firstLine;
      try {
        skipByteOrderMark(in);
        firstLine = peekFirstLine(in);
      } catch (CharacterCodingException e) {
        throw notUtf8();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (firstLine == null) {
        throw new ImportException(
            1, null, "the file is empty; expected the header of an export, " + supported());
      }
      char delimiter = 0;
      Layout layout = null;
      for (char candidate : delimiters(firstLine)) {
        layout = Layout.match(CsvReader.builder().fieldSeparator(candidate)
            .ofSingleCsvRecord(firstLine).getFields());
        if (layout != null) {
          delimiter = candidate;
          break;
        }
      }
      if (layout == null) {
        throw unknownHeader(firstLine);
      }
      if (options.format() != null && options.format() != layout.format()) {
        throw new ImportException(
            1,
            null,
            "expected a "
                + options.format().displayName()
                + " export, but the header is that of a "
                + layout.format().displayName()
                + " export ("
                + layout.id()
                + ")");
      }
      handler = new RowHandler(layout, options.unit(), delimiter == ';');
      CsvReader<RowHandler.Outcome> csv =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .build(handler, in);
      return readRows(csv.iterator(), layout, firstLine);
    }

    private ImportResult readRows(
        Iterator<RowHandler.Outcome> rows, Layout layout, String firstLine)
        throws ImportException {
      List<RowProblem> problems = new ArrayList<>();
      int rowCount = 0;
      int nonSets = 0;
      try {
        if (!rows.hasNext()
            || rows.next() != RowHandler.Outcome.HEADER
            || !handler.header().equals(List.of(layout.names()))) {
          // The first physical line looked like a header, but the record goes on (a quote).
          throw unknownHeader(firstLine);
        }
        while (rows.hasNext()) {
          RowHandler.Outcome outcome = rows.next();
          rowCount++;
          switch (outcome) {
            case SET -> {
              // the handler appended it to its sets
            }
            case NOT_A_SET -> nonSets++;
            case PROBLEM -> {
              RowProblem problem = handler.problem();
              if (!options.skipBadRows()) {
                throw new ImportException(problem);
              }
              problems.add(problem);
            }
            case HEADER -> throw new IllegalStateException("a second header");
          }
          if (progress != null && rowCount % PROGRESS_EVERY == 0) {
            progress.accept(rowCount);
          }
        }
      } catch (CsvParseException e) {
        throw malformed(e);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw notUtf8();
        }
        throw e;
      }
      if (progress != null) {
        progress.accept(rowCount);
      }
      WeightUnit unit;
      UnitSource source;
      if (layout.headerUnit() != null) {
        unit = layout.headerUnit();
        source = UnitSource.FILE;
      } else if (handler.kgRows() + handler.lbRows() > 0) {
        unit = handler.lbRows() > handler.kgRows() ? WeightUnit.LB : WeightUnit.KG;
        source = UnitSource.FILE;
      } else if (options.unit() != null) {
        unit = options.unit();
        source = UnitSource.USER;
      } else {
        unit = handler.guesser() == null ? WeightUnit.KG : handler.guesser().guess();
        source = UnitSource.GUESSED;
        if (handler.guesser() != null && unit == WeightUnit.LB) {
          handler.sets().scaleWeights(TrainingSet.KG_PER_LB);
        }
      }
      return new ImportResult(
          layout.format(),
          layout.id(),
          unit,
          source,
          handler.sets().freeze(),
          problems,
          rowCount,
          nonSets,
          handler.workoutNames());
    }

    private ImportException malformed(CsvParseException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      long line = lastLine() + 1;
      String marker = "(record starting at line ";
      int at = message.lastIndexOf(marker);
      if (at >= 0) {
        int end = message.indexOf(')', at);
        try {
          line = Long.parseLong(message.substring(at + marker.length(), end));
          message = message.substring(0, at).strip();
        } catch (RuntimeException ignored) {
          // keep the estimate
        }
      }
      return new ImportException(line, null, "the file is not well-formed CSV: " + message);
    }

    private ImportException notUtf8() {
      long line = lastLine() + 1;
      return new ImportException(
          line,
          null,
          "the file is not UTF-8 text (at line "
              + line
              + " or a little further); export it again or save it as UTF-8");
    }

    /** The line where the last record read started (0 before the header). */
    private long lastLine() {
      return handler == null ? 0 : handler.line();
    }
  }

  private static ImportException unknownHeader(String firstLine) {
    String shown = firstLine.length() > 200 ? firstLine.substring(0, 197) + "..." : firstLine;
    return new ImportException(
        1,
        null,
        "the header is not that of a known export: \""
            + shown
            + "\"; "
            + supported()
            + ". Export the file again from the app and import it unchanged.");
  }

  /** The delimiters to try on the header line, the more frequent first. */
  private static char[] delimiters(String line) {
    int commas = 0;
    int semicolons = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ',') {
        commas++;
      } else if (c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? new char[] {';', ','} : new char[] {',', ';'};
  }

  private static void skipByteOrderMark(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != '\uFEFF') {
      in.reset();
    }
  }

  /**
   * The first physical line without its line break (at most {@value #SNIFF_LIMIT} characters),
   * leaving the reader where it was; {@code null} when there is no text at all.
   */
  private static String peekFirstLine(BufferedReader in) throws IOException {
    in.mark(SNIFF_LIMIT + 1);
    int c = in.read();
    if (c < 0) {
      in.reset();
      return null;
    }
    StringBuilder line = new StringBuilder();
    while (c >= 0 && c != '\n' && c != '\r' && line.length() < SNIFF_LIMIT) {
      line.append((char) c);
      c = in.read();
    }
    in.reset();
    return line.toString();
  }
}
