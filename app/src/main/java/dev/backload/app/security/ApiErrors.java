package dev.backload.app.security;

import dev.backload.app.web.RequestIds;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details written by filters, which run before Spring MVC's error handling; like every
 * problem body, they carry the request's id ({@link RequestIds}).
 */
final class ApiErrors {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ApiErrors() {}

  static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    write(response, status, title, detail, Map.of());
  }

  /** A problem with extension members, e.g. {@code scope}. */
  static void write(
      HttpServletResponse response,
      int status,
      String title,
      String detail,
      Map<String, Object> properties)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    problem.putAll(properties);
    if (RequestIds.current() != null) {
      problem.put(RequestIds.KEY, RequestIds.current());
    }
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(problem));
  }
}
