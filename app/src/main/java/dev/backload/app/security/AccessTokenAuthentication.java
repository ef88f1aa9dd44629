package dev.backload.app.security;

import dev.backload.app.account.AccountUser;
import dev.backload.app.account.TokenScope;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal access token, not by a login session: controllers see the
 * same {@link AccountUser} principal, and {@link EndedSessionFilter} knows to leave it alone.
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {
  private final AccountUser user;
  private final Set<TokenScope> scopes;

  AccessTokenAuthentication(AccountUser user, Set<TokenScope> scopes) {
    super(user.getAuthorities());
    this.user = user;
    this.scopes = Set.copyOf(scopes);
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public AccountUser getPrincipal() {
    return user;
  }

  Set<TokenScope> scopes() {
    return scopes;
  }
}
