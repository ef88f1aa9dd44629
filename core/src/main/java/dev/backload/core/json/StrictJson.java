package dev.backload.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Strict reading of values from a JSON object as a JSON parser hands it over in untyped form:
 * {@code null}, {@link Boolean}, {@link String}, {@link Number}, {@link List} or {@link Map}. A
 * number must be a JSON number (never a string), a whole number has no fractional part ({@code 3.0}
 * is 3), an enum name matches exactly, an object has no unknown members, and every problem names
 * the field by its full path ({@code context.daysSinceLastHinge}, {@code quality[1]}).
 *
 * <p>The one reader for the check-in ({@code CheckIn.fromFields}) and the app's other hand-checked
 * inputs. Each caller reports problems with its own exception, made by the factory it passes in
 * from the field path and the problem in plain words. The methods take present values; whether JSON
 * {@code null} means "not given" or a default is the caller's choice.
 */
public final class StrictJson {

  private final BiFunction<String, String, ? extends RuntimeException> invalid;

  /**
   * @param invalid makes the exception for a bad value from the field's path and the problem, e.g.
   *     {@code ("painPeak", "must be a whole number")}
   */
  public StrictJson(BiFunction<String, String, ? extends RuntimeException> invalid) {
    this.invalid = invalid;
  }

  /** The path of a member: {@code parent.name}, or {@code name} at the top level. */
  public static String path(String parent, String name) {
    return parent == null || parent.isEmpty() ? name : parent + "." + name;
  }

  /** The range of a whole number in plain words: {@code must be between 0 and 10}. */
  public static String rangeProblem(long min, long max) {
    return max == Integer.MAX_VALUE
        ? "must be " + min + " or more"
        : "must be between " + min + " and " + max;
  }

  /** A JSON number with no fractional part ({@code 3.0} is 3), within {@code min..max}. */
  public int whole(String field, Object value, int min, int max) {
    return (int) wholeLong(field, value, min, max);
  }

  /**
   * A JSON number with no fractional part ({@code 3.0} is 3), within {@code min..max}, as a {@code
   * long} (an id, say).
   */
  public long wholeLong(String field, Object value, long min, long max) {
    BigDecimal number = decimal(value);
    if (number == null) {
      throw fail(field, "must be a whole number");
    }
    BigInteger integer;
    try {
      integer = number.toBigIntegerExact();
    } catch (ArithmeticException fractional) {
      throw fail(field, "must be a whole number");
    }
    if (integer.compareTo(BigInteger.valueOf(min)) < 0
        || integer.compareTo(BigInteger.valueOf(max)) > 0) {
      throw fail(field, rangeProblem(min, max));
    }
    return integer.longValueExact();
  }

  /** A finite JSON number, exactly as written when the parser keeps decimals. */
  public BigDecimal number(String field, Object value) {
    BigDecimal number = decimal(value);
    if (number == null) {
      throw fail(field, "must be a number");
    }
    return number;
  }

  /** A JSON number as a {@code double}; one too large for a {@code double} is not finite. */
  public double finite(String field, Object value) {
    if (!(value instanceof Number number)) {
      throw fail(field, "must be a number");
    }
    double d = number.doubleValue();
    if (!Double.isFinite(d)) {
      throw fail(field, "must be a finite number");
    }
    return d;
  }

  /** {@code true} or {@code false}. */
  public boolean bool(String field, Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    throw fail(field, "must be true or false");
  }

  /** The constant of {@code type} whose name is exactly the given string. */
  public <E extends Enum<E>> E constant(String field, Object value, Class<E> type) {
    if (value instanceof String s) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(s)) {
          return constant;
        }
      }
    }
    throw fail(field, "must be one of " + allowed(type));
  }

  /** A JSON array of constant names; a bad element is named by its index, {@code quality[1]}. */
  public <E extends Enum<E>> List<E> constants(String field, Object value, Class<E> type) {
    if (!(value instanceof List<?> list)) {
      throw fail(field, "must be an array of " + allowed(type));
    }
    List<E> constants = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      constants.add(constant(field + "[" + i + "]", list.get(i), type));
    }
    return constants;
  }

  /** A JSON object whose members are all among {@code allowed}. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> object(String field, Object value, Set<String> allowed) {
    if (!(value instanceof Map<?, ?> map)) {
      throw fail(field, "must be an object");
    }
    for (Object name : map.keySet()) {
      if (!allowed.contains(String.valueOf(name))) {
        throw fail(path(field, String.valueOf(name)), "unknown field");
      }
    }
    return (Map<String, Object>) map;
  }

  /** A JSON array. */
  public List<?> array(String field, Object value) {
    if (!(value instanceof List<?> list)) {
      throw fail(field, "must be an array");
    }
    return list;
  }

  private RuntimeException fail(String field, String problem) {
    return invalid.apply(field, problem);
  }

  private static String allowed(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /**
   * The decimal value of a finite JSON number ({@link BigDecimal#valueOf(double)} for a binary one,
   * so {@code 0.1} is 0.1), or {@code null} for anything else.
   */
  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    return null;
  }
}
