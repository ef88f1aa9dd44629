package dev.backload.app.account;

import dev.backload.app.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security events, written to the logger {@value #LOGGER} as one JSON object per line:
 *
 * <pre>{"timestamp":"2026-12-02T08:15:30.123Z","event":"sign-in","outcome":"failure",
 * "accountId":42,"client":"203.0.113.7","requestId":"3q2-7wAbCdEfGhIj","method":"POST",
 * "path":"/login"}</pre>
 *
 * <p>{@code timestamp} is UTC (from the app's clock), {@code accountId} is null when no account is
 * known, {@code client} is the peer address, {@code requestId} the id in the response's {@code
 * X-Request-Id} header, {@code path} the route pattern (such as {@code /api/v1/workouts/{id}})
 * where Spring MVC chose one, else the request path. Some events add {@code tokenId}. Never
 * written: e-mail addresses, passwords, tokens, token names, or anything the person entered about
 * their health. Text from the request (the path) has control characters replaced, and Jackson
 * escapes the rest, so no input can start a line of its own.
 *
 * <p>Events: {@code sign-in} (success, failure), {@code throttled} (refused), {@code
 * access-refused} (forbidden, not-found), {@code token-created}, {@code token-revoked}, {@code
 * password-changed} (success, failure) and {@code account-deleted} (success, failure).
 */
@Component
public class SecurityEvents {
  /** The logger of the security events. */
  public static final String LOGGER = "backload.security";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int EMAIL_MAX = 320;
  private static final int PATH_MAX = 200;
  private final Clock clock;
  private final AccountRepository accounts;

  SecurityEvents(Clock clock, AccountRepository accounts) {
    this.clock = clock;
    this.accounts = accounts;
  }

  /** A password sign-in through Spring Security (the login form). */
  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    write("sign-in", "success", accountOf(event.getAuthentication()), Map.of());
  }

  /** A refused sign-in through Spring Security, for any reason (wrong password, unknown e-mail). */
  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    signInFailed(event.getAuthentication().getName());
  }

  /** A sign-in with e-mail and password outside Spring Security (the token API) that worked. */
  public void signInSucceeded(long accountId) {
    write("sign-in", "success", accountId, Map.of());
  }

  /**
   * A sign-in outside Spring Security that failed: an e-mail and password at the token API, or a
   * bearer token that is unknown or revoked (no e-mail: the account is not known).
   */
  public void signInFailed(String email) {
    write("sign-in", "failure", accountOf(email), Map.of());
  }

  /** A 429: too many attempts from this client for this e-mail (or the signed-in account). */
  public void throttled(String email) {
    write("throttled", "refused", email != null ? accountOf(email) : signedIn(), Map.of());
  }

  /**
   * Access refused to the signed-in caller (or an anonymous one): {@code forbidden} for a 403,
   * {@code not-found} for a 404 on something that is not the caller's (or does not exist).
   */
  public void accessRefused(String outcome) {
    write("access-refused", outcome, signedIn(), Map.of());
  }

  /**
   * Access refused to a caller known before the security context holds them: a personal access
   * token outside its scopes, or one used for an account-level action.
   */
  public void accessRefused(String outcome, long accountId) {
    write("access-refused", outcome, accountId, Map.of());
  }

  public void tokenCreated(long accountId, long tokenId) {
    write("token-created", "success", accountId, Map.of("tokenId", tokenId));
  }

  public void tokenRevoked(long accountId, long tokenId) {
    write("token-revoked", "success", accountId, Map.of("tokenId", tokenId));
  }

  public void passwordChanged(long accountId, boolean success) {
    write("password-changed", success ? "success" : "failure", accountId, Map.of());
  }

  public void accountDeleted(long accountId, boolean success) {
    write("account-deleted", success ? "success" : "failure", accountId, Map.of());
  }

  private void write(String event, String outcome, Long accountId, Map<String, Object> extra) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("timestamp", clock.instant().toString());
    line.put("event", event);
    line.put("outcome", outcome);
    line.put("accountId", accountId);
    HttpServletRequest request = currentRequest().orElse(null);
    line.put("client", request != null ? request.getRemoteAddr() : null);
    line.put("requestId", RequestIds.current());
    line.put("method", request != null ? request.getMethod() : null);
    line.put("path", request != null ? path(request) : null);
    line.putAll(extra);
    LOG.info("{}", JSON.writeValueAsString(line));
  }

  private static Optional<HttpServletRequest> currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? Optional.of(a.getRequest())
        : Optional.empty();
  }

  private static String path(HttpServletRequest request) {
    Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String path = pattern instanceof String p ? p : request.getRequestURI();
    return clean(path.length() > PATH_MAX ? path.substring(0, PATH_MAX) + "..." : path);
  }

  /** Control characters (CR and LF among them) become {@code _}. */
  static String clean(String text) {
    return text.replaceAll("\\p{Cntrl}", "_");
  }

  private static Long signedIn() {
    return accountOf(SecurityContextHolder.getContext().getAuthentication());
  }

  private static Long accountOf(Authentication authentication) {
    return authentication != null && authentication.getPrincipal() instanceof AccountUser user
        ? user.accountId()
        : null;
  }

  /** The id of the account of an e-mail someone tried, if there is one; the e-mail stays out. */
  private Long accountOf(String email) {
    if (email == null || email.isBlank() || email.length() > EMAIL_MAX) {
      return null;
    }
    return accounts.findByEmail(email).map(Account::id).orElse(null);
  }
}
