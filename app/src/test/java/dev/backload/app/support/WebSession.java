package dev.backload.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping client that uses the pages as a browser does: it reads the CSRF token from the
 * last page's form, or from its {@code _csrf} meta element (every signed-in page has one, as the
 * pages' scripts use it), and sends it with form posts.
 */
public final class WebSession {
  private static final Pattern CSRF =
      Pattern.compile(
          "name=\"_csrf\"\\s+(?:value|content)=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  /** What a browser accepts for a page. */
  private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private final String base;
  private String csrf;

  public WebSession(int port) {
    this("http://127.0.0.1:" + port);
  }

  /** A session with the server at {@code base}, e.g. {@code http://127.0.0.1:8080}. */
  public WebSession(String base) {
    this.base = base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(base + path)).header("Accept", ACCEPT).GET().build());
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return response;
  }

  /** Posts a form with the CSRF token of the last page fetched. */
  public HttpResponse<String> post(String path, String... nameValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      fields.put(nameValues[i], nameValues[i + 1]);
    }
    if (csrf != null) {
      fields.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, fields);
  }

  /**
   * Posts a form whose names may repeat (several checked boxes), with the CSRF token of the last
   * page fetched.
   */
  public HttpResponse<String> postRepeated(String path, String... nameValues) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      body.append(body.isEmpty() ? "" : "&")
          .append(enc(nameValues[i]))
          .append('=')
          .append(enc(nameValues[i + 1]));
    }
    if (csrf != null) {
      body.append(body.isEmpty() ? "" : "&").append("_csrf=").append(enc(csrf));
    }
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  /** Posts a form with the CSRF token of the last page fetched. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.put("_csrf", csrf);
    }
    return postRaw(path, all);
  }

  /** Posts a form exactly as given (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /**
   * Sends a JSON request to the API with this session's cookie and, in the {@code X-CSRF-TOKEN}
   * header, the CSRF token of the last page fetched (as the pages' scripts would).
   */
  public HttpResponse<String> sendJson(String method, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
    if (csrf != null) {
      b.header("X-CSRF-TOKEN", csrf);
    }
    return send(b.build());
  }

  /** Logs in through the login page. */
  public HttpResponse<String> login(String email, String password) {
    get("/login");
    return post("/login", "username", email, "password", password);
  }

  /** The cookies of this session, to share with another client. */
  public CookieManager cookies() {
    return cookies;
  }

  /** The current session id, or null. */
  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
