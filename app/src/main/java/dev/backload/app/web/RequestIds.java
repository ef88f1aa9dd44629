package dev.backload.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a random id: in the {@code X-Request-Id} response header, in the SLF4J MDC as
 * {@code requestId} (so every log line of the request shows it), and, through {@link
 * ProblemRequestIds}, in every problem body. It runs first, before Spring Security, so the 401 and
 * 403 answers of the security filters carry it too. An {@code X-Request-Id} sent by the client is
 * ignored: a caller could otherwise give two requests the same id, or smuggle text into the logs.
 * The error dispatch of a request keeps the request's id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {
  /** The response header, and the MDC key and problem member (as {@link #KEY}). */
  public static final String HEADER = "X-Request-Id";

  public static final String KEY = "requestId";
  private static final String ATTRIBUTE = RequestIds.class.getName() + ".id";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The id of the request this thread is serving, or null outside a request. */
  public static String current() {
    return MDC.get(KEY);
  }

  /** 96 random bits, 16 URL-safe characters. */
  static String newId() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  protected boolean shouldNotFilterAsyncDispatch() {
    return false;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : newId();
    request.setAttribute(ATTRIBUTE, id);
    if (!response.isCommitted()) {
      response.setHeader(HEADER, id);
    }
    String outer = MDC.get(KEY);
    MDC.put(KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (outer == null) {
        MDC.remove(KEY);
      } else {
        MDC.put(KEY, outer);
      }
    }
  }
}
