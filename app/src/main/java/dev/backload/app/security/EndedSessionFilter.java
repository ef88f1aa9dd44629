package dev.backload.app.security;

import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a login session that the account has ended: once the account is deleted, or once its
 * password has changed since the session signed in (the account's {@code session_generation} is
 * then higher than the one the session's {@link AccountUser} carries). The session is invalidated
 * and the request goes on anonymous. One look-up by primary key per request; as the value lives in
 * the database, this works across several instances of the app. Requests with a personal access
 * token are left alone: the token itself was just checked against the database.
 */
class EndedSessionFilter extends OncePerRequestFilter {
  private final AccountRepository accounts;

  EndedSessionFilter(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getServletPath();
    return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && !(authentication instanceof AccessTokenAuthentication)
        && authentication.getPrincipal() instanceof AccountUser user
        && !accounts
            .sessionGeneration(user.accountId())
            .map(generation -> generation == user.sessionGeneration())
            .orElse(false)) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      SecurityContextHolder.clearContext();
    }
    chain.doFilter(request, response);
  }
}
