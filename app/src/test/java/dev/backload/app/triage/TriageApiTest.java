package dev.backload.app.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/triage} over real HTTP, without an account. */
@OnH2
class TriageApiTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  @Test
  void normalSorenessIsTrainWithTheSafetyNetAndFieldsInSpecOrder() {
    var response =
        new Http(port)
            .postJson(
                "/api/v1/triage",
                """
                {"painNow":3,"onset":"NEXT_DAY","quality":["DULL_ACHE"],"location":"BOTH_SIDES","movementEffect":"EASES"}
                """);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("rulebookVersion").asString()).isEqualTo("1");
    assertThat(body.get("disposition").asString()).isEqualTo("TRAIN");
    assertThat(body.get("findings")).isEmpty();
    assertThat(body.get("actions")).isNotEmpty();
    assertThat(body.get("safetyNet").asString()).isNotBlank();
    assertThat(response.body())
        .matches(
            "(?s)\\{\"rulebookVersion\".*\"disposition\".*\"findings\".*\"actions\".*\"safetyNet\".*");
  }

  @Test
  void aRedFlagIsAnEmergencyListingEveryMatchedRuleHighestFirst() {
    var response =
        new Http(port)
            .postJson(
                "/api/v1/triage",
                "{\"painNow\":4,\"saddleNumbness\":true,\"nightPain\":true,\"location\":\"ONE_SIDE\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("disposition").asString()).isEqualTo("EMERGENCY");
    assertThat(body.get("findings").valueStream().map(f -> f.get("rule").asString()))
        .containsExactly("E3", "U4", "M5");
    JsonNode first = body.get("findings").get(0);
    assertThat(first.get("level").asString()).isEqualTo("EMERGENCY");
    assertThat(first.get("reason").asString()).isNotBlank();
    assertThat(first.get("source").asString()).contains("BASS 2018");
  }

  @Test
  void anOutOfRangeValueIsAProblemNamingTheField() {
    var response = new Http(port).postJson("/api/v1/triage", "{\"painNow\":11}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("field").asString()).isEqualTo("painNow");
    assertThat(problem.get("detail").asString()).contains("painNow");
    assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("painNow");
  }

  @Test
  void anUnknownFieldIsRejectedByName() {
    var response = new Http(port).postJson("/api/v1/triage", "{\"painNow\":2,\"ownerId\":7}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("field").asString()).isEqualTo("ownerId");
  }

  @Test
  void aMissingPainNowAndANestedContextErrorAreNamed() {
    Http http = new Http(port);
    assertThat(JSON.readTree(http.postJson("/api/v1/triage", "{}").body()).get("field").asString())
        .isEqualTo("painNow");
    var nested =
        http.postJson("/api/v1/triage", "{\"painNow\":2,\"context\":{\"daysSinceLastHinge\":-1}}");
    assertThat(nested.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(nested.body()).get("field").asString())
        .isEqualTo("context.daysSinceLastHinge");
  }

  @Test
  void malformedJsonIsAProblemToo() {
    var response = new Http(port).postJson("/api/v1/triage", "{\"painNow\":");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("not valid JSON");
  }

  @Test
  void aMalformedBodyIsNamedByLineAndColumnWithoutEchoingWhatWasSent() {
    var response = new Http(port).postJson("/api/v1/triage", "{\"painNow\": canarysecrettext}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("line 1, column").doesNotContain("canarysecrettext");
  }

  @Test
  void anonymousTriageStoresNothing() {
    long before = countAllRows();
    new Http(port).postJson("/api/v1/triage", "{\"painNow\":5,\"stoppedSet\":true}");
    assertThat(countAllRows()).isEqualTo(before);
  }

  @Test
  void theOpenApiDescriptionListsTheEndpoint() {
    var response = new Http(port).get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/triage").contains("painNow");
  }

  private long countAllRows() {
    return jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single();
  }
}
