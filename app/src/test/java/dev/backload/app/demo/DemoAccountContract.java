package dev.backload.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** {@code serve --demo}: the demo lifter has a history worth looking at, mid flare-up. */
abstract class DemoAccountContract {
  @Value("${local.server.port}")
  int port;

  private Http demo() {
    var token =
        new Http(port)
            .postJson(
                "/api/v1/tokens",
                "{\"email\":\""
                    + DemoAccount.EMAIL
                    + "\",\"password\":\""
                    + DemoAccount.PASSWORD
                    + "\",\"name\":\"demo test\"}");
    assertThat(token.statusCode()).isEqualTo(201);
    return new Http(port).withToken(token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
  }

  @Test
  void theDemoLifterHasMonthsOfWorkoutsAFlareUpAndAPendingMorningQuestion() {
    Http demo = demo();
    String workouts = demo.get("/api/v1/workouts").body();
    assertThat(workouts)
        .contains("Deadlift (Barbell)", "Trap Bar Deadlift", "Romanian Deadlift (Barbell)");
    String checkIns = demo.get("/api/v1/checkins").body();
    assertThat(checkIns.split("\"episodeId\"", -1))
        .hasSize(DemoHistory.checkIns(TestClock.TODAY).size() + 1);
    assertThat(checkIns).contains("\"disposition\":\"SEE_PHYSIO\"").contains("\"P3\"");
    assertThat(demo.get("/api/v1/monitoring/pending").body()).contains("workoutId");
    String analytics = demo.get("/api/v1/analytics").body();
    assertThat(analytics).contains("\"SPIKE\"").contains("\"FATIGUE_DROP\"");
  }
}

@OnH2
class DemoAccountH2Test extends DemoAccountContract {}

@OnPostgres
class DemoAccountPostgresTest extends DemoAccountContract {}
