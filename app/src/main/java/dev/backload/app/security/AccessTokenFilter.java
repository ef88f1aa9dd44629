package dev.backload.app.security;

import dev.backload.app.account.AccessTokens;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.account.SecurityEvents;
import dev.backload.app.account.TokenScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} with a personal
 * access token, in this order:
 *
 * <ol>
 *   <li>A token is accepted only on {@code /api/**}: anywhere else (the pages, {@code /account/**})
 *       a bearer header gets 401 and authenticates nothing.
 *   <li>A token that is unknown, revoked or expired gets 401. A token in the query string is never
 *       looked at.
 *   <li>Account-level actions ({@link #isAccountAction}) get 403 whatever the token's scopes: they
 *       need a signed-in session and the password.
 *   <li>A request outside the token's scopes ({@link TokenScope#requiredFor}) gets 403 naming the
 *       missing scope in a {@code scope} member.
 * </ol>
 *
 * <p>A request with a token never gets a session: the request goes on with a session that cannot be
 * created, and one it brought along (a cookie) is not used.
 */
class AccessTokenFilter extends OncePerRequestFilter {
  private final AccessTokens tokens;
  private final AccountRepository accounts;
  private final SecurityEvents events;

  AccessTokenFilter(AccessTokens tokens, AccountRepository accounts, SecurityEvents events) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.events = events;
  }

  /**
   * The API's account-level actions, which no token may do: deleting the account and creating or
   * revoking tokens. (Changing the password has no API route; the pages refuse every token.)
   */
  static boolean isAccountAction(String method, String path) {
    return ("DELETE".equals(method) && "/api/v1/account".equals(path))
        || ("POST".equals(method) && "/api/v1/tokens".equals(path))
        || ("DELETE".equals(method) && path.startsWith("/api/v1/tokens/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith("Bearer ")) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getServletPath();
    if (!path.startsWith("/api/")) {
      ApiErrors.write(
          response,
          401,
          "Unauthorized",
          "Personal access tokens are accepted only on /api/ paths; sign in to use the pages.");
      return;
    }
    var owner = tokens.authenticate(header.substring("Bearer ".length()).trim(), accounts);
    if (owner.isEmpty()) {
      events.signInFailed(null);
      ApiErrors.write(
          response,
          401,
          "Unauthorized",
          "The access token is unknown, has expired or has been revoked.");
      return;
    }
    String method = request.getMethod();
    if (isAccountAction(method, path)) {
      events.accessRefused("forbidden", owner.get().account().id());
      ApiErrors.write(
          response,
          403,
          "Forbidden",
          "Deleting the account and creating or revoking tokens cannot be done with an access"
              + " token: they need a signed-in session and your password.");
      return;
    }
    TokenScope needed = TokenScope.requiredFor(method, path);
    if (!owner.get().scopes().contains(needed)) {
      events.accessRefused("forbidden", owner.get().account().id());
      ApiErrors.write(
          response,
          403,
          "Forbidden",
          "This access token lacks the '"
              + needed.id()
              + "' scope this request needs; make a token with that scope.",
          Map.of("scope", needed.id()));
      return;
    }
    var account = owner.get().account();
    AccountUser user = new AccountUser(account.id(), account.email(), "");
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new AccessTokenAuthentication(user, owner.get().scopes()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(new WithoutSession(request), response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /**
   * The request as the rest of the chain sees it: it has no session and cannot create one, so a
   * token can neither use a session's state nor leave a session (and its cookie) behind.
   */
  private static final class WithoutSession extends HttpServletRequestWrapper {
    WithoutSession(HttpServletRequest request) {
      super(request);
    }

    @Override
    public HttpSession getSession(boolean create) {
      if (create) {
        throw new IllegalStateException("A request with an access token gets no session.");
      }
      return null;
    }

    @Override
    public HttpSession getSession() {
      return getSession(true);
    }

    @Override
    public boolean isRequestedSessionIdValid() {
      return false;
    }
  }
}
