package dev.backload.app.security;

import dev.backload.app.account.AccessTokens;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.account.SecurityEvents;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>} with a personal
 * access token. Such requests never get a session. A token that is unknown or revoked gets 401 at
 * once; a token in the query string is never looked at.
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

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith("Bearer ")) {
      chain.doFilter(request, response);
      return;
    }
    var account = tokens.authenticate(header.substring("Bearer ".length()).trim(), accounts);
    if (account.isEmpty()) {
      events.signInFailed(null);
      ApiErrors.write(
          response, 401, "Unauthorized", "The access token is unknown or has been revoked.");
      return;
    }
    AccountUser user = new AccountUser(account.get().id(), account.get().email(), "");
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
