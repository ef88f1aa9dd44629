package dev.backload.core.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.backload.core.log.TrainingSet;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes Backload's own CSV export of a training log, which {@link ExportImporter} reads back into
 * the same sets ({@link ExportFormat#BACKLOAD}, variant {@code backload}).
 *
 * <p>The format: UTF-8, RFC 4180 (fields with a comma, quote or line break are quoted, quotes
 * doubled), CRLF line ends, the header {@link #HEADER}, then one row per set, workouts in date
 * order and each workout's sets in logged order:
 *
 * <ul>
 *   <li><b>Date</b>: the workout's date, {@code 2026-11-20};
 *   <li><b>Workout</b>: the workout's number within its date (1 for the first workout of the day, 2
 *       for the second...); rows with the same date and number are one workout, whose key on import
 *       is {@code "2026-11-20 #1"};
 *   <li><b>Workout Name</b>, <b>Exercise</b>, <b>Note</b>: text as stored (empty for none);
 *   <li><b>Set Type</b>: {@code WARMUP}, {@code WORKING}, {@code DROP} or {@code FAILURE};
 *   <li><b>Weight (kg)</b>: kilograms at full precision, the shortest decimal that reads back as
 *       the same double ({@code 102.05828325} for 225 lb), without exponent or trailing zeros;
 *   <li><b>Reps</b>: a whole number; <b>RPE</b>: {@code 8} or {@code 8.5}, empty for none.
 * </ul>
 *
 * <p><b>Formula injection.</b> A spreadsheet runs a cell that starts with {@code =}, {@code +},
 * {@code -} or {@code @} (and some also after a tab, carriage return or NUL) as a formula. So a
 * text cell that starts with one of these characters, or with an apostrophe, is written with one
 * more apostrophe in front: {@code =HYPERLINK(...)} becomes {@code '=HYPERLINK(...)}, which
 * spreadsheets show as text. The importer removes exactly one leading apostrophe from the text
 * cells of this format, so the round trip is exact: a text that itself starts with an apostrophe
 * was written with two. Numbers are never prefixed (they are never negative).
 *
 * <p>Texts are expected as the app stores them: trimmed ({@link String#strip()}), as the importer
 * trims what it reads.
 */
public final class BackloadCsv implements Closeable {

  /** The header row. */
  public static final List<String> HEADER =
      List.of(
          "Date",
          "Workout",
          "Workout Name",
          "Exercise",
          "Set Type",
          "Weight (kg)",
          "Reps",
          "RPE",
          "Note");

  private final CsvWriter csv;
  private LocalDate lastDate;
  private String lastWorkout;
  private int workoutOfDay;

  /**
   * Starts an export and writes the header.
   *
   * @param out where the CSV goes; closed by {@link #close()}
   */
  public BackloadCsv(Writer out) {
    this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    csv.writeRecord(HEADER);
  }

  /**
   * Writes one set. Sets must come grouped by workout ({@link TrainingSet#workout()}), workouts in
   * date order; the workout number is counted from that.
   *
   * @param set the set
   * @param workoutName the name of its workout, or {@code null}
   * @throws java.io.UncheckedIOException when writing fails
   */
  public void write(TrainingSet set, String workoutName) {
    Objects.requireNonNull(set, "set");
    if (!set.date().equals(lastDate)) {
      lastDate = set.date();
      lastWorkout = set.workout();
      workoutOfDay = 1;
    } else if (!set.workout().equals(lastWorkout)) {
      lastWorkout = set.workout();
      workoutOfDay++;
    }
    csv.writeRecord(
        set.date().toString(),
        Integer.toString(workoutOfDay),
        protect(workoutName),
        protect(set.exercise()),
        set.setType().name(),
        number(set.weightKg()),
        Integer.toString(set.reps()),
        set.rpe() == null ? "" : number(set.rpe()),
        protect(set.note()));
  }

  /** Flushes what was written to the underlying writer. */
  public void flush() throws IOException {
    csv.flush();
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }

  /**
   * A text cell protected against formula injection: an apostrophe in front of a text that starts
   * with {@code = + - @}, tab, carriage return, NUL or an apostrophe; {@code ""} for {@code null}.
   */
  public static String protect(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return needsProtection(text.charAt(0)) ? "'" + text : text;
  }

  /** The text of a cell written by {@link #protect}: one leading apostrophe removed. */
  public static String unprotect(String cell) {
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static boolean needsProtection(char first) {
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r', '\0', '\'' -> true;
      default -> false;
    };
  }

  /**
   * A number as written in the export: the shortest decimal that reads back as the same double,
   * plain (no exponent), without trailing zeros: {@code 140}, {@code 62.5}, {@code 102.05828325}.
   */
  public static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
