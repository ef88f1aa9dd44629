package dev.backload.core.importing;

/**
 * Fast, strict reading of the decimal numbers exports write ({@code 8}, {@code 135.0}, {@code
 * 74.99999999999999}, {@code 1e2}). No regex and, for digit strings up to 2^53 (15 to 16 digits),
 * no {@link Double#parseDouble}: the digits are read into a {@code long} and scaled by an exact
 * power of ten, which gives the correctly rounded double (Clinger's fast path). Longer numbers fall
 * back to {@link Double#parseDouble} after the text was checked, so {@code NaN}, {@code Infinity},
 * hex floats and type suffixes ({@code 1d}) are never accepted.
 */
final class Numbers {

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /** Mantissas up to this value (2^53) are exact doubles. */
  private static final long MAX_EXACT = 1L << 53;

  private Numbers() {}

  /**
   * Reads a decimal number: optional blanks, an optional sign, digits with an optional fraction and
   * an optional exponent ({@code e} or {@code E}), optional blanks.
   *
   * @param text the field
   * @param decimalComma whether {@code ,} is accepted as the decimal separator (in {@code ;} files)
   * @return the value, or {@code NaN} when the text is not such a number or is not finite
   */
  static double parse(String text, boolean decimalComma) {
    return parse(text.toCharArray(), 0, text.length(), decimalComma);
  }

  /**
   * Reads a decimal number from a buffer range, as {@link #parse(String, boolean)}.
   *
   * @return the value, or {@code NaN} when the text is not such a number or is not finite
   */
  static double parse(char[] buf, int off, int len, boolean decimalComma) {
    int end = off + len;
    int i = off;
    while (i < end && buf[i] <= ' ') {
      i++;
    }
    while (end > i && buf[end - 1] <= ' ') {
      end--;
    }
    int start = i;
    boolean negative = false;
    if (i < end && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fractionDigits = 0;
    boolean comma = false;
    char c = 0;
    while (i < end && (c = buf[i]) >= '0' && c <= '9') {
      if (digits < 18) {
        mantissa = mantissa * 10 + (c - '0');
      }
      digits++;
      i++;
    }
    if (i < end && (c == '.' || (decimalComma && c == ','))) {
      comma = c == ',';
      i++;
      while (i < end && (c = buf[i]) >= '0' && c <= '9') {
        if (digits < 18) {
          mantissa = mantissa * 10 + (c - '0');
        }
        digits++;
        fractionDigits++;
        i++;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    int exponent = 0;
    if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < end && (buf[i] == '-' || buf[i] == '+')) {
        negativeExponent = buf[i] == '-';
        i++;
      }
      int exponentDigits = 0;
      while (i < end && (c = buf[i]) >= '0' && c <= '9') {
        if (exponent < 100_000) {
          exponent = exponent * 10 + (c - '0');
        }
        exponentDigits++;
        i++;
      }
      if (exponentDigits == 0) {
        return Double.NaN;
      }
      if (negativeExponent) {
        exponent = -exponent;
      }
    }
    if (i != end) {
      return Double.NaN;
    }
    int scale = exponent - fractionDigits;
    if (digits <= 18 && mantissa <= MAX_EXACT && scale >= -22 && scale <= 22) {
      double value =
          scale >= 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
      return negative ? -value : value;
    }
    String checked = new String(buf, start, end - start);
    if (comma) {
      checked = checked.replace(',', '.');
    }
    double value = Double.parseDouble(checked);
    return Double.isFinite(value) ? value : Double.NaN;
  }

  /**
   * Reads a whole number of at most 9 digits written as plain digits ({@code 8}), the common case.
   *
   * @return the value, or -1 when the text is anything else (empty, a sign, a fraction, blanks)
   */
  static int plainDigits(String text) {
    return plainDigits(text.toCharArray(), 0, text.length());
  }

  /** {@link #plainDigits(String)} for a buffer range. */
  static int plainDigits(char[] buf, int off, int len) {
    if (len == 0 || len > 9) {
      return -1;
    }
    int value = 0;
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
