package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * SECURITY.md section 1.G, HTTP security headers and CSP (checks 3.4.1 to 3.4.6), on the responses
 * of every kind: pages, API answers, problems, redirects, 404s and static files. What is not
 * covered here: a 500 (no request is known to cause one; the fuzz test of InputChecks looks for
 * them) and Chromium's count of CSP violations (the browser tests run every page with the policy).
 */
abstract class HeaderChecks {
  private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

  @Value("${local.server.port}")
  int port;

  /** HSTS as SECURITY.md 3.4.1 wants it: at least a year, subdomains included. */
  static void assertHsts(HttpResponse<String> response) {
    String hsts = response.headers().firstValue("Strict-Transport-Security").orElse("");
    Matcher maxAge = MAX_AGE.matcher(hsts);
    assertThat(maxAge.find()).as("HSTS max-age in '" + hsts + "'").isTrue();
    assertThat(Long.parseLong(maxAge.group(1))).isGreaterThanOrEqualTo(31_536_000L);
    assertThat(hsts).contains("includeSubDomains");
  }

  /** One response of every kind the application gives, by what it is. */
  private Map<String, HttpResponse<String>> responsesOfEveryKind() {
    LifterSession lifter = LifterSession.signUp(port);
    Http anonymous = new Http(port);
    Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
    responses.put("home page", anonymous.get("/"));
    responses.put("login page", anonymous.get("/login"));
    responses.put("signed-in page", lifter.get("/dashboard"));
    responses.put("page 404", lifter.get("/no-such-page"));
    responses.put("redirect to login", anonymous.get("/dashboard"));
    responses.put("stylesheet", anonymous.get("/css/backload.css"));
    responses.put("script", anonymous.get("/js/csrf-htmx.js"));
    responses.put("API 200", lifter.api().get("/api/v1/workouts"));
    responses.put("API 401", anonymous.get("/api/v1/workouts"));
    responses.put("API 404", lifter.api().get("/api/v1/workouts/987654321"));
    responses.put("API 400", lifter.api().postJson("/api/v1/workouts", "{"));
    responses.put("OpenAPI", anonymous.get("/v3/api-docs"));
    responses.put("health", anonymous.get("/actuator/health"));
    responses.put("CSV export", lifter.api().get("/api/v1/export.csv"));
    return responses;
  }

  @Test
  void v3_4_1_noHstsOnRequestsNotSeenAsSecure() {
    // Over plain HTTP, and with X-Forwarded-Proto from a peer that is not a trusted proxy, the
    // request is not secure: HSTS there would be ignored by browsers at best. The trusted case is
    // HeaderChecksBehindProxyTest.
    for (var response : responsesOfEveryKind().entrySet()) {
      assertThat(response.getValue().headers().firstValue("Strict-Transport-Security"))
          .as(response.getKey())
          .isEmpty();
    }
    assertThat(
            DeploymentChecks.forwarded(new Http(port), "/login")
                .headers()
                .firstValue("Strict-Transport-Security"))
        .isEmpty();
  }

  @Test
  void v3_4_2_noCorsForAnEvilOrigin() {
    LifterSession lifter = LifterSession.signUp(port);
    Http api = lifter.api();
    HttpResponse<String> simple =
        api.send(api.request("/api/v1/account").header("Origin", "https://evil.example").build());
    assertThat(simple.statusCode()).isEqualTo(200);
    HttpResponse<String> preflight =
        api.send(
            new Http(port)
                .request("/api/v1/workouts")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    for (HttpResponse<String> response : List.of(simple, preflight)) {
      assertThat(response.headers().map().keySet())
          .noneMatch(name -> name.toLowerCase().startsWith("access-control-allow"));
    }
  }

  @Test
  void v3_4_3_everyPageHasAStrictContentSecurityPolicy() {
    LifterSession lifter = LifterSession.signUp(port);
    Http anonymous = new Http(port);
    Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
    for (String path : List.of("/", "/login", "/signup", "/check-in")) {
      pages.put(path, anonymous.get(path));
    }
    for (String path :
        List.of(
            "/dashboard",
            "/workouts",
            "/workouts/new",
            "/check-ins",
            "/check-ins/new",
            "/profile",
            "/assessments",
            "/monitoring",
            "/plan",
            "/screen",
            "/import",
            "/account",
            "/account/delete",
            "/no-such-page")) {
      pages.put(path, lifter.get(path));
    }
    for (var page : pages.entrySet()) {
      HttpResponse<String> response = page.getValue();
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .as(page.getKey())
          .startsWith("text/html");
      String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).as(page.getKey()).contains("object-src 'none'", "base-uri 'none'");
      String scriptSrc = directive(csp, "script-src");
      assertThat(scriptSrc.isEmpty() ? directive(csp, "default-src") : scriptSrc)
          .as(page.getKey())
          .isNotEmpty()
          .doesNotContain("'unsafe-inline'", "'unsafe-eval'");
    }
  }

  private static String directive(String csp, String name) {
    for (String directive : csp.split(";")) {
      if (directive.strip().startsWith(name + " ")) {
        return directive.strip();
      }
    }
    return "";
  }

  @Test
  void v3_4_4_nosniffOnEveryResponse() {
    for (var response : responsesOfEveryKind().entrySet()) {
      assertThat(response.getValue().headers().firstValue("X-Content-Type-Options"))
          .as(response.getKey())
          .hasValue("nosniff");
    }
  }

  @Test
  void v3_4_5_referrerPolicyOnEveryResponse() {
    for (var response : responsesOfEveryKind().entrySet()) {
      assertThat(response.getValue().headers().firstValue("Referrer-Policy").orElse(""))
          .as(response.getKey())
          .isIn("no-referrer", "same-origin", "strict-origin-when-cross-origin");
    }
  }

  @Test
  void v3_4_6_frameAncestorsNoneOnEveryResponse() {
    for (var response : responsesOfEveryKind().entrySet()) {
      assertThat(response.getValue().headers().firstValue("Content-Security-Policy").orElse(""))
          .as(response.getKey())
          .contains("frame-ancestors 'none'");
    }
  }
}

@OnH2
class HeaderChecksH2Test extends HeaderChecks {}

@OnPostgres
class HeaderChecksPostgresTest extends HeaderChecks {}

/** SECURITY.md 3.4.1 where it applies: requests forwarded as HTTPS by the trusted proxy. */
@BehindTrustedProxy
class HeaderChecksBehindProxyTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void v3_4_1_hstsOnEveryResponseForwardedAsHttps() {
    Http http = new Http(port);
    for (String path :
        List.of("/", "/login", "/dashboard", "/css/backload.css", "/api/v1/workouts", "/nowhere")) {
      HeaderChecks.assertHsts(DeploymentChecks.forwarded(http, path));
    }
  }
}
