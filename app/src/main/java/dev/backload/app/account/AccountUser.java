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

  public AccountUser(long accountId, String email, String passwordHash) {
    super(email, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_LIFTER")));
    this.accountId = accountId;
  }

  public long accountId() {
    return accountId;
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
