package dev.backload.app.imports;

import dev.backload.app.web.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Uploads the server cannot take. An upload over the limit ({@code
 * spring.servlet.multipart.max-file-size}, 50 MB) is a 413, not a 500. The limit is hit while the
 * request is being read, before any controller is chosen, so this advice applies to every request:
 * the API gets a problem detail, a page goes back to the import form, which says so.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {
  static final URI TOO_LARGE = URI.create("https://backload.dev/problems/file-too-large");
  static final String LIMIT_TEXT = "50 MB";

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONTENT_TOO_LARGE,
              "The upload is larger than " + LIMIT_TEXT + ", the most an import can take.");
      problem.setType(TOO_LARGE);
      problem.setTitle("File too large");
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create(request.getContextPath() + "/import?tooLarge"))
        .build();
  }

  /**
   * Any other upload the server cannot read as multipart (no boundary, a broken body) is the
   * client's mistake: a 400 naming {@code file}, never a 500.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
    ProblemDetail problem =
        ApiProblems.fieldProblem(
            "file",
            "The upload could not be read: send the file as multipart/form-data with a boundary.");
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
