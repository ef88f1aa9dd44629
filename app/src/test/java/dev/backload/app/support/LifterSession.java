package dev.backload.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like test client for the pages: keeps the session cookie, logs in through the login
 * form, and posts forms with the CSRF token taken from the last page it got. Also holds the account's
 * email and password, and an API client with a token of the same account.
 */
public final class LifterSession {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
  /** What a browser accepts for a page. */
  private static final String ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

  public static final String PASSWORD = "correct horse battery staple";

  private final HttpClient client;
  private final String base;
  private final String email;
  private final String password;
  private final Http api;
  private String csrf;

  private LifterSession(int port, String email, String password, Http api) {
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.base = "http://127.0.0.1:" + port;
    this.email = email;
    this.password = password;
    this.api = api;
  }

  /** Signs up a fresh account (API) and logs it in through the login form. */
  public static LifterSession signUp(int port) {
    String email = "web-" + UUID.randomUUID() + "@example.org";
    Http http = new Http(port);
    var created =
        http.postJson(
            "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("sign-up failed: " + created.body());
    }
    var token =
        http.postJson(
            "/api/v1/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"test\"}");
    String secret = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    LifterSession session = new LifterSession(port, email, PASSWORD, http.withToken(secret));
    session.logIn();
    return session;
  }

  /** A session of nobody: not logged in, no account. */
  public static LifterSession anonymous(int port) {
    return new LifterSession(port, null, null, null);
  }

  /** Logs in with the form; the session then belongs to this account. */
  public void logIn() {
    get("/login");
    var response = post("/login", Map.of("username", email, "password", password));
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("login failed: " + response.statusCode());
    }
  }

  public String email() {
    return email;
  }

  public String password() {
    return password;
  }

  /** An API client with a personal access token of this account. */
  public Http api() {
    return api;
  }

  /** Gets a page, remembering its CSRF token. */
  public HttpResponse<String> get(String path) {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", ACCEPT).GET().build());
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return response;
  }

  /** Posts a form with the CSRF token of the last page. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    if (csrf != null) {
      all.put("_csrf", csrf);
    }
    return postRaw(path, all);
  }

  /** Posts a form exactly as given (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (k, v) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", ACCEPT)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
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
}
