package dev.backload.core.importing;

/**
 * An export could not be imported. Nothing of it is kept: an import either returns all its sets or
 * throws this.
 *
 * <p>The message names the place, e.g. {@code line 12, column "Reps": "8.5" is not a whole number}
 * or, for an unknown header, {@code line 1: ...} followed by the supported formats and variants.
 */
public class ImportException extends Exception {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final String column;

  /**
   * Creates the exception for a problem at a place in the file.
   *
   * @param line the physical line number (1 is the header)
   * @param column the column's name as the header writes it, or {@code null}
   * @param problem what is wrong, without the place
   */
  public ImportException(long line, String column, String problem) {
    super(new RowProblem(line, column, problem).describe());
    this.line = line;
    this.column = column;
  }

  /** Creates the exception for a row problem. */
  public ImportException(RowProblem problem) {
    this(problem.line(), problem.column(), problem.message());
  }

  /** The physical line number of the problem (1 is the header). */
  public long line() {
    return line;
  }

  /** The column's name as the header writes it, or {@code null} when not about one column. */
  public String column() {
    return column;
  }
}
