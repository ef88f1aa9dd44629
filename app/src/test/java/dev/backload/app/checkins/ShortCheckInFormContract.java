package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.core.triage.CheckIn;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The short daily check-in form (one merged red-flag list, leg questions behind "one leg") gives
 * the triage exactly what the API gives it for the same answers: two lifters with the same profile
 * answer the same check-ins in the same order, one on the form and one through {@code POST
 * /api/v1/checkins}, and each pair is stored with the same effective input, the same derived facts
 * and the same result. The cases are a no-flag day, every red flag of the rulebook (each ticked
 * together with "None of these", which the flag must beat), and the one-leg answers.
 */
abstract class ShortCheckInFormContract {
  @Value("${local.server.port}")
  int port;

  /** One case: the form's fields (names may repeat) and the same answers as API JSON. */
  record Case(String name, List<String> form, String json) {}

  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "no flag",
            List.of("painNow", "2", "trend", "SAME", "redFlags", "NONE"),
            "{\"painNow\":2,\"trend\":\"SAME\"}"));
    for (String sign : CheckIn.RedFlags.EMERGENCY_SIGNS) {
      cases.add(flag(sign, "{\"painNow\":3,\"" + sign + "\":true}"));
    }
    for (String sign : CheckIn.RedFlags.ILLNESS_SIGNS) {
      cases.add(flag(sign, "{\"painNow\":3,\"" + sign + "\":true}"));
    }
    cases.add(flag("bothLegs", "{\"painNow\":3,\"leg\":\"BOTH_LEGS\"}"));
    cases.add(
        new Case(
            "one leg below the knee",
            List.of(
                "painNow",
                "4",
                "redFlags",
                "oneLeg",
                "leg",
                "ONE_LEG_BELOW_KNEE",
                "legWeakness",
                "NONE"),
            "{\"painNow\":4,\"leg\":\"ONE_LEG_BELOW_KNEE\"}"));
    cases.add(
        new Case(
            "one leg weak and getting worse",
            List.of(
                "painNow",
                "4",
                "redFlags",
                "oneLeg",
                "leg",
                "NONE",
                "legWeakness",
                "ONE_LEG",
                "weaknessProgressing",
                "true"),
            "{\"painNow\":4,\"legWeakness\":\"ONE_LEG\",\"weaknessProgressing\":true}"));
    cases.add(
        new Case(
            "sharp during a lift, set stopped, worse",
            List.of(
                "painNow",
                "5",
                "trend",
                "WORSENING",
                "redFlags",
                "NONE",
                "onset",
                "DURING_LIFT",
                "quality",
                "SHARP",
                "stoppedSet",
                "true",
                "painPeak",
                "6"),
            "{\"painNow\":5,\"trend\":\"WORSENING\",\"onset\":\"DURING_LIFT\","
                + "\"quality\":[\"SHARP\"],\"stoppedSet\":true,\"painPeak\":6}"));
    return cases;
  }

  private static Case flag(String sign, String json) {
    // "None of these" ticked as well: a ticked flag always wins.
    return new Case(sign, List.of("painNow", "3", "redFlags", "NONE", "redFlags", sign), json);
  }

  @Test
  void theShortFormAndTheApiGiveTheSameTriageForTheSameAnswers() throws Exception {
    LifterSession onForm = LifterSession.signUp(port);
    LifterSession onApi = LifterSession.signUp(port);
    for (LifterSession lifter : List.of(onForm, onApi)) {
      assertThat(lifter.api().putJson("/api/v1/profile", "{\"age\":40}").statusCode())
          .isEqualTo(200);
    }
    for (Case c : cases()) {
      onForm.web().get("/check-ins/new");
      HttpResponse<String> posted =
          onForm.web().postRepeated("/check-ins", c.form().toArray(String[]::new));
      assertThat(posted.statusCode()).as(c.name() + ": " + posted.body()).isEqualTo(302);
      String location = posted.headers().firstValue("Location").orElseThrow();
      String formId = location.substring(location.lastIndexOf('/') + 1);
      Map<?, ?> fromForm = json(onForm.api().get("/api/v1/checkins/" + formId));

      HttpResponse<String> created = onApi.api().postJson("/api/v1/checkins", c.json());
      assertThat(created.statusCode()).as(c.name() + ": " + created.body()).isEqualTo(201);
      Map<?, ?> fromApi = json(created);

      for (String key : List.of("effectiveInput", "derived", "disposition", "findings")) {
        assertThat(fromForm.get(key)).as(c.name() + ": " + key).isEqualTo(fromApi.get(key));
      }
    }
  }

  @Test
  void oneLegTickedWithEveryLegAnswerAtNoIsAskedAgainAndNothingIsStored() throws Exception {
    LifterSession lifter = LifterSession.signUp(port);
    lifter.web().get("/check-ins/new");
    HttpResponse<String> page =
        lifter
            .web()
            .postRepeated(
                "/check-ins",
                "painNow",
                "2",
                "redFlags",
                "oneLeg",
                "leg",
                "NONE",
                "legWeakness",
                "NONE");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"form-errors\"").contains("where it goes");
    assertThat(
            (List<?>)
                Json.mapper().readValue(lifter.api().get("/api/v1/checkins").body(), List.class))
        .isEmpty();
  }

  @Test
  void theMergedListMustBeAnsweredAndWithoutScriptsEveryQuestionIsOnThePage() {
    LifterSession lifter = LifterSession.signUp(port);
    String form = lifter.web().get("/check-ins/new").body();
    // Progressive enhancement: the server sends the leg questions unhidden and the details open.
    int legs = form.indexOf("id=\"leg-questions\"");
    assertThat(legs).isPositive();
    assertThat(form.substring(legs, form.indexOf('>', legs))).doesNotContain("hidden");
    int more = form.indexOf("id=\"more-about-pain\"");
    assertThat(form.substring(more, form.indexOf('>', more))).contains("open");
    for (String sign : CheckIn.RedFlags.EMERGENCY_SIGNS) {
      assertThat(form).contains("value=\"" + sign + "\"");
    }
    for (String sign : CheckIn.RedFlags.ILLNESS_SIGNS) {
      assertThat(form).contains("value=\"" + sign + "\"");
    }
    HttpResponse<String> unanswered =
        lifter.web().postRepeated("/check-ins", "painNow", "2", "_redFlags", "on");
    assertThat(unanswered.statusCode()).isEqualTo(200);
    assertThat(unanswered.body()).contains("Please answer this list");
  }

  private static Map<?, ?> json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
    return Json.mapper().readValue(response.body(), Map.class);
  }
}

@OnH2
class ShortCheckInFormH2Test extends ShortCheckInFormContract {}

@OnPostgres
class ShortCheckInFormPostgresTest extends ShortCheckInFormContract {}
