package dev.backload.app.account;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records an {@code access-refused} security event for every 403 or 404 problem the API answers
 * through Spring MVC: a 404 is what a caller gets for another person's id (or one that does not
 * exist; the two look the same on purpose). The security layer's own 403s are recorded in {@code
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
    if (body instanceof ProblemDetail problem
        && (problem.getStatus() == 403 || problem.getStatus() == 404)) {
      events.accessRefused(problem.getStatus() == 403 ? "forbidden" : "not-found");
    }
    return body;
  }
}
