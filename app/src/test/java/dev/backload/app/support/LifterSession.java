package dev.backload.app.support;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

/**
 * A lifter using the pages: a {@link WebSession} logged in to a fresh account, with the account's
 * email and password and an API client holding a token of the same account.
 */
public final class LifterSession {
  public static final String PASSWORD = "correct horse battery staple";

  private final WebSession web;
  private final String email;
  private final String password;
  private final Http api;

  private LifterSession(String base, String email, String password, Http api) {
    this.web = new WebSession(base);
    this.email = email;
    this.password = password;
    this.api = api;
  }

  /** Signs up a fresh account (API) and logs it in through the login form. */
  public static LifterSession signUp(int port) {
    return signUp(new Http(port));
  }

  /** Signs up a fresh account through this client's server and logs it in. */
  public static LifterSession signUp(Http http) {
    String email = "web-" + UUID.randomUUID() + "@example.org";
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
    LifterSession session = new LifterSession(http.base(), email, PASSWORD, http.withToken(secret));
    session.logIn();
    return session;
  }

  /** A session of nobody: not logged in, no account. */
  public static LifterSession anonymous(int port) {
    return new LifterSession("http://127.0.0.1:" + port, null, null, null);
  }

  /** Logs in with the form; the session then belongs to this account. */
  public void logIn() {
    var response = web.login(email, password);
    if (response.statusCode() != 302
        || response.headers().firstValue("Location").orElse("").contains("error")) {
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

  /** The cookie-keeping web client of this session. */
  public WebSession web() {
    return web;
  }

  /**
   * Deletes the account through {@code DELETE /api/v1/account} by this session, with the CSRF token
   * of the account page and the password (a token cannot delete an account).
   */
  public HttpResponse<String> deleteAccountByApi() {
    web.get("/account");
    return web.sendJson("DELETE", "/api/v1/account", "{\"password\":\"" + password + "\"}");
  }

  /** Gets a page, remembering its CSRF token. */
  public HttpResponse<String> get(String path) {
    return web.get(path);
  }

  /** Posts a form with the CSRF token of the last page. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return web.post(path, fields);
  }

  /** Posts a form exactly as given (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    return web.postRaw(path, fields);
  }
}
