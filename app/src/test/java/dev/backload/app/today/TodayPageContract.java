package dev.backload.app.today;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Today, the More page and the tab bar over HTTP: the tab each page marks as current, the open
 * questions and the session card on Today. The browser test measures them at 360 px; the red-flag
 * hold on Today is in {@code RedFlagHoldApiContract}.
 */
abstract class TodayPageContract {
  private static final Pattern LINK = Pattern.compile("<a [^>]*>");
  private static final Pattern TAB_ID = Pattern.compile("id=\"tab-(\\w+)\"");

  @Value("${local.server.port}")
  int port;

  /** The ids of the tabs a page marks as current. */
  private static List<String> currentTabs(String html) {
    int start = html.indexOf("id=\"tab-bar\"");
    assertThat(start).as("the tab bar").isNotNegative();
    String bar = html.substring(start, html.indexOf("</nav>", start));
    Matcher m = LINK.matcher(bar);
    List<String> tabs = new ArrayList<>();
    while (m.find()) {
      if (m.group().contains("aria-current=\"page\"")) {
        Matcher id = TAB_ID.matcher(m.group());
        assertThat(id.find()).as(m.group()).isTrue();
        assertThat(m.group()).contains("current");
        tabs.add(id.group(1));
      }
    }
    return tabs;
  }

  @Test
  void everySignedInPageMarksExactlyItsOwnTab() {
    LifterSession web = LifterSession.signUp(port);
    Map<String, String> pages =
        Map.of(
            "/today", "today",
            "/check-ins/new", "today",
            "/workouts", "log",
            "/plan", "plan",
            "/screen", "plan",
            "/dashboard", "progress",
            "/check-ins", "progress",
            "/more", "more",
            "/import", "more",
            "/account", "more");
    pages.forEach(
        (path, tab) -> {
          HttpResponse<String> page = web.get(path);
          assertThat(page.statusCode()).as(path).isEqualTo(200);
          assertThat(page.body()).as(path).contains("id=\"tab-bar\"");
          assertThat(currentTabs(page.body())).as(path).containsExactly(tab);
        });
    // Visitors get no tab bar.
    assertThat(new Http(port).get("/check-in").body()).doesNotContain("id=\"tab-bar\"");
  }

  @Test
  void moreHoldsThePagesOutsideTheTabsAndSignsOutWithTheCsrfToken() {
    LifterSession web = LifterSession.signUp(port);
    String more = web.get("/more").body();
    assertThat(more)
        .contains("href=\"/import\"", "href=\"/account\"", "href=\"/assessments\"")
        .contains("href=\"/monitoring\"")
        .contains("id=\"sign-out-form\"", "action=\"/logout\"", "name=\"_csrf\"");
    // The old header links are gone: sign-out is on More only.
    assertThat(web.get("/workouts").body()).doesNotContain("action=\"/logout\"");
    assertThat(web.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
    assertThat(web.post("/logout", Map.of()).statusCode()).isEqualTo(302);
    assertThat(web.get("/today").statusCode()).isEqualTo(302);
  }

  @Test
  void aNewLifterIsAskedToCheckInAndToLogTraining() {
    LifterSession web = LifterSession.signUp(port);
    String today = web.get("/today").body();
    assertThat(today)
        .contains("id=\"today-status\"", "No check-in yet.")
        .contains("id=\"pending-check-in\"", "href=\"/check-in\"")
        .contains("id=\"no-session\"")
        .doesNotContain("start-workout");
  }

  @Test
  void afterACheckInTodayShowsTheStatusInOneLineAndTheCardWithStart() {
    LifterSession web = LifterSession.signUp(port);
    Http lifter = web.api();
    HttpResponse<String> plan = lifter.get("/api/v1/plan");
    Matcher date = Pattern.compile("\"date\":\"([0-9-]+)\"").matcher(plan.body());
    assertThat(date.find()).isTrue();
    LocalDate day = LocalDate.parse(date.group(1));
    for (int week = 6; week >= 1; week--) {
      HttpResponse<String> w =
          lifter.postJson(
              "/api/v1/workouts",
              "{\"date\":\""
                  + day.minusWeeks(week)
                  + "\",\"name\":\"Pull\",\"sets\":["
                  + "{\"exercise\":\"Deadlift (Barbell)\",\"weightKg\":140,\"reps\":5,\"rpe\":8}]}");
      assertThat(w.statusCode()).as(w.body()).isEqualTo(201);
    }
    assertThat(lifter.postJson("/api/v1/checkins", "{\"painNow\":2}").statusCode()).isEqualTo(201);

    String today = web.get("/today").body();
    assertThat(today)
        .contains("id=\"today-status\"", "pain <span>2</span>/10")
        .doesNotContain("id=\"pending-check-in\"")
        .contains("id=\"next-session\"", "id=\"session-load\"", "id=\"start-workout\"")
        .contains("action=\"/plan/start\"");
    assertThat(today.indexOf("id=\"start-workout\""))
        .as("Start comes right after the card's cues, before anything else")
        .isLessThan(today.indexOf("id=\"today-plan-link\""));
  }
}

@OnH2
class TodayPageH2Test extends TodayPageContract {}

@OnPostgres
class TodayPagePostgresTest extends TodayPageContract {}
