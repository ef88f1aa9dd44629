package dev.backload.app.imports;

import dev.backload.core.importing.HeaderMatch;
import java.util.List;
import java.util.Locale;

/**
 * How an import read a file's columns, in words, for the import preview and {@code backload
 * analyze}'s summary and report (import-formats.md section 0).
 */
public final class ImportWords {
  private ImportWords() {}

  /**
   * How the columns were recognised and which optional ones the file lacks, e.g. {@code recognised
   * by their names; no Workout Duration column (optional, not needed)}.
   */
  public static String columns(HeaderMatch match, List<String> missing) {
    String how =
        match == HeaderMatch.BY_POSITION
            ? "recognised by position: the header's names are not ones Backload knows (another"
                + " language?), and the first rows fit this layout column for column"
            : "recognised by their names";
    if (missing.isEmpty()) {
      return how;
    }
    return how
        + "; no "
        + String.join(missing.size() == 2 ? " or " : ", ", missing)
        + (missing.size() == 1 ? " column" : " columns")
        + " (optional, not needed)";
  }

  /**
   * The sentence about FitNotes rows whose exercise name was joined back, or {@code null} when
   * there were none.
   */
  public static String repaired(int rows) {
    if (rows == 0) {
      return null;
    }
    return String.format(Locale.ROOT, "%,d", rows)
        + (rows == 1 ? " row has" : " rows have")
        + " an exercise name with a comma, which FitNotes writes without quotes, so the row came"
        + " apart at it; the name was joined back.";
  }
}
