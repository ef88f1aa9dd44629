package dev.backload.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Problem details for API requests that Spring MVC refuses before it has chosen a controller: a
 * {@code Content-Type} an endpoint does not consume (415) and a method it does not allow (405).
 * {@link ApiProblems} covers only requests that reached an API controller; without this, these
 * answers were Spring Boot's plain JSON error body. Pages keep the default handling.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {
  @ExceptionHandler({
    HttpMediaTypeNotSupportedException.class,
    HttpRequestMethodNotSupportedException.class
  })
  ResponseEntity<ProblemDetail> refused(Exception e, HttpServletRequest request) throws Exception {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      throw e; // the default: the error page
    }
    ErrorResponse error = (ErrorResponse) e;
    ProblemDetail problem = error.updateAndGetBody(null, null);
    return ResponseEntity.status(error.getStatusCode())
        .headers(error.getHeaders())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
