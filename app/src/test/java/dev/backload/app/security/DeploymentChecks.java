package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.account.AccountRepository;
import dev.backload.app.demo.DemoAccount;
import dev.backload.app.storage.EmbeddedDatabaseCompaction;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How the application is deployed: behind a proxy (issue 13 item 4), its session cookie
 * (SECURITY.md 3.3.1 to 3.3.4) and the smaller deployment points of item 10. This abstract class
 * runs in the default deployment (plain HTTP on 127.0.0.1, no trusted proxy) on H2 and PostgreSQL;
 * {@link DeploymentChecksBehindProxyTest} and {@link DeploymentChecksUntrustedPeerTest} below run
 * the same forwarded requests with the client's address trusted as a proxy and not.
 */
abstract class DeploymentChecks {
  /**
   * What a TLS-terminating proxy adds to a request it forwards from a client at {@link #CLIENT}.
   */
  static final String CLIENT = "203.0.113.7";

  @Value("${local.server.port}")
  int port;

  @Autowired Environment environment;
  @Autowired TestClock clock;
  @Autowired EmbeddedDatabaseCompaction compaction;
  @Autowired DemoAccount demoAccount;

  /** A GET as a TLS-terminating proxy would forward it. */
  static HttpResponse<String> forwarded(Http http, String path) {
    return http.send(
        http.request(path)
            .header("X-Forwarded-Proto", "https")
            .header("X-Forwarded-For", CLIENT)
            .GET()
            .build());
  }

  /** The session cookie a new visitor gets from the login page. */
  static String sessionCookie(Http http) {
    HttpResponse<String> login = http.get("/login");
    assertThat(login.statusCode()).isEqualTo(200);
    List<String> cookies = login.headers().allValues("Set-Cookie");
    assertThat(cookies).as("the login page starts a session").hasSize(1);
    return cookies.get(0);
  }

  @Test
  void v3_3_2_v3_3_4_laptopSessionCookieIsHttpOnlyAndLaxButNotSecure() {
    String cookie = sessionCookie(new Http(port));
    // Over plain http://127.0.0.1 a browser would drop a Secure or __Host- cookie: the laptop
    // default keeps a plain one (the browser tests log in with it).
    assertThat(cookie).startsWith("JSESSIONID=").contains("; HttpOnly").contains("SameSite=Lax");
    assertThat(cookie).doesNotContain("Secure").doesNotContainIgnoringCase("Domain=");
  }

  @Test
  void item4_forwardedProtoFromAnUntrustedPeerGetsNoHsts() {
    assertThat(environment.getProperty("backload.trusted-proxies")).as("the default").isEmpty();
    HttpResponse<String> response = forwarded(new Http(port), "/login");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
  }

