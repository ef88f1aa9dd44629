package dev.backload.app.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: 12 to 128 characters (any characters, emoji included), not one of the
 * most common passwords, and not the email address. No rules about character classes: length is
 * what makes a password strong (ASVS 5.0 6.2).
 *
 * <p>The common passwords are the 30,000 of zxcvbn's list ({@link #PUBLISHED_LIST}, from the
 * zxcvbn4j library, MIT licence; zxcvbn took them from Mark Burnett's ten million leaked
 * passwords), plus a few of our own for a lifting app ({@code common-passwords.txt}). Both are read
 * once, when the class loads; comparisons ignore case.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;
  public static final String RULE =
      "A password needs 12 to 128 characters, must not be a commonly used password and must not"
          + " be your email address.";

  /** zxcvbn's frequency list of common passwords, one a line, lower case, inside zxcvbn4j's jar. */
  static final String PUBLISHED_LIST = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /** Why the password is not acceptable, or empty when it is. */
  public static Optional<String> problem(String password, String email) {
    if (password == null || password.isEmpty()) {
      return Optional.of("The password is missing. " + RULE);
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("The password is too short (" + length + " characters). " + RULE);
    }
    if (length > MAX_LENGTH) {
      return Optional.of("The password is too long. " + RULE);
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of("That password is one of the most commonly used. " + RULE);
    }
    if (email != null && lower.equals(email.trim().toLowerCase(Locale.ROOT))) {
      return Optional.of("The password must not be your email address. " + RULE);
    }
    return Optional.empty();
  }

  /** How many common passwords are refused. */
  static int commonCount() {
    return COMMON.size();
  }

  private static Set<String> load() {
    Set<String> common = new HashSet<>(read(PUBLISHED_LIST));
    common.addAll(read("common-passwords.txt"));
    return Set.copyOf(common);
  }

  private static Set<String> read(String resource) {
    var in = PasswordPolicy.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the class path");
    }
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT))
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
