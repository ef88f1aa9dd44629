package dev.backload.app.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security sees them, whether they logged in with a password or sent
 * a personal access token. Controllers take it with {@code @AuthenticationPrincipal} and scope
 * every read and write by {@link #accountId()}.
 */
public class AccountUser extends User {
  private final long accountId;
  private final int sessionGeneration;

  /** A new account's user, whose password has never changed. */
  public AccountUser(long accountId, String email, String passwordHash) {
    this(accountId, email, passwordHash, 0);
  }

  /**
   * @param sessionGeneration the account's {@code session_generation} when this person signed in;
   *     the login session ends once the account's value is higher (a password change raises it)
   */
  public AccountUser(long accountId, String email, String passwordHash, int sessionGeneration) {
    super(email, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_LIFTER")));
    this.accountId = accountId;
    this.sessionGeneration = sessionGeneration;
  }

  public long accountId() {
    return accountId;
  }

  /** The account's session generation when this login began. */
  public int sessionGeneration() {
    return sessionGeneration;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountUser other && other.accountId == accountId && super.equals(o);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }
}
