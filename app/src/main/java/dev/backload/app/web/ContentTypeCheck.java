package dev.backload.app.web;

import dev.backload.app.config.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose {@code Content-Type} is not one concrete media type (a wildcard such as
 * {@code application/*}, an unknown charset, or text that is no media type at all) with 415, before
 * Spring MVC reads the body: Spring's request wrapper throws on such a header, which would
 * otherwise be a 500. The API answers with a problem detail, a page with the error page.
 */
@Component
class ContentTypeCheck extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getContentType();
    if (header == null || concrete(header)) {
      chain.doFilter(request, response);
      return;
    }
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      response.sendError(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
      return;
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The Content-Type header is not one media type: send application/json, or"
                + " multipart/form-data with a boundary for an import.");
    problem.setTitle("Unsupported Media Type");
    problem.setInstance(java.net.URI.create(request.getRequestURI()));
    response.setStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Json.mapper().writeValueAsString(problem));
  }

  private static boolean concrete(String header) {
    try {
      MediaType type = MediaType.parseMediaType(header);
      return !type.isWildcardType() && !type.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }
}
