package dev.backload.app.account;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records an {@code access-refused} security event for every 403 or 404 problem the API answers
 * through Spring MVC: a 404 is what a caller gets for another person's id (or one that does not
 * exist; the two look the same on purpose), in the path or in the body. Left out: a 404 for a
 * {@code GET} of a route without an id, which says the caller has none yet (such as {@code GET
 * /api/v1/screen} before the first screen). The security layer's own 403s are recorded in {@code
 * SecurityConfig}.
 */
@ControllerAdvice
class RefusedAccessLog implements ResponseBodyAdvice<Object> {
  private final SecurityEvents events;

  RefusedAccessLog(SecurityEvents events) {
    this.events = events;
  }

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getStatus() == 403) {
        events.accessRefused("forbidden");
      } else if (problem.getStatus() == 404 && !nothingYet(request)) {
        events.accessRefused("not-found");
      }
    }
    return body;
  }

  private static boolean nothingYet(ServerHttpRequest request) {
    return request instanceof ServletServerHttpRequest servlet
        && HttpMethod.GET.equals(request.getMethod())
        && servlet.getServletRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)
            instanceof String pattern
        && !pattern.contains("{");
  }
}
