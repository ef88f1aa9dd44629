package dev.backload.app.security;

import dev.backload.app.support.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client for the security checks: anonymous, or signed in through the login form with a session
 * cookie and the session's CSRF token (read from a page), able to send any method, content type and
 * bytes. It follows no redirects.
 */
final class Caller {
  static final String PASSWORD = "correct horse battery staple";
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final HttpClient client;
  private final String base;
  private final String email;
  private String csrf;

  private Caller(int port, String email) {
    this.base = "http://127.0.0.1:" + port;
    this.email = email;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  static Caller anonymous(int port) {
    return new Caller(port, null);
  }

  /** Signs up a fresh account through the API and signs in through the login form. */
  static Caller signUp(int port) {
    String email = "sec-" + UUID.randomUUID() + "@example.org";
    var created =
        new Http(port)
            .postJson(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException("sign-up failed: " + created.body());
    }
    Caller caller = new Caller(port, email);
    caller.signIn(PASSWORD);
    return caller;
  }

  /** Signs in through the login form and reads the new session's CSRF token from a page. */
  HttpResponse<String> signIn(String password) {
    page("/login");
    var response =
        form("POST", "/login", "username=" + enc(email) + "&password=" + enc(password), true);
    page("/account");
    return response;
  }

  String email() {
    return email;
  }

  String csrf() {
    return csrf;
  }

  /** A GET as a browser sends it; remembers the page's CSRF token. */
  HttpResponse<String> page(String path) {
    var response =
        text(request(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET());
    Matcher m = CSRF.matcher(response.body());
    if (m.find()) {
      csrf = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return response;
  }

  /** A form post, with the session's CSRF token when {@code withCsrf}. */
  HttpResponse<String> form(String method, String path, String encodedFields, boolean withCsrf) {
    String body = encodedFields;
    if (withCsrf && csrf != null) {
      body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrf);
    }
    return text(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
            .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Any request: {@code contentType} and {@code accept} left out when null, the CSRF token sent as
   * the {@code X-CSRF-TOKEN} header when {@code withCsrf}.
   */
  HttpResponse<String> send(
      String method,
      String path,
      String contentType,
      byte[] body,
      String accept,
      boolean withCsrf) {
    HttpRequest.Builder b = request(path);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (accept != null) {
      b.header("Accept", accept);
    }
    if (withCsrf && csrf != null) {
      b.header("X-CSRF-TOKEN", csrf);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    return text(b);
  }

  /** A JSON call as an API client makes it, with the CSRF token. */
  HttpResponse<String> json(String method, String path, String json) {
    return send(
        method,
        path,
        json == null ? null : "application/json",
        json == null ? null : json.getBytes(StandardCharsets.UTF_8),
        "application/json",
        true);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
  }

  private HttpResponse<String> text(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
