package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.TestClock;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed-in lifter with one of everything the app stores under an id (a workout with a set, a
 * check-in, an assessment, an import, a token), each carrying a unique canary text where it holds
 * text. {@link #ids()} names the ids by the path segment that precedes them in a route.
 */
final class LifterData {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final Caller caller;
  final String canary = "canary" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  final String token;
  private final Map<String, Long> ids = new LinkedHashMap<>();

  private LifterData(Caller caller, String token) {
    this.caller = caller;
    this.token = token;
  }

  static LifterData create(int port) {
    Caller caller = Caller.signUp(port);
    var token =
        caller.send(
            "POST",
            "/api/v1/tokens",
            "application/json",
            ("{\"email\":\""
                    + caller.email()
                    + "\",\"password\":\""
                    + Caller.PASSWORD
                    + "\",\"name\":\"matrix\"}")
                .getBytes(StandardCharsets.UTF_8),
            "application/json",
            false);
    JsonNode tokenBody = read(token, 201);
    LifterData data = new LifterData(caller, tokenBody.get("token").asString());
    data.ids.put("tokens", tokenBody.get("id").asLong());

    JsonNode workout =
        read(
            caller.json(
                "POST",
                "/api/v1/workouts",
                "{\"date\":\""
                    + TestClock.TODAY
                    + "\",\"name\":\""
                    + data.canary
                    + " day\",\"sets\":[{\"exercise\":\""
                    + data.canary
                    + " press\",\"weightKg\":60,\"reps\":5,\"rpe\":7,\"setType\":\"WORKING\","
                    + "\"note\":\""
                    + data.canary
                    + " note\"}]}"),
            201);
    data.ids.put("workouts", workout.get("id").asLong());
    data.ids.put("monitoring", workout.get("id").asLong());
    data.ids.put("sets", workout.get("sets").get(0).get("id").asLong());

    JsonNode checkIn =
        read(
            caller.json("POST", "/api/v1/checkins", "{\"painNow\":2,\"onset\":\"NEXT_DAY\"}"), 201);
    data.ids.put("checkins", checkIn.get("id").asLong());
    data.ids.put("check-ins", checkIn.get("id").asLong());

    JsonNode assessment =
        read(
            caller.json(
                "POST",
                "/api/v1/assessments",
                "{\"assessedBy\":\"" + data.canary + " GP\",\"outcome\":\"CLEARED_TO_TRAIN\"}"),
            201);
    data.ids.put("assessments", assessment.get("id").asLong());

    JsonNode imported =
        read(
            caller.send(
                "POST",
                "/api/v1/imports",
                "multipart/form-data; boundary=canaryboundary",
                multipart("canaryboundary", data.canary + ".csv", ExportFiles.fixture("hevy.csv")),
                "application/json",
                true),
            201);
    data.ids.put("imports", imported.get("id").asLong());
    return data;
  }

  /** The ids of this lifter's data by the path segment before them ("workouts", "sets", ...). */
  Map<String, Long> ids() {
    return ids;
  }

  /** Texts of this lifter that nobody else may ever see. */
  List<String> canaries() {
    return List.of(canary, caller.email(), token);
  }

  /** A multipart body with one file part named {@code file}. */
  static byte[] multipart(String boundary, String fileName, byte[] content) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static JsonNode read(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }
}
