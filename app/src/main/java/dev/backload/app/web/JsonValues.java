package dev.backload.app.web;

import dev.backload.core.json.StrictJson;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of values from a JSON object parsed into maps and lists (Jackson's untyped form),
 * for inputs checked by hand: the core's {@link StrictJson} (the check-in's reader too), with JSON
 * {@code null} read as "not given" and problems raised as {@link InvalidField}, naming the field by
 * its full path, such as {@code plannerContext.painStart.setNumber}.
 */
public final class JsonValues {

  private static final StrictJson READ = new StrictJson(InvalidField::new);

  private JsonValues() {}

  /** A value that breaks its field's rule. */
  public static final class InvalidField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final String problem;

    /**
     * @param field the full path of the field, e.g. {@code kneeToWallLeftCm}
     * @param problem what is wrong in plain words, e.g. {@code must be between 0 and 30}
     */
    public InvalidField(String field, String problem) {
      super(field + ": " + problem);
      this.field = field;
      this.problem = problem;
    }

    public String field() {
      return field;
    }

    public String problem() {
      return problem;
    }
  }

  /**
   * A JSON object whose members are all among {@code allowed}.
   *
   * @return the object, or {@code null} for JSON null
   */
  public static Map<String, Object> object(String field, Object value, Set<String> allowed) {
    return value == null ? null : READ.object(field, value, allowed);
  }

  /** A JSON array, or {@code null} for JSON null. */
  public static List<?> array(String field, Object value) {
    return value == null ? null : READ.array(field, value);
  }

  /**
   * A whole number within {@code min..max}, or {@code null} for JSON null. Every problem is told as
   * the whole rule, {@code must be a whole number between 0 and 10}, the words the forms show.
   */
  public static Integer whole(String field, Object value, int min, int max) {
    if (value == null) {
      return null;
    }
    try {
      return READ.whole(field, value, min, max);
    } catch (InvalidField e) {
      throw new InvalidField(field, "must be a whole number between " + min + " and " + max);
    }
  }

  /**
   * A whole number of {@code min} or more as a {@code long} (an id), or {@code null} for JSON null.
   * Every problem is told as the whole rule, {@code must be a whole number of 1 or more}.
   */
  public static Long wholeAtLeast(String field, Object value, long min) {
    if (value == null) {
      return null;
    }
    try {
      return READ.wholeLong(field, value, min, Long.MAX_VALUE);
    } catch (InvalidField e) {
      throw new InvalidField(field, "must be a whole number of " + min + " or more");
    }
  }

  /** A number within {@code min..max}, or {@code null} for JSON null. */
  public static Double number(String field, Object value, double min, double max) {
    if (value == null) {
      return null;
    }
    String rule = "must be a number between " + plain(min) + " and " + plain(max);
    BigDecimal number;
    try {
      number = READ.number(field, value);
    } catch (InvalidField e) {
      throw new InvalidField(field, rule);
    }
    if (number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidField(field, rule);
    }
    return number.doubleValue();
  }

  /** {@code true} or {@code false}, or {@code null} for JSON null. */
  public static Boolean bool(String field, Object value) {
    return value == null ? null : READ.bool(field, value);
  }

  /** A number as written in messages: {@code 24}, {@code 0.5}. */
  public static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