  @Test
  void item10a_noSwaggerUiIsServed() {
    LifterSession lifter = LifterSession.signUp(port);
    for (String path :
        List.of("/swagger-ui/index.html", "/swagger-ui.html", "/webjars/swagger-ui/index.html")) {
      assertThat(lifter.get(path).statusCode()).as(path + " signed in").isEqualTo(404);
      assertThat(new Http(port).get(path).statusCode()).as(path).isIn(302, 401, 404);
    }
    assertThat(lifter.get("/webjars/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(404);
    // The packaged jar holds the runtime class path: no Swagger UI webjar on it.
    ClassLoader loader = getClass().getClassLoader();
    assertThat(loader.getResource("META-INF/resources/webjars/swagger-ui")).isNull();
    assertThat(loader.getResource("org/springdoc/webmvc/ui/SwaggerConfig.class")).isNull();
    // The OpenAPI description itself is still there.
    assertThat(new Http(port).get("/v3/api-docs").statusCode()).isEqualTo(200);
  }

  @Test
  void item10b_onLoopbackTheDemoPasswordIsTheDocumentedOne() {
    assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    assertThat(demoAccount.password()).isEqualTo(DemoAccount.PASSWORD);
    var token =
        new Http(port)
            .postJson(
                "/api/v1/tokens",
                "{\"email\":\""
                    + DemoAccount.EMAIL
                    + "\",\"password\":\""
                    + DemoAccount.PASSWORD
                    + "\",\"name\":\"deployment check\"}");
    assertThat(token.statusCode()).isEqualTo(201);
  }

  @Test
  void item10c_theEmbeddedDatabaseIsCompactedDailyWhileItRuns() throws Exception {
    String url = environment.getProperty("spring.datasource.url", "");
    if (!url.startsWith("jdbc:h2:file:")) {
      // PostgreSQL reclaims space with (auto)VACUUM; the compaction never touches it.
      clock.advance(Duration.ofDays(2));
      try {
        assertThat(compaction.compactIfDue()).isFalse();
      } finally {
        clock.reset();
      }
      return;
    }
    Path file = Path.of(environment.getProperty("backload.data-dir"), "backload.mv.db");
    String canary = "canary-" + UUID.randomUUID();
    Http lifter = new Http(port).signUpWithSession();
    Http other = new Http(port).signUp();
    var logged =
        lifter.postJson(
            "/api/v1/workouts",
            "{\"date\":\"2026-11-01\",\"name\":\"Pull day\",\"sets\":[{\"exercise\":\"Deadlift\","
                + "\"weightKg\":100,\"reps\":5,\"note\":\""
                + canary
                + "\"}]}");
    assertThat(logged.statusCode()).isEqualTo(201);
    assertThat(fileContains(file, canary)).as("the note is on disk").isTrue();
    assertThat(
            lifter
                .deleteJson("/api/v1/account", "{\"password\":\"correct horse battery staple\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(fileContains(file, canary)).as("deleted rows linger until compaction").isTrue();

    // Not yet due: the interval is counted on the application's clock from the last compaction.
    assertThat(compaction.compactIfDue()).isFalse();
    clock.advance(Duration.ofDays(1).plusMinutes(1));
    try {
      assertThat(compaction.compactIfDue()).as("due after a day").isTrue();
      assertThat(compaction.compactIfDue()).as("not again at once").isFalse();
    } finally {
      clock.reset();
    }
    assertThat(fileContains(file, canary)).as("after the compaction").isFalse();
    // The app goes on working on the reopened database.
    assertThat(other.get("/api/v1/account").statusCode()).isEqualTo(200);
    assertThat(
            other
                .postJson(
                    "/api/v1/workouts",
                    "{\"date\":\"2026-11-02\",\"name\":\"After\",\"sets\":[{\"exercise\":"
                        + "\"Deadlift\",\"weightKg\":90,\"reps\":3}]}")
                .statusCode())
        .isEqualTo(201);
    assertThat(other.get("/api/v1/workouts").body()).contains("After");
  }

  private static boolean fileContains(Path file, String canary) throws Exception {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(canary);
  }

  @Test
  void item10d_commonPasswordsFromAPublishedListAreRefused() {
    Http http = new Http(port);
    // Twelve characters or more, so only the common-password rule can refuse them; from zxcvbn's
    // list of 30,000, several from its far end, none in our own short list.
    for (String common :
        List.of("leavemealone", "sonyericsson", "mortalkombat", "thecakeisalie", "OnTheOutside")) {
      var refused = http.postJson("/api/v1/accounts", account(common));
      assertThat(refused.statusCode()).as(common).isEqualTo(400);
      assertThat(refused.body()).as(common).contains("commonly used");
    }
    assertThat(http.postJson("/api/v1/accounts", account(randomPassphrase())).statusCode())
        .isEqualTo(201);
  }

  private static String account(String password) {
    return "{\"email\":\"pw-"
        + UUID.randomUUID()
        + "@example.org\",\"password\":\""
        + password
        + "\"}";
  }

  private static String randomPassphrase() {
    List<String> words =
        List.of("granite", "lantern", "orbit", "tulip", "harbor", "meadow", "copper", "violet");
    SecureRandom random = new SecureRandom();
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      phrase.append(words.get(random.nextInt(words.size()))).append(' ');
    }
    return phrase.append(random.nextInt(1000)).toString();
  }
}

@OnH2
class DeploymentChecksH2Test extends DeploymentChecks {}

@OnPostgres
class DeploymentChecksPostgresTest extends DeploymentChecks {}

/** Deployed for HTTPS behind a proxy that the configuration trusts (127.0.0.1 here). */
@BehindTrustedProxy
class DeploymentChecksBehindProxyTest {
  @Value("${local.server.port}")
  int port;

  @Autowired DemoAccount demoAccount;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwordEncoder;

  @Test
  void item4_forwardedHeadersFromTheTrustedProxyAreHonoured() {
    HttpResponse<String> response = DeploymentChecks.forwarded(new Http(port), "/login");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(BehindTrustedProxy.Probe.REMOTE_ADDR))
        .hasValue(DeploymentChecks.CLIENT);
    assertThat(response.headers().firstValue(BehindTrustedProxy.Probe.SECURE)).hasValue("true");
    HeaderChecks.assertHsts(response);

    HttpResponse<String> direct = new Http(port).get("/login");
    assertThat(direct.headers().firstValue(BehindTrustedProxy.Probe.REMOTE_ADDR))
        .hasValue("127.0.0.1");
    assertThat(direct.headers().firstValue("Strict-Transport-Security"))
        .as("a plain request is not secure")
        .isEmpty();
  }

  @Test
  void v3_3_1_v3_3_2_v3_3_3_v3_3_4_sessionCookieIsHostPrefixedSecureHttpOnlyAndLax() {
    String cookie = DeploymentChecks.sessionCookie(new Http(port));
    assertThat(cookie).startsWith(HttpsSessionCookie.NAME + "=").startsWith("__Host-");
    List<String> attributes = List.of(cookie.split(";\\s*"));
    assertThat(attributes).contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/");
    assertThat(attributes).noneMatch(a -> a.regionMatches(true, 0, "Domain", 0, 6));
  }

  @Test
  void item10b_awayFromLoopbackTheDemoPasswordIsRandom() {
    String password = demoAccount.password();
    assertThat(password).isNotEqualTo(DemoAccount.PASSWORD).hasSizeGreaterThanOrEqualTo(20);
    String hash = accounts.findByEmail(DemoAccount.EMAIL).orElseThrow().passwordHash();
    assertThat(passwordEncoder.matches(password, hash)).isTrue();
    assertThat(passwordEncoder.matches(DemoAccount.PASSWORD, hash)).isFalse();
    var refused =
        new Http(port)
            .postJson(
                "/api/v1/tokens",
                "{\"email\":\""
                    + DemoAccount.EMAIL
                    + "\",\"password\":\""
                    + DemoAccount.PASSWORD
                    + "\",\"name\":\"guess\"}");
    assertThat(refused.statusCode()).isEqualTo(401);
  }
}

/** The default deployment, seen from a client on 127.0.0.1 that pretends to be a proxy. */
@UntrustedPeer
class DeploymentChecksUntrustedPeerTest {
  @Value("${local.server.port}")
  int port;

  @Test
  void item4_forwardedHeadersFromAnUntrustedPeerAreIgnored() {
    HttpResponse<String> response = DeploymentChecks.forwarded(new Http(port), "/login");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(BehindTrustedProxy.Probe.REMOTE_ADDR))
        .hasValue("127.0.0.1");
    assertThat(response.headers().firstValue(BehindTrustedProxy.Probe.SECURE)).hasValue("false");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }
}
