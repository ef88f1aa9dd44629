package dev.backload.app.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password check before an account-level action by a signed-in session: deleting the account,
 * creating or revoking a personal access token (changing the password checks the current one in
 * {@link AccountService#changePassword}). A token can never reach these actions; a session must
 * give the password again, so a session left open on a shared computer cannot be used to take the
 * account over. Wrong guesses count in the {@link LoginThrottle} as failed logins do.
 */
@Component
public class Reauthentication {
  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final LoginThrottle throttle;
  private final SecurityEvents events;

  Reauthentication(
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      LoginThrottle throttle,
      SecurityEvents events) {
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.throttle = throttle;
    this.events = events;
  }

  /** What the check found. */
  public enum Verdict {
    /** The password is right. */
    CONFIRMED,
    /** The password is missing or wrong (nothing may be done). */
    WRONG,
    /** Too many wrong passwords lately: try again after the outcome's {@code retryAfter}. */
    THROTTLED
  }

  /**
   * @param retryAfter how long to wait, when {@link Verdict#THROTTLED}; zero otherwise
   */
  public record Outcome(Verdict verdict, Duration retryAfter) {}

  /**
   * Checks the password of the signed-in person.
   *
   * @param address the client's address, for the throttle
   */
  public Outcome check(AccountUser user, String password, String address) {
    String hash = accounts.findById(user.accountId()).map(Account::passwordHash).orElse(null);
    return check(user.getUsername(), hash, password, address);
  }

  /** Checks the password of an account already read (a password change). */
  Outcome check(Account account, String password, String address) {
    return check(account.email(), account.passwordHash(), password, address);
  }

  private Outcome check(String email, String passwordHash, String password, String address) {
    Optional<Duration> wait = throttle.blockedFor(email, address);
    if (wait.isPresent()) {
      events.throttled(null);
      return new Outcome(Verdict.THROTTLED, wait.get());
    }
    if (password == null || password.isEmpty()) {
      // Nothing was guessed, so nothing counts in the throttle.
      return new Outcome(Verdict.WRONG, Duration.ZERO);
    }
    if (passwordHash == null || !passwordEncoder.matches(password, passwordHash)) {
      throttle.recordFailure(email, address);
      return new Outcome(Verdict.WRONG, Duration.ZERO);
    }
    return new Outcome(Verdict.CONFIRMED, Duration.ZERO);
  }
}
