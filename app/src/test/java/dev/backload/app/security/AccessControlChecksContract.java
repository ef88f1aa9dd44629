package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.account.TokenScope;
import dev.backload.app.security.Routes.Route;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SECURITY.md 1.C, access control, with the route authorisation matrix of issue 13: every route the
 * application serves (read from Spring's handler mappings, pages and API alike) is called
 * anonymously and as another lifter who uses the first lifter's real ids, on every method its
 * mapping declares.
 */
abstract class AccessControlChecksContract {
  /**
   * The routes anyone may call, each with its reason. Every other route must refuse an anonymous
   * caller; a route that is in neither group fails {@link #v8_2_1_anonymousCallersGetNoRouteBut
   * ThePublicOnes}.
   */
  static final Map<String, String> PUBLIC =
      Map.ofEntries(
          Map.entry("GET /", "the home page"),
          Map.entry("GET /login", "the login form (POST /login is Spring Security's filter)"),
          Map.entry("GET /signup", "the sign-up form"),
          Map.entry("POST /signup", "signing up"),
          Map.entry("GET /check-in", "the anonymous check-in form"),
          Map.entry("POST /check-in", "the anonymous check-in: triage advice, nothing stored"),
          Map.entry("POST /api/v1/triage", "the anonymous triage API: nothing stored"),
          Map.entry("POST /api/v1/accounts", "sign-up through the API"),
          Map.entry("POST /api/v1/tokens", "creating a token with e-mail and password"),
          Map.entry("GET /v3/api-docs", "the OpenAPI document"),
          Map.entry("GET /v3/api-docs.yaml", "the OpenAPI document as YAML"),
          Map.entry("GET /actuator/health", "the health check for load balancers"),
          Map.entry("GET /error", "the error page errors are forwarded to (called directly: 404)"));

  /** Routes that delete the caller's whole account: called last, after them the caller is gone. */
  static final Set<String> ENDS_ACCOUNT = Set.of("DELETE /api/v1/account", "POST /account/delete");

  /** An id nobody has. */
  static final long NOBODYS = 987_654_321L;

  @Value("${local.server.port}")
  int port;

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  List<Route> routes() {
    return Routes.all(context).stream()
        .sorted(Comparator.comparing(r -> ENDS_ACCOUNT.contains(r.toString())))
        .toList();
  }

  @Test
  void v8_2_1_anonymousCallersGetNoRouteButThePublicOnes() {
    LifterData owner = LifterData.create(port);
    List<Route> routes = routes();
    assertThat(routes.stream().map(Route::toString).toList())
        .as("every public route still exists")
        .containsAll(PUBLIC.keySet());
    Caller anonymous = Caller.anonymous(port);
    anonymous.page("/login"); // a CSRF token, so that posts test authorisation, not only CSRF
    List<String> open = new ArrayList<>();
    for (Route route : routes) {
      if (PUBLIC.containsKey(route.toString())) {
        continue;
      }
      HttpResponse<String> response = call(anonymous, route, route.path(owner.ids()), owner);
      if (!refused(route, response)) {
        open.add(route + " -> " + response.statusCode() + " " + location(response));
      }
      assertNoCanary(route, response, owner);
    }
    assertThat(open).as("routes neither public nor protected").isEmpty();
  }

  @Test
  void v8_2_2_anotherLifterNeverSeesOrChangesTheFirstLiftersData() {
    LifterData owner = LifterData.create(port);
    String ownersExport = owner.caller.json("GET", "/api/v1/export", null).body();
    LifterData other = LifterData.create(port);
    // The owner sees the canaries, so their absence below means something.
    assertThat(owner.caller.page("/workouts/" + owner.ids().get("workouts")).body())
        .contains(owner.canary);
    assertThat(ownersExport).contains(owner.canary);
    List<String> wrong = new ArrayList<>();
    for (Route route : routes()) {
      if (!route.hasVariables()) {
        // The caller's own data: anything but a 5xx, and never the owner's.
        HttpResponse<String> response = call(other.caller, route, route.path(Map.of()), owner);
        if (response.statusCode() >= 500) {
          wrong.add(route + " -> " + response.statusCode());
        }
        assertNoCanary(route, response, owner);
        continue;
      }
      HttpResponse<String> theirs = call(other.caller, route, route.path(owner.ids()), owner);
      assertNoCanary(route, theirs, owner);
      if (theirs.statusCode() == 404) {
        continue;
      }
      // A page may answer a post with a redirect, but only the same one as for an id nobody has.
      Map<String, Long> none = new LinkedHashMap<>();
      owner.ids().keySet().forEach(k -> none.put(k, NOBODYS));
      HttpResponse<String> nobodys = call(other.caller, route, route.path(none), owner);
      if (route.api()
          || route.method().equals("GET")
          || theirs.statusCode() != nobodys.statusCode()
          || !location(theirs).equals(location(nobodys))
          || theirs.statusCode() / 100 == 2) {
        wrong.add(
            route
                + " with the owner's ids -> "
                + theirs.statusCode()
                + " "
                + location(theirs)
                + " (an unknown id: "
                + nobodys.statusCode()
                + " "
                + location(nobodys)
                + ")");
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(owner.caller.json("GET", "/api/v1/export", null).body())
        .as("the owner's data after the other lifter's calls")
        .isEqualTo(ownersExport);
  }

  /**
   * Case (c) of the route matrix: for every route, a token of the owner that has every scope but
   * the one the route needs ({@link TokenScope#requiredFor}). An API route answers 403 (naming the
   * missing scope, or refusing an account-level action outright); any other route refuses the token
   * with 401, since tokens work only under {@code /api/}. Never a 2xx or a redirect.
   */
  @Test
  void item1_aTokenLackingTheScopeGetsNoRouteThatNeedsIt() throws Exception {
    LifterData owner = LifterData.create(port);
    Map<TokenScope, String> lacking = new EnumMap<>(TokenScope.class);
    for (TokenScope scope : TokenScope.values()) {
      List<String> others =
          TokenScope.all().stream().filter(s -> s != scope).map(s -> "\"" + s.id() + "\"").toList();
      var created =
          new Http(port)
              .postJson(
                  "/api/v1/tokens",
                  "{\"email\":\""
                      + owner.caller.email()
                      + "\",\"password\":\""
                      + Caller.PASSWORD
                      + "\",\"name\":\"without "
                      + scope.id()
                      + "\",\"scopes\":"
                      + others
                      + "}");
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
      assertThat(token.find()).isTrue();
      lacking.put(scope, token.group(1));
    }
    HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .build();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Route route : routes()) {
      if (PUBLIC.containsKey(route.toString())) {
        continue;
      }
      String path = route.path(owner.ids());
      TokenScope needed = TokenScope.requiredFor(route.method(), path);
      String body =
          route.write()
              ? InputChecksContract.VALID
                  .getOrDefault(route.toString(), "{}")
                  .replace("{workoutId}", owner.ids().get("workouts").toString())
                  .replace("{email}", "nobody@example.org")
              : "";
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
              .header("Authorization", "Bearer " + lacking.get(needed))
              .header("Content-Type", "application/json")
              .method(
                  route.method(),
                  body.isEmpty()
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body))
              .build();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      checked++;
      assertNoCanary(route, response, owner);
      int expected = route.api() ? 403 : 401;
      boolean namesScope =
          !route.api()
              || response.body().contains("\"scope\":\"" + needed.id() + "\"")
              || response.body().contains("session and your password");
      if (response.statusCode() != expected || !namesScope) {
        wrong.add(
            route
                + " with a token lacking '"
                + needed.id()
                + "' -> "
                + response.statusCode()
                + " "
                + response.body());
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(wrong).isEmpty();
  }

  @Test
  void v8_2_3_extraFieldsInJsonChangeNothing() {
    LifterData owner = LifterData.create(port);
    String ownersExport = owner.caller.json("GET", "/api/v1/export", null).body();
    LifterData other = LifterData.create(port);
    long ownerId = accountId(owner.caller.email());
    long otherId = accountId(other.caller.email());
    String otherAccountBefore = accountRow(otherId);
    Map<String, Long> otherIds = other.ids();
    String extra =
        "\"id\":"
            + owner.ids().get("workouts")
            + ",\"accountId\":"
            + ownerId
            + ",\"ownerId\":"
            + ownerId
            + ",\"account_id\":"
            + ownerId
            + ",\"role\":\"ADMIN\",\"createdAt\":\"2000-01-01T00:00:00Z\","
            + "\"passwordHash\":\"{noop}x\",\"email\":\"taken@example.org\",";
    List<String> wrong = new ArrayList<>();
    for (Route route : routes()) {
      String valid = InputChecksContract.VALID.get(route.toString());
      if (!route.api()
          || valid == null
          || !valid.startsWith("{")
          || PUBLIC.containsKey(route.toString())) {
        continue;
      }
      String body =
          "{"
              + extra
              + valid
                  .substring(1)
                  .replace("{workoutId}", otherIds.get("workouts").toString())
                  .replace("{email}", other.caller.email());
      HttpResponse<String> response = other.caller.json(route.method(), route.path(otherIds), body);
      int status = response.statusCode();
      if (!(status == 400 || status / 100 == 2)) {
        wrong.add(route + " -> " + status + " " + response.body());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(accountRow(otherId)).as("the caller's account row").isEqualTo(otherAccountBefore);
    assertThat(owner.caller.json("GET", "/api/v1/export", null).body()).isEqualTo(ownersExport);
  }

  @Test
  void v3_5_1_cookiePostsWithoutTheCsrfTokenAreRefused() {
    LifterData owner = LifterData.create(port);
    String ownersExport = owner.caller.json("GET", "/api/v1/export", null).body();
    List<String> wrong = new ArrayList<>();
    for (Route route : routes()) {
      if (!route.write() || PUBLIC.containsKey(route.toString())) {
        continue;
      }
      String path = route.path(owner.ids());
      List<HttpResponse<String>> answers = new ArrayList<>();
      if (route.api()) {
        String valid = InputChecksContract.VALID.getOrDefault(route.toString(), "{}");
        answers.add(
            owner.caller.send(
                route.method(),
                path,
                "application/json",
                valid.getBytes(StandardCharsets.UTF_8),
                "application/json",
                false));
      } else {
        answers.add(owner.caller.form(route.method(), path, "", false));
        // htmx sends the same form with HX-Request; the token must still be there.
        answers.add(
            owner.caller.send(
                route.method(),
                path,
                "application/x-www-form-urlencoded",
                new byte[0],
                "text/html",
                false));
      }
      for (HttpResponse<String> answer : answers) {
        if (answer.statusCode() != 403) {
          wrong.add(route + " without CSRF -> " + answer.statusCode());
        } else if (route.api() && !answer.body().contains("CSRF")) {
          wrong.add(route + " 403 without naming CSRF: " + answer.body());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(owner.caller.json("GET", "/api/v1/export", null).body()).isEqualTo(ownersExport);
    // The same session with the token gets through, so the 403s above were the token's.
    assertThat(
            owner
                .caller
                .json("PUT", "/api/v1/plan/settings", "{\"loadIncrementKg\":5}")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void v3_5_3_noGetRouteChangesAnyTablesRowCount() {
    LifterData owner = LifterData.create(port);
    Caller anonymous = Caller.anonymous(port);
    Map<String, Long> before = rowCounts();
    List<String> called = new ArrayList<>();
    for (Route route : routes()) {
      if (!route.method().equals("GET")) {
        continue;
      }
      String path = route.path(owner.ids());
      owner.caller.page(path);
      owner.caller.json("GET", path, null);
      anonymous.page(path);
      called.add(path);
    }
    assertThat(called).hasSizeGreaterThan(30);
    assertThat(rowCounts()).isEqualTo(before);
  }

  @Test
  void v3_7_2_noOpenRedirects() {
    Caller lifter = Caller.signUp(port);
    lifter.form("POST", "/logout", "", true);
    List<String> locations = new ArrayList<>();
    for (String start :
        List.of(
            "/login?continue=https://evil.example/",
            "/login?redirect=https://evil.example/",
            "//evil.example/",
            "/workouts?continue=https://evil.example/")) {
      Caller browser = Caller.anonymous(port);
      locations.add(location(browser.page(start)));
      browser.page("/login");
      locations.add(
          location(
              browser.form(
                  "POST",
                  "/login?continue=https://evil.example/",
                  "username="
                      + Caller.enc(lifter.email())
                      + "&password="
                      + Caller.enc(Caller.PASSWORD),
                  true)));
    }
    assertThat(locations).isNotEmpty().noneMatch(l -> l.contains("evil.example"));
  }

  /** Row counts of every base table of the application's schema. */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        jdbc.sql(
                "SELECT LOWER(table_name) FROM information_schema.tables"
                    + " WHERE table_type = 'BASE TABLE'"
                    + " AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA) ORDER BY 1")
            .query(String.class)
            .list()) {
      counts.put(
          table, jdbc.sql("SELECT COUNT(*) FROM \"" + table + "\"").query(Long.class).single());
    }
    assertThat(counts).containsKeys("account", "workout");
    return counts;
  }

  long accountId(String email) {
    return jdbc.sql("SELECT id FROM account WHERE email = :e")
        .param("e", email)
        .query(Long.class)
        .single();
  }

  String accountRow(long id) {
    return jdbc.sql("SELECT * FROM account WHERE id = :id")
        .param("id", id)
        .query()
        .singleRow()
        .toString();
  }

  /**
   * Calls a route as it is used: an API route with a JSON body (a valid one where known, the
   * owner's ids in it), a page with a form post or a page GET; the CSRF token is always sent.
   */
  static HttpResponse<String> call(Caller caller, Route route, String path, LifterData owner) {
    if (route.api()
        || route.pattern().startsWith("/v3/")
        || route.pattern().startsWith("/actuator")) {
      String body =
          route.write()
              ? InputChecksContract.VALID
                  .getOrDefault(route.toString(), "{}")
                  .replace("{workoutId}", owner.ids().get("workouts").toString())
                  .replace("{email}", "nobody@example.org")
              : null;
      if (route.pattern().equals("/api/v1/imports") && route.write()) {
        return caller.send(
            route.method(),
            path,
            "multipart/form-data; boundary=mx",
            LifterData.multipart("mx", "x.csv", "Date,Exercise\n".getBytes(StandardCharsets.UTF_8)),
            "application/json",
            true);
      }
      return caller.json(route.method(), path, body);
    }
    return route.method().equals("GET")
        ? caller.page(path)
        : caller.form(route.method(), path, "", true);
  }

  /** 401, 403, 404, or a redirect to the login page. */
  static boolean refused(Route route, HttpResponse<String> response) {
    int status = response.statusCode();
    if (status == 401 || status == 403 || status == 404) {
      return true;
    }
    return !route.api() && status / 100 == 3 && location(response).endsWith("/login");
  }

  static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  static void assertNoCanary(Route route, HttpResponse<String> response, LifterData owner) {
    for (String canary : owner.canaries()) {
      assertThat(response.body())
          .as("%s shows the owner's %s", route, canary)
          .doesNotContain(canary);
    }
    assertThat(response.body())
        .as("%s shows a secret", route)
        .doesNotContain("pbkdf2")
        .doesNotContain("passwordHash")
        .doesNotContain("password_hash")
        .doesNotContain("tokenHash")
        .doesNotContain("token_hash");
  }
}

@OnH2
class AccessControlChecksH2Test extends AccessControlChecksContract {}

@OnPostgres
class AccessControlChecksPostgresTest extends AccessControlChecksContract {}
