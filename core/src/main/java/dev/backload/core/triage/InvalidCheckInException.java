package dev.backload.core.triage;

/**
 * A check-in that breaks the input contract of triage.md section 1: a value of the wrong type or
 * out of range, an unknown field, or a missing {@code painNow}.
 *
 * <p>{@link #getMessage()} reads like {@code painNow: must be between 0 and 10}: the field, then
 * the problem in plain words.
 */
public final class InvalidCheckInException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  /**
   * @param field the JSON name or path of the offending field, e.g. {@code painPeak}, {@code
   *     context.daysSinceLastHinge} or {@code quality[1]}; empty when the whole input is wrong
   * @param problem a short plain description of what is wrong, e.g. {@code must be between 0 and
   *     10}
   */
  public InvalidCheckInException(String field, String problem) {
    super(field == null || field.isEmpty() ? problem : field + ": " + problem);
    this.field = field == null ? "" : field;
    this.problem = problem;
  }

  /** The JSON name or path of the offending field; empty when the whole input is wrong. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field name, e.g. {@code must be between 0 and 10}. */
  public String problem() {
    return problem;
  }
}
