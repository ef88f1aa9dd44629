package dev.backload.app.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict reading of values from a JSON object parsed into maps and lists (Jackson's untyped form),
 * for inputs checked by hand: a number must be a JSON number (never a string), a whole number must
 * have no fraction, and every problem names the field by its full path, such as {@code
 * plannerContext.painStart.setNumber}. JSON {@code null} reads as "not given".
 */
public final class JsonValues {

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

  /** The path of a member: {@code parent.name}, or {@code name} at the top level. */
  public static String path(String parent, String name) {
    return parent == null || parent.isEmpty() ? name : parent + "." + name;
  }

  /**
   * A JSON object whose members are all among {@code allowed}.
   *
   * @return the object, or {@code null} for JSON null
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(String field, Object value, Set<String> allowed) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new InvalidField(field, "must be a JSON object");
    }
    for (Object name : map.keySet()) {
      if (!allowed.contains(String.valueOf(name))) {
        throw new InvalidField(path(field, String.valueOf(name)), "unknown field");
      }
    }
    return (Map<String, Object>) map;
  }

  /** A JSON array, or {@code null} for JSON null. */
  public static List<?> array(String field, Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof List<?> list)) {
      throw new InvalidField(field, "must be a JSON array");
    }
    return list;
  }

  /** A whole number within {@code min..max}, or {@code null} for JSON null. */
  public static Integer whole(String field, Object value, int min, int max) {
    if (value == null) {
      return null;
    }
    String rule = "must be a whole number between " + min + " and " + max;
    BigDecimal number = decimal(value);
    if (number == null) {
      throw new InvalidField(field, rule);
    }
    try {
      BigInteger integer = number.toBigIntegerExact();
      if (integer.compareTo(BigInteger.valueOf(min)) < 0
          || integer.compareTo(BigInteger.valueOf(max)) > 0) {
        throw new InvalidField(field, rule);
      }
      return integer.intValueExact();
    } catch (ArithmeticException fractional) {
      throw new InvalidField(field, rule);
    }
  }

  /** A number within {@code min..max}, or {@code null} for JSON null. */
  public static Double number(String field, Object value, double min, double max) {
    if (value == null) {
      return null;
    }
    BigDecimal number = decimal(value);
    if (number == null
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new InvalidField(
          field, "must be a number between " + plain(min) + " and " + plain(max));
    }
    return number.doubleValue();
  }

  /** {@code true} or {@code false}, or {@code null} for JSON null. */
  public static Boolean bool(String field, Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof Boolean b)) {
      throw new InvalidField(field, "must be true or false");
    }
    return b;
  }

  /** A number as written in messages: {@code 24}, {@code 0.5}. */
  public static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if ((value instanceof Double || value instanceof Float)
        && Double.isFinite(((Number) value).doubleValue())) {
      return BigDecimal.valueOf(((Number) value).doubleValue());
    }
    return null;
  }
}
