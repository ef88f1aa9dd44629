package dev.backload.app.security;

import dev.backload.app.account.LoginThrottle;
import dev.backload.app.account.SecurityEvents;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the login form post. An e-mail longer than {@link LoginThrottle#MAX_EMAIL_LENGTH} (or
 * none) gets the ordinary failed-login answer at once, before any lookup and without a counter;
 * while {@link LoginThrottle} says to wait, the answer is 429 with {@code Retry-After}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;
  private final SecurityEvents events;

  LoginThrottleFilter(LoginThrottle throttle, SecurityEvents events) {
    this.throttle = throttle;
    this.events = events;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String email = request.getParameter("username");
    if (!LoginThrottle.acceptable(email)) {
      response.sendRedirect(request.getContextPath() + "/login?error");
      return;
    }
    var wait = throttle.blockedFor(email, request.getRemoteAddr());
    if (wait.isPresent()) {
      events.throttled(request.getParameter("username"));
      long seconds = Math.max(1, wait.get().toSeconds());
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType("text/html;charset=UTF-8");
      response
          .getWriter()
          .write(
              "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many"
                  + " attempts</title></head><body><h1>Too many login attempts</h1><p>For your"
                  + " safety, logging in is paused for about "
                  + Math.max(1, (seconds + 59) / 60)
                  + " minute(s). Then try again.</p><p><a href=\"/login\">Back to log"
                  + " in</a></p></body></html>");
      return;
    }
    chain.doFilter(request, response);
  }
}
