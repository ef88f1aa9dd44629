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
  private final SecurityEvents events;
  private final Reauthentication reauthentication;
  private final Clock clock;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      AccessTokens tokens,
      SecurityEvents events,
      Reauthentication reauthentication,
      Clock clock) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.tokens = tokens;
    this.events = events;
    this.reauthentication = reauthentication;
    this.clock = clock;
  }

  /** Too many wrong passwords: {@link LoginThrottle} says to wait this long. */
  public static class TooManyAttempts extends RuntimeException {
    private final java.time.Duration wait;

    public TooManyAttempts(java.time.Duration wait) {
      super("Too many wrong passwords; try again later.");
      this.wait = wait;
    }

    /** The wait in whole seconds, at least 1, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
      return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
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
   * Wrong current passwords count in {@link LoginThrottle} for the account and the address, as
   * failed logins do, so a stolen session cannot be used to guess the password faster than the
   * login form allows.
   *
   * @param address the request's remote address
   * @return the account's new session generation
   * @throws TooManyAttempts while the throttle says to wait (nothing is checked then)
   */
  @Transactional
  public int changePassword(
      long accountId, String currentPassword, String newPassword, String address) {
    Account account = accounts.findById(accountId).orElseThrow();
    Reauthentication.Outcome check = reauthentication.check(account, currentPassword, address);
    if (check.verdict() == Reauthentication.Verdict.THROTTLED) {
      throw new TooManyAttempts(check.retryAfter());
    }
    if (check.verdict() == Reauthentication.Verdict.WRONG) {
      events.passwordChanged(accountId, false);
      throw new InvalidAccountInput("currentPassword", "The current password is not right.");
    }
    PasswordPolicy.problem(newPassword, account.email())
        .ifPresent(
            problem -> {
              throw new InvalidAccountInput("newPassword", problem);
            });
    accounts.updatePasswordHash(accountId, passwordEncoder.encode(newPassword));
    tokens.revokeAll(accountId);
    int generation = accounts.endSessions(accountId);
    events.passwordChanged(accountId, true);
    return generation;
  }

  /** Sets the unit (kg or lb) and the time zone (an IANA name such as Europe/Berlin). */
  @Transactional
  public Account updatePreferences(long accountId, String weightUnit, String timeZone) {
    return updatePreferences(accountId, weightUnit, timeZone, null);
  }

  /**
   * Sets the unit (kg or lb), the time zone (an IANA name such as Europe/Berlin) and the country (a
   * two-letter code of {@link EmergencyNumbers}); a {@code null} leaves that setting as it is, and
   * an empty country clears it. Nothing is changed when any of them is invalid.
   */
  @Transactional
  public Account updatePreferences(
      long accountId, String weightUnit, String timeZone, String country) {
    String code = country == null ? null : country.trim().toUpperCase(java.util.Locale.ROOT);
    if (code != null && !code.isEmpty() && EmergencyNumbers.of(code).isEmpty()) {
      throw new InvalidAccountInput(
          "country",
          "Unknown country; give a two-letter code such as GB, US or DE from the list on the"
              + " account page, or leave it empty.");
    }
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
    if (code != null) {
      accounts.updateCountry(accountId, code.isEmpty() ? null : code);
    }
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
    AccessTokens.NewToken created =
        tokens.create(accountId, label, chosen, OffsetDateTime.now(clock).plusDays(days));
    events.tokenCreated(accountId, created.id());
    return created;
  }

  /**
   * Checks an email and password; the account when they match. The work is the same whether the
   * account exists or not: for an unknown email the password is checked against {@link
   * #dummyHash()}, so that the time taken does not tell who has an account (having one is itself
   * health information here).
   */
  public java.util.Optional<Account> verify(String email, String password) {
    if (email == null || password == null) {
      return java.util.Optional.empty();
    }
    var account = accounts.findByEmail(email);
    if (account.isEmpty()) {
      passwordEncoder.matches(password, dummyHash());
      return java.util.Optional.empty();
    }
    return account.filter(a -> passwordEncoder.matches(password, a.passwordHash()));
  }

  private volatile String dummyHash;

  /** A hash of a random password made with the current encoder, for {@link #verify}. */
  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      byte[] secret = new byte[24];
      new java.security.SecureRandom().nextBytes(secret);
      hash = passwordEncoder.encode(java.util.HexFormat.of().formatHex(secret));
      dummyHash = hash;
    }
    return hash;
  }
}
