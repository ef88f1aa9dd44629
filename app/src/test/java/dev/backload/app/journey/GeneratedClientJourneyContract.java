package dev.backload.app.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.app.support.TestClock;
import dev.backload.client.ApiClient;
import dev.backload.client.ApiException;
import dev.backload.client.api.AccountApi;
import dev.backload.client.api.AnalyticsApi;
import dev.backload.client.api.CheckInApi;
import dev.backload.client.api.ExportApi;
import dev.backload.client.api.ImportApi;
import dev.backload.client.api.WorkoutApi;
import dev.backload.client.model.Analysis;
import dev.backload.client.model.CheckInJson;
import dev.backload.client.model.ImportView;
import dev.backload.client.model.PasswordConfirmation;
import dev.backload.client.model.Problem;
import dev.backload.client.model.SetRequest;
import dev.backload.client.model.SignUpRequest;
import dev.backload.client.model.TokenCreated;
import dev.backload.client.model.TokenRequest;
import dev.backload.client.model.WorkoutRequest;
import dev.backload.client.model.WorkoutView;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The new lifter's API journey of {@link NewLifterJourneyApiContract}, run with the Java client
 * that the build generates from {@code docs/openapi.json} (openapi-generator, native {@code
 * java.net.http} client): sign up, token, import twice, log a workout, check in twice, analytics,
 * export, delete. Only the generated classes talk to the server, so what the description says about
 * paths, bodies, answers and the bearer token is what the app does; the error answers are read back
 * as the generated {@link Problem}.
 */
abstract class GeneratedClientJourneyContract {
  @Value("${local.server.port}")
  int port;

  @Test
  void theWholeJourneyWithTheGeneratedClient() throws Exception {
    ApiClient anonymous = client();
    AccountApi accounts = new AccountApi(anonymous);
    String email = "generated-client-" + UUID.randomUUID() + "@example.org";
    String password = "lifting heavy things slowly";
    SignUpRequest signUp = new SignUpRequest().email(email).password(password);
    assertThat(accounts.signUp(signUp).getEmail()).isEqualTo(email);
    Problem taken = problem(anonymous, () -> accounts.signUp(signUp), 409);
    assertThat(taken.getField()).isEqualTo("email");

    TokenCreated token =
        accounts.createToken(
            new TokenRequest()
                .email(email)
                .password(password)
                .name("generated client")
                // The generated model sends an empty list for unset scopes, which is refused.
                .scopes(List.of("read", "write", "import")));
    assertThat(token.getScopes()).containsExactly("read", "write", "import");
    assertThat(token.getExpiresAt()).isNotNull();
    ApiClient lifter = client();
    lifter.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token.getToken()));

    Path hevy =
        ExportFiles.realExports() != null
            ? ExportFiles.realExport("hevy-1.csv")
            : ExportFiles.fixturePath("hevy-weeks.csv");
    ImportApi imports = new ImportApi(lifter);
    ImportView summary = imports.createImport(null, null, null, hevy.toFile());
    assertThat(summary.getFormat()).isEqualTo("hevy");
    int workoutsAdded = summary.getWorkoutsAdded();
    assertThat(workoutsAdded).isPositive();
    assertThat(imports.createImport(null, null, null, hevy.toFile()).getWorkoutsAdded()).isZero();

    WorkoutApi workouts = new WorkoutApi(lifter);
    WorkoutView logged =
        workouts.createWorkout(
            new WorkoutRequest()
                .date(TestClock.TODAY.toString())
                .name("Pull day")
                .sets(
                    List.of(
                        new SetRequest()
                            .exercise("Deadlift (Barbell)")
                            .weightKg(140.0)
                            .reps(5.0)
                            .rpe(8.0)
                            .setType("WORKING")
                            .note("felt fine"))));
    assertThat(logged.getId()).isPositive();
    assertThat(workouts.getWorkout(logged.getId()).getName()).isEqualTo("Pull day");
    Problem invalid =
        problem(lifter, () -> workouts.createWorkout(new WorkoutRequest().date("yesterday")), 400);
    assertThat(invalid.getField()).isEqualTo("date");
    problem(lifter, () -> workouts.getWorkout(987654321L), 404);

    CheckInApi checkIns = new CheckInApi(lifter);
    CheckInJson first = checkIns.createCheckIn(Map.of("painNow", 4, "onset", "NEXT_DAY"));
    CheckInJson second = checkIns.createCheckIn(Map.of("painNow", 2, "onset", "NEXT_DAY"));
    assertThat(second.getEpisodeId()).isEqualTo(first.getEpisodeId());
    assertThat(((Number) second.getEffectiveInput().get("painPeak")).intValue()).isEqualTo(4);
    assertThat(second.getDisposition()).isNotNull();
    assertThat(second.getSafetyNet()).isNotBlank();
    assertThat(checkIns.listCheckIn()).hasSize(2);

    Analysis analytics = new AnalyticsApi(lifter).analytics();
    assertThat(analytics.getSummary().getWorkouts()).isEqualTo(workoutsAdded + 1);
    assertThat(analytics.getDays()).isNotEmpty();

    ExportApi export = new ExportApi(lifter);
    assertThat(export.json().toString())
        .contains("Pull day")
        .contains(email)
        .doesNotContain(password)
        .doesNotContain("pbkdf2");
    File csv = export.csv();
    assertThat(Files.readString(csv.toPath(), StandardCharsets.UTF_8))
        .startsWith("Date,Workout,Workout Name,Exercise")
        .contains("felt fine");
    Files.deleteIfExists(csv.toPath());

    // A token cannot delete the account; a signed-in session with the password can.
    Problem refused =
        problem(
            lifter,
            () -> new AccountApi(lifter).deleteByApi(new PasswordConfirmation().password(password)),
            403);
    assertThat(refused.getDetail()).contains("password");
    var web = new dev.backload.app.support.WebSession(port);
    web.login(email, password);
    web.get("/account");
    assertThat(
            web.sendJson("DELETE", "/api/v1/account", "{\"password\":\"" + password + "\"}")
                .statusCode())
        .isEqualTo(204);
    Problem gone = problem(lifter, () -> workouts.listWorkout(null, null), 401);
    assertThat(gone.getStatus()).isEqualTo(401);
  }

  private ApiClient client() {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + port);
    return client;
  }

  private interface Call {
    void run() throws ApiException;
  }

  /** The call fails with the status, and its body is a problem detail the client can read. */
  private static Problem problem(ApiClient client, Call call, int status) throws Exception {
    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> {
              call.run();
            });
    assertThat(e).as("an ApiException with %s", status).isNotNull();
    assertThat(e.getCode()).isEqualTo(status);
    assertThat(e.getResponseHeaders().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
    assertThat(problem.getStatus()).isEqualTo(status);
    assertThat(problem.getDetail()).isNotBlank();
    return problem;
  }
}

@OnH2
class GeneratedClientJourneyH2Test extends GeneratedClientJourneyContract {}

@OnPostgres
class GeneratedClientJourneyPostgresTest extends GeneratedClientJourneyContract {}
