package dev.backload.app.web;

import dev.backload.core.triage.InvalidCheckInException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.ConversionNotSupportedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns API errors into RFC 9457 problem details ({@code application/problem+json}). A problem
 * about one input field carries {@code field} and an {@code errors} list naming it. No problem
 * quotes what was sent (it may be health data): Spring's own texts that do (a path variable or
 * parameter of the wrong type, an unsupported content type or method) are replaced by ones that
 * name the field, or say what is accepted. Every problem also carries the request's id ({@link
 * ProblemRequestIds}).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems extends ResponseEntityExceptionHandler {
  static final URI INVALID_INPUT = URI.create("https://backload.dev/problems/invalid-input");
  static final URI MALFORMED_JSON = URI.create("https://backload.dev/problems/malformed-json");

  @ExceptionHandler(InvalidCheckInException.class)
  ProblemDetail invalidCheckIn(InvalidCheckInException e) {
    return fieldProblem(e.field(), e.getMessage());
  }

  /** A 400 problem naming one field. */
  public static ProblemDetail fieldProblem(String field, String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    problem.setType(INVALID_INPUT);
    problem.setTitle("Invalid input");
    problem.setProperty("field", field);
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return problem;
  }

  /**
   * A 404 problem to throw: the resource does not exist, or it is another person's (the answer is
   * the same, so ids cannot be probed).
   */
  public static ErrorResponseException notFound(String detail) {
    return new ErrorResponseException(
        HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail), null);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "The request body is not valid JSON.";
    if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
      return handleExceptionInternal(
          ex,
          fieldProblem(unknown.getPropertyName(), unknown.getPropertyName() + ": unknown field"),
          headers,
          HttpStatus.BAD_REQUEST,
          request);
    }
    if (ex.getCause() instanceof MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      String field =
          mismatch.getPath().stream()
              .map(
                  r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
              .orElse("body");
      return handleExceptionInternal(
          ex,
          fieldProblem(field, field + ": has the wrong type"),
          headers,
          HttpStatus.BAD_REQUEST,
          request);
    }
    if (ex.getCause() instanceof JacksonException jackson) {
      var location = jackson.getLocation();
      detail =
          "The request body is not valid JSON"
              + (location != null
                  ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
                  : "")
              + ".";
      // Only where: the parser's own message quotes what was sent, which may be health data.
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setType(MALFORMED_JSON);
    problem.setTitle("Malformed JSON");
    return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
  }

  /** A path variable or parameter that is not of its type: the name only, never the value. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field =
        ex instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : ex.getPropertyName() != null ? ex.getPropertyName() : "value";
    return handleExceptionInternal(
        ex,
        fieldProblem(field, field + ": has the wrong type"),
        headers,
        HttpStatus.BAD_REQUEST,
        request);
  }

  @Override
  protected ResponseEntity<Object> handleConversionNotSupported(
      ConversionNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return handleExceptionInternal(
        ex,
        ProblemDetail.forStatusAndDetail(status, "A value could not be converted."),
        headers,
        status,
        request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ex.getBody()
        .setDetail(
            "This content type is not accepted here"
                + (ex.getSupportedMediaTypes().isEmpty()
                    ? "."
                    : "; send one of " + MediaType.toString(ex.getSupportedMediaTypes()) + "."));
    return super.handleHttpMediaTypeNotSupported(ex, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
      HttpRequestMethodNotSupportedException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ex.getBody()
        .setDetail("This method is not supported here; the Allow header lists those that are.");
    return super.handleHttpRequestMethodNotSupported(ex, headers, status, request);
  }
}
