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
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private final String bearer;

  public Http(int port) {
    this("http://127.0.0.1:" + port, null);
  }

  private Http(String base, String bearer) {
    this.base = base;
    this.bearer = bearer;
  }

  /** The same client, sending {@code Authorization: Bearer token}. */
  public Http withToken(String token) {
    return new Http(base, token);
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
