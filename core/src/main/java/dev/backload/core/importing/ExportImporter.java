package dev.backload.core.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
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
import java.util.StringJoiner;
import java.util.function.LongConsumer;

/**
 * Reads a training-log export of Strong, Hevy or FitNotes, or Backload's own ({@link BackloadCsv}),
 * into canonical sets (import-formats.md, analytics.md section 1).
 *
 * <p>The columns are recognised as import-formats.md section 0 (version 2) says: by the header's
 * names ({@link Layout#byName}: the app by its key columns, every other column by name, in any
 * order, optional ones possibly missing), or, for a Strong header whose names are not known, by
 * position ({@link HeaderByPosition}: a known layout with as many columns that the first rows fit).
 * The delimiter ({@code ,} or {@code ;}) is sniffed from the first line; CSV is read with FastCSV
 * (RFC 4180: quoted commas, newlines and {@code ""}). Every data row becomes one {@link
 * TrainingSet}, except Strong's {@code Rest Timer}, {@code Ruhezeit} and {@code Note} rows (and, in
 * a file matched by position, a Set Order word on a row without weight and reps: a rest or note row
 * in the file's language), which are counted and skipped:
 *
 * <ul>
 *   <li><b>date</b>: the local date of the workout start ({@code yyyy-MM-dd HH:mm:ss} for Strong;
 *       {@code d MMM yyyy, HH:mm} or {@code MMM d, yyyy, h:mm a} for Hevy; {@code yyyy-MM-dd} for
 *       FitNotes);
 *   <li><b>workout</b>: Strong's {@code Workout #}; else the Strong {@code Date} or Hevy {@code
 *       start_time} text, one space and the workout name as written; FitNotes' date ({@code
 *       2022-09-14});
 *   <li><b>set type</b>: Strong {@code W}/{@code WARM_UP}, {@code D}/{@code DROP}/{@code DROP_SET}
 *       and {@code F}/{@code FAILURE} are warm-up, drop and failure sets, a number is a working
 *       set, any other value a problem; Hevy {@code normal}/{@code warmup}/{@code dropset}/{@code
 *       failure}; FitNotes has none (working);
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
 * <p>Backload's own export ({@link BackloadCsv}) is read the same way: ISO dates, the workout key
 * {@code "2026-11-20 #1"} from the date and the workout's number within it, set types by name, and
 * one leading apostrophe removed from its text cells (formula protection).
 *
 * <p>A FitNotes row with more fields than the header is an exercise name written unquoted with
 * commas in it: the extra fields are joined back into the name (rule 4) and counted in {@link
 * ImportResult#repairedRows()}.
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
  public static final List<String> VARIANTS = Layout.variantIds(null);

  /** How often (in data rows) the progress callback is told. */
  static final int PROGRESS_EVERY = 10_000;

  /** The longest first line read to recognise the header. */
  private static final int SNIFF_LIMIT = 64 * 1024;

  /** How much of the file's start is read to match a header by position. */
  private static final int PEEK_LIMIT = 256 * 1024;

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
   * @param rowsRead told the number of data rows read so far every {@value #PROGRESS_EVERY} rows
   *     and once at the end; may be {@code null}
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
    return "known layouts: " + Layout.known();
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
          reader instanceof BufferedReader buffered
              ? buffered
              : new BufferedReader(reader, 1 << 16);
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
      char[] delimiters = delimiters(firstLine);
      char delimiter = 0;
      Layout layout = null;
      for (char candidate : delimiters) {
        List<String> header = headerFields(firstLine, candidate);
        layout = header == null ? null : Layout.byName(header);
        if (layout != null) {
          delimiter = candidate;
          break;
        }
      }
      List<String> reasons = new ArrayList<>();
      if (layout == null) {
        String window = peek(in, PEEK_LIMIT);
        for (char candidate : delimiters) {
          List<String> header = headerFields(firstLine, candidate);
          if (header == null) {
            continue;
          }
          if (!HeaderByPosition.anyWithColumns(header)) {
            if (candidate == delimiters[0]) {
              reasons.add(HeaderByPosition.noneWithColumns(header));
            }
            continue;
          }
          HeaderByPosition.Outcome outcome =
              HeaderByPosition.match(
                  header,
                  firstRows(window, candidate, window.length() == PEEK_LIMIT),
                  candidate == ';');
          if (outcome.layout() != null) {
            layout = outcome.layout();
            delimiter = candidate;
            break;
          }
          reasons.add(outcome.reason());
        }
      }
      if (layout == null) {
        throw unknownHeader(firstLine, delimiters[0], reasons);
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
      handler = new RowHandler(layout, options.unit(), delimiter);
      CsvReader<RowHandler.Outcome> csv =
          CsvReader.builder()
              .fieldSeparator(delimiter)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .build(handler, in);
      return readRows(csv.iterator(), layout, firstLine, delimiters[0]);
    }

    /**
     * Reads the rows after the header.
     *
     * @param firstLine the header line, for the message when its record goes on past that line
     * @param usualDelimiter the more frequent delimiter in {@code firstLine}, for that message
     */
    private ImportResult readRows(
        Iterator<RowHandler.Outcome> rows, Layout layout, String firstLine, char usualDelimiter)
        throws ImportException {
      List<RowProblem> problems = new ArrayList<>();
      int rowCount = 0;
      int nonSets = 0;
      try {
        if (!rows.hasNext()
            || rows.next() != RowHandler.Outcome.HEADER
            || !handler.header().equals(List.of(layout.names()))) {
          // The first physical line looked like a header, but the record goes on (a quote).
          throw unknownHeader(firstLine, usualDelimiter, List.of());
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
          handler.workoutNames(),
          layout.match(),
          layout.missing(),
          handler.repairedRows());
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
          "the file is not UTF-8 text (an invalid byte on this line or a later one); export it"
              + " again or save it as UTF-8");
    }

    /** The line where the last record read started (0 before the header). */
    private long lastLine() {
      return handler == null ? 0 : handler.line();
    }
  }

  /**
   * The error for a header that is no known layout: what was expected (the columns that name each
   * app, or a Strong layout by position), the columns found (split at {@code delimiter}, the more
   * frequent one), and the known layouts.
   */
  private static ImportException unknownHeader(
      String firstLine, char delimiter, List<String> positionReasons) {
    String shown = firstLine.length() > 200 ? firstLine.substring(0, 197) + "..." : firstLine;
    List<String> header = headerFields(firstLine, delimiter);
    StringJoiner keys = new StringJoiner("; ");
    for (ExportFormat format : ExportFormat.values()) {
      keys.add(format.displayName() + ": " + Layout.columnNames(format, Layout.keyRoles(format)));
    }
    return new ImportException(
        1,
        null,
        "the header is not that of a known export: \""
            + shown
            + "\". Expected the columns that name an app ("
            + keys
            + "), or a Strong header in another language whose first rows fit a known Strong"
            + " layout by position"
            + (positionReasons.isEmpty() ? "" : " (" + String.join("; ", positionReasons) + ")")
            + ". "
            + (header == null ? "The header is not well-formed CSV" : Layout.found(header))
            + ". "
            + supported()
            + ". Export the file again from the app and import it unchanged.");
  }

  /** The fields of a header line split at {@code delimiter}, or null when that is not CSV. */
  private static List<String> headerFields(String line, char delimiter) {
    try {
      return CsvReader.builder().fieldSeparator(delimiter).ofSingleCsvRecord(line).getFields();
    } catch (CsvParseException e) {
      return null; // e.g. "a","b" split at ';' has a ',' after a closing quote
    }
  }

  /**
   * The data rows at the start of {@code text} (the file's beginning), at most {@value
   * HeaderByPosition#ROWS_CHECKED}; without the last one when the text was cut off, and none when
   * it is not CSV.
   */
  private static List<CsvRecord> firstRows(String text, char delimiter, boolean cutOff) {
    List<CsvRecord> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(delimiter)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(text)) {
      Iterator<CsvRecord> records = csv.iterator();
      if (records.hasNext()) {
        records.next(); // the header
      }
      while (records.hasNext() && rows.size() <= HeaderByPosition.ROWS_CHECKED) {
        rows.add(records.next());
      }
    } catch (CsvParseException | IOException | UncheckedIOException e) {
      return List.of();
    }
    if (cutOff && !rows.isEmpty() && rows.size() <= HeaderByPosition.ROWS_CHECKED) {
      rows.remove(rows.size() - 1);
    }
    return rows.size() > HeaderByPosition.ROWS_CHECKED
        ? rows.subList(0, HeaderByPosition.ROWS_CHECKED)
        : rows;
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

  /** The next {@code limit} characters at most, leaving the reader where it was. */
  private static String peek(BufferedReader in, int limit) throws ImportException {
    try {
      in.mark(limit);
      char[] text = new char[limit];
      int length = 0;
      int n;
      while (length < limit && (n = in.read(text, length, limit - length)) > 0) {
        length += n;
      }
      in.reset();
      return new String(text, 0, length);
    } catch (CharacterCodingException e) {
      throw new ImportException(
          1,
          null,
          "the file is not UTF-8 text (an invalid byte near its start); export it again or save"
              + " it as UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
