package dev.backload.app.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for tests that talk to the running application over the network, optionally
 * as a lifter with a personal access token ({@link #signUp}).
 */
public final class Http {
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
  private final HttpClient client;
  private final String base;
  private final String bearer;
  private final String csrf;

  public Http(int port) {
    this(
        "http://127.0.0.1:" + port,
        null,
        null,
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
  }

  private Http(String base, String bearer, String csrf, HttpClient client) {
    this.base = base;
    this.bearer = bearer;
    this.csrf = csrf;
    this.client = client;
  }

  /** The same client, sending {@code Authorization: Bearer token}. */
  public Http withToken(String token) {
    return new Http(base, token, csrf, client);
  }

  /**
   * Creates a fresh account and returns a client signed in to it with the login form, as a browser
   * is: it keeps the session cookie and sends the session's CSRF token in {@code X-CSRF-TOKEN} with
   * every request. For the pages, where personal access tokens are not accepted.
   */
  public Http signUpWithSession() {
    String email = "lifter-" + UUID.randomUUID() + "@example.org";
    String password = "correct horse battery staple";
    var created =
        postJson(
            "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "sign-up failed: " + created.statusCode() + " " + created.body());
    }
    WebSession web = new WebSession(base);
    web.login(email, password);
    HttpClient withCookies =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(web.cookies())
            .build();
    Http session = new Http(base, null, null, withCookies);
    Matcher m = CSRF.matcher(session.get("/account").body());
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token on the account page; did the login fail?");
    }
    return new Http(base, null, m.group(1) != null ? m.group(1) : m.group(2), withCookies);
  }

  /**
   * Creates a fresh account with a unique email and returns a client authenticated with a new
   * personal access token of that account.
   */
  public Http signUp() {
    String email = "lifter-" + UUID.randomUUID() + "@example.org";
    String password = "correct horse battery staple";
    var created =
        postJson(
            "/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    if (created.statusCode() != 201) {
      throw new IllegalStateException(
          "sign-up failed: " + created.statusCode() + " " + created.body());
    }
    var token =
        postJson(
            "/api/v1/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\",\"name\":\"test\"}");
    Matcher m = TOKEN.matcher(token.body());
    if (token.statusCode() != 201 || !m.find()) {
      throw new IllegalStateException("token failed: " + token.statusCode() + " " + token.body());
    }
    return withToken(m.group(1));
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE().build());
  }

  /** A DELETE with a JSON body, e.g. {@code {"password": ...}} for the account-level actions. */
  public HttpResponse<String> deleteJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("DELETE", HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Posts one file as multipart/form-data field {@code file}, plus optional text fields. */
  public HttpResponse<String> postFile(
      String path, String fileName, byte[] content, String... textFields) {
    String boundary = "----backload" + UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    try {
      for (int i = 0; i + 1 < textFields.length; i += 2) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + textFields[i]
                    + "\"\r\n\r\n"
                    + textFields[i + 1]
                    + "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: text/csv\r\n\r\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      body.write(content);
      body.write(
          ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    if (csrf != null) {
      b.header("X-CSRF-TOKEN", csrf);
    }
    return b;
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return base;
  }
}
