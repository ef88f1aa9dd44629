package dev.backload.core.importing;

import java.util.Objects;

/**
 * What is wrong with one row of an export.
 *
 * @param line the physical line number where the row starts (1 is the header), counting the line
 *     breaks inside quoted fields
 * @param column the column's name as the file's header writes it, or {@code null} when the problem
 *     is not about one column (e.g. a wrong number of fields)
 * @param message what is wrong, e.g. {@code "8.5" is not a whole number}
 */
public record RowProblem(long line, String column, String message) {

  public RowProblem {
    Objects.requireNonNull(message, "message");
  }

  /**
   * The problem as one sentence, e.g. {@code line 12, column "Reps": "8.5" is not a whole number}.
   */
  public String describe() {
    return column == null
        ? "line " + line + ": " + message
        : "line " + line + ", column \"" + column + "\": " + message;
  }
}
