package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.security.Routes.Route;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SECURITY.md 1.F, data protection and privacy. */
abstract class DataProtectionChecksContract {
  @Value("${local.server.port}")
  int port;

  @Autowired ApplicationContext context;
  @Autowired JdbcClient jdbc;

  @Test
  void v14_2_1_tokensInTheUrlAreRefused() {
    LifterData lifter = LifterData.create(port);
    Http anonymous = new Http(port);
    for (String name : List.of("access_token", "token", "bearer", "api_key")) {
      var response = anonymous.get("/api/v1/workouts?" + name + "=" + lifter.token);
      assertThat(response.statusCode()).as(name).isEqualTo(401);
      assertThat(response.body()).doesNotContain(lifter.canary);
    }
    // The same token in the header works, so the 401s above are about where it was sent.
    assertThat(anonymous.withToken(lifter.token).get("/api/v1/workouts").statusCode())
        .isEqualTo(200);
  }

  @Test
  void v14_2_1_healthFieldsAreBodiesNeverUrls() throws IOException {
    LifterData lifter = LifterData.create(port);
    long before = checkIns();
    // Health answers in the query string are not taken: the body is the only input.
    var query =
        lifter.caller.json("POST", "/api/v1/checkins?painNow=4&onset=NEXT_DAY&redFlags=true", "{}");
    assertThat(query.statusCode()).isEqualTo(400);
    assertThat(checkIns()).isEqualTo(before);
    // Every form of every page posts, so what is typed never lands in a URL or an access log.
    List<String> getForms = new ArrayList<>();
    Pattern form = Pattern.compile("<form\\b(?:[^>\"]|\"[^\"]*\")*>", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> files = Files.walk(templates())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = form.matcher(Files.readString(file));
        while (m.find()) {
          if (!m.group().toLowerCase().contains("method=\"post\"")) {
            getForms.add(file.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(getForms).isEmpty();
  }

  @Test
  void v14_2_2_everyAuthenticatedResponseIsNotStored() {
    LifterData lifter = LifterData.create(port);
    Http token = new Http(port).withToken(lifter.token);
    List<String> stored = new ArrayList<>();
    int checked = 0;
    for (Route route : Routes.all(context)) {
      if (!route.method().equals("GET")) {
        continue;
      }
      String path = route.path(lifter.ids());
      List<HttpResponse<String>> answers = new ArrayList<>();
      answers.add(lifter.caller.page(path));
      answers.add(lifter.caller.json("GET", path, null));
      if (route.api()) {
        answers.add(token.get(path));
      }
      for (HttpResponse<String> answer : answers) {
        if (answer.statusCode() / 100 != 2) {
          continue;
        }
        checked++;
        String cache = answer.headers().firstValue("Cache-Control").orElse("");
        if (!cache.contains("no-store")) {
          stored.add(
              route
                  + " "
                  + answer.headers().firstValue("Content-Type").orElse("")
                  + " Cache-Control: "
                  + cache);
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(stored).isEmpty();
  }

  @Test
  void v14_3_1_logoutClearsTheSiteData() {
    Caller lifter = Caller.signUp(port);
    var logout = lifter.form("POST", "/logout", "", true);
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Clear-Site-Data").orElse(""))
        .contains("\"cache\"")
        .contains("\"cookies\"")
        .contains("\"storage\"");
    // And the session is over.
    assertThat(lifter.page("/dashboard").statusCode()).isEqualTo(302);
  }

  @Test
  void v14_2_3_pagesLoadNothingFromOtherOrigins() throws IOException {
    LifterData lifter = LifterData.create(port);
    Caller anonymous = Caller.anonymous(port);
    Pattern reference =
        Pattern.compile(
            "<(script|link|img|iframe|source|video|audio|embed|object|form)\\b[^>]*?"
                + "\\b(src|href|action|data|srcset|poster)=\"([^\"]*)\"",
            Pattern.CASE_INSENSITIVE);
    List<String> foreign = new ArrayList<>();
    int pages = 0;
    for (Route route : Routes.all(context)) {
      if (!route.method().equals("GET") || route.api()) {
        continue;
      }
      String path = route.path(lifter.ids());
      for (Caller caller : List.of(lifter.caller, anonymous)) {
        HttpResponse<String> page = caller.page(path);
        if (!page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
          continue;
        }
        pages++;
        Matcher m = reference.matcher(page.body());
        while (m.find()) {
          if (!selfHosted(m.group(3))) {
            foreign.add(route + ": " + m.group());
          }
        }
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(route.toString()).contains("default-src 'self'");
      }
    }
    assertThat(pages).isGreaterThan(20);
    // Stylesheets and scripts fetch nothing from elsewhere either.
    Path statics = templates().resolveSibling("static");
    try (Stream<Path> files = Files.walk(statics)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Matcher m =
            Pattern.compile("url\\(\\s*['\"]?(https?:)?//|(fetch|import)\\(\\s*['\"]https?://")
                .matcher(Files.readString(file));
        if (m.find()) {
          foreign.add(file.getFileName() + ": " + m.group());
        }
      }
    }
    assertThat(foreign).isEmpty();
  }

  @Test
  void v14_3_3_nothingIsKeptInBrowserStorage() throws IOException {
    Path statics = templates().resolveSibling("static");
    List<String> storage = new ArrayList<>();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Files.walk(statics), Files.walk(templates()))) {
      files.filter(Files::isRegularFile).forEach(sources::add);
    }
    Pattern use =
        Pattern.compile(
            "localStorage|sessionStorage|indexedDB|document\\.cookie|caches\\.open|serviceWorker");
    for (Path file : sources) {
      Matcher m = use.matcher(Files.readString(file));
      if (m.find()) {
        storage.add(file.getFileName() + ": " + m.group());
      }
    }
    assertThat(sources).hasSizeGreaterThan(10);
    assertThat(storage).isEmpty();
  }

  private static boolean selfHosted(String url) {
    String u = url.trim().toLowerCase();
    return !(u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//"))
        || u.startsWith("http://127.0.0.1:");
  }

  private long checkIns() {
    return jdbc.sql("SELECT COUNT(*) FROM check_in").query(Long.class).single();
  }

  private static Path templates() {
    Path dir = Path.of("src/main/resources/templates");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("app/src/main/resources/templates");
    }
    assertThat(dir).isDirectory();
    return dir;
  }
}

@OnH2
class DataProtectionChecksH2Test extends DataProtectionChecksContract {}

@OnPostgres
class DataProtectionChecksPostgresTest extends DataProtectionChecksContract {}
