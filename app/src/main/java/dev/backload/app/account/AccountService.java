package dev.backload.app.account;

import dev.backload.core.importing.WeightUnit;
import dev.backload.core.planning.PlannerThresholds;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, password changes and preferences, with their rules. */
@Service
public class AccountService {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final AccessTokens tokens;
  private final Clock clock;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      AccessTokens tokens,
      Clock clock) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A rule about one input field was broken. */
  public static class InvalidAccountInput extends RuntimeException {
    private final String field;

    public InvalidAccountInput(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** The email address already has an account. */
  public static class EmailTaken extends RuntimeException {
    public EmailTaken() {
      super("An account with this email address already exists.");
    }
  }

  /**
   * Creates an account.
   *
   * @return the new account
   * @throws InvalidAccountInput for a malformed email or a weak password (the message states the
   *     rule)
   * @throws EmailTaken when the email is in use
   */
  @Transactional
  public Account signUp(String email, String password) {
    if (email == null || email.length() > 320 || !EMAIL.matcher(email.trim()).matches()) {
      throw new InvalidAccountInput("email", "Please give a valid email address.");
    }
    PasswordPolicy.problem(password, email)
        .ifPresent(
            problem -> {
              throw new InvalidAccountInput("password", problem);
            });
    if (accounts.findByEmail(email).isPresent()) {
      throw new EmailTaken();
    }
    try {
      long id = accounts.create(email, passwordEncoder.encode(password), null);
      return accounts.findById(id).orElseThrow();
    } catch (DuplicateKeyException e) {
      throw new EmailTaken();
    }
  }

  /**
   * Changes the password after checking the current one, and ends every login session of the
   * account and revokes all its tokens, in the same transaction: whoever held a stolen session or
   * token loses it. The caller keeps its own session by storing the returned generation in it.
   *
   * @return the account's new session generation
   */
  @Transactional
  public int changePassword(long accountId, String currentPassword, String newPassword) {
    Account account = accounts.findById(accountId).orElseThrow();
    if (currentPassword == null
        || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
      throw new InvalidAccountInput("currentPassword", "The current password is not right.");
    }
    PasswordPolicy.problem(newPassword, account.email())
        .ifPresent(
            problem -> {
              throw new InvalidAccountInput("newPassword", problem);
            });
    accounts.updatePasswordHash(accountId, passwordEncoder.encode(newPassword));
    tokens.revokeAll(accountId);
    return accounts.endSessions(accountId);
  }

  /** Sets the unit (kg or lb) and the time zone (an IANA name such as Europe/Berlin). */
  @Transactional
  public Account updatePreferences(long accountId, String weightUnit, String timeZone) {
    Account account = accounts.findById(accountId).orElseThrow();
    WeightUnit unit =
        weightUnit == null
            ? account.weightUnit()
            : WeightUnit.ofSymbol(weightUnit.trim().toLowerCase())
                .orElseThrow(
                    () -> new InvalidAccountInput("weightUnit", "The unit must be kg or lb."));
    ZoneId zone;
    try {
      zone = timeZone == null ? account.timeZone() : ZoneId.of(timeZone.trim());
    } catch (DateTimeException e) {
      throw new InvalidAccountInput(
          "timeZone", "Unknown time zone; use a name such as Europe/London or America/Chicago.");
    }
    accounts.updatePreferences(accountId, unit, zone);
    return accounts.findById(accountId).orElseThrow();
  }

  /**
   * Sets the smallest step the person can load a bar by, which the plan rounds its loads to.
   *
   * @param value the step in {@code unit}
   * @param unit the person's unit
   * @return the step in kilograms, as stored
   * @throws InvalidAccountInput naming {@code loadIncrement} when it is missing or out of range
   */
  public double updateLoadIncrement(long accountId, Double value, WeightUnit unit) {
    if (value == null || !Double.isFinite(value)) {
      throw new InvalidAccountInput("loadIncrement", "Give the loadable increment as a number.");
    }
    double kg = unit.toKg(value);
    if (kg < PlannerThresholds.MIN_INCREMENT_KG - 1e-9
        || kg > PlannerThresholds.MAX_INCREMENT_KG + 1e-9) {
      throw new InvalidAccountInput(
          "loadIncrement",
          "The loadable increment must be between "
              + unit.format(PlannerThresholds.MIN_INCREMENT_KG)
              + " and "
              + unit.format(PlannerThresholds.MAX_INCREMENT_KG)
              + " "
              + unit.symbol()
              + ".");
    }
    accounts.updateLoadIncrementKg(accountId, kg);
    return kg;
  }

  /** The longest name a personal access token may have. */
  public static final int TOKEN_NAME_MAX = 100;

  /** How long a token lasts when its lifetime is left out, in days. */
  public static final int TOKEN_DAYS_DEFAULT = 90;

  /** The longest lifetime a token may be given, in days. */
  public static final int TOKEN_DAYS_MAX = 365;

  /**
   * Creates a personal access token; a blank name becomes "API token".
   *
   * @param scopes the scope names ({@code read}, {@code write}, {@code import}); null for all three
   * @param expiresInDays 1 to {@link #TOKEN_DAYS_MAX}, counted from now by the injected clock; null
   *     for {@link #TOKEN_DAYS_DEFAULT}
   * @throws InvalidAccountInput naming {@code name} when it is longer than {@link #TOKEN_NAME_MAX},
   *     {@code scopes} when one is unknown or none is given, {@code expiresInDays} when out of
   *     range
   */
  public AccessTokens.NewToken createToken(
      long accountId, String name, List<String> scopes, Integer expiresInDays) {
    String label = name == null || name.isBlank() ? "API token" : name.strip();
    if (label.length() > TOKEN_NAME_MAX) {
      throw new InvalidAccountInput(
          "name", "A token name has at most " + TOKEN_NAME_MAX + " characters.");
    }
    Set<TokenScope> chosen = scopes == null ? TokenScope.all() : EnumSet.noneOf(TokenScope.class);
    if (scopes != null) {
      for (String id : scopes) {
        chosen.add(
            TokenScope.ofId(id)
                .orElseThrow(
                    () ->
                        new InvalidAccountInput(
                            "scopes", "The scopes are read, write and import; pick from those.")));
      }
      if (chosen.isEmpty()) {
        throw new InvalidAccountInput("scopes", "Give the token at least one scope.");
      }
    }
    int days = expiresInDays == null ? TOKEN_DAYS_DEFAULT : expiresInDays;
    if (days < 1 || days > TOKEN_DAYS_MAX) {
      throw new InvalidAccountInput(
          "expiresInDays",
          "A token lasts from 1 to "
              + TOKEN_DAYS_MAX
              + " days ("
              + TOKEN_DAYS_DEFAULT
              + " if not"
              + " given).");
    }
    return tokens.create(accountId, label, chosen, OffsetDateTime.now(clock).plusDays(days));
  }

  /** Checks an email and password; the account when they match. */
  public java.util.Optional<Account> verify(String email, String password) {
    if (email == null || password == null) {
      return java.util.Optional.empty();
    }
    return accounts
        .findByEmail(email)
        .filter(a -> passwordEncoder.matches(password, a.passwordHash()));
  }
}
