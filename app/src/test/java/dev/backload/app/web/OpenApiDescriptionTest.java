package dev.backload.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import dev.backload.app.support.OnH2;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The API description, {@code /v3/api-docs}, read as a client author would read it.
 *
 * <p>A copy of it is committed as {@code docs/openapi.json}: the build generates the Java client of
 * {@code GeneratedClientJourneyContract} from that file (openapi-generator, before the tests are
 * compiled), so it must be what the app serves. When the API changes this test fails; refresh the
 * copy with
 *
 * <pre>
 * ./mvnw -pl app -am test -Dtest=OpenApiDescriptionTest -Dsurefire.failIfNoSpecifiedTests=false -Dbackload.openapi.refresh=true
 * </pre>
 *
 * and commit it with the change.
 *
 * <p>The description is then parsed by swagger-parser, which is not springdoc, and must give no
 * message; every operation must document the error answers it can give, and what it says about
 * credentials must be what the security configuration does.
 */
@OnH2
class OpenApiDescriptionTest {
  static final Path COMMITTED = Path.of("..", "docs", "openapi.json");
  static final String REFRESH = "backload.openapi.refresh";
  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  /** The answers only some operations give, read off their controllers. */
  private static final Map<String, Set<String>> SPECIFIC =
      Map.of(
          "POST /api/v1/accounts", Set.of("409"),
          "POST /api/v1/tokens", Set.of("401", "403", "429"),
          "DELETE /api/v1/account", Set.of("429"),
          "DELETE /api/v1/tokens/{id}", Set.of("429"),
          "POST /api/v1/imports", Set.of("409", "413", "422"),
          "POST /api/v1/plan/workout", Set.of("409"),
          "POST /api/v1/monitoring", Set.of("404", "422"),
          "GET /api/v1/screen", Set.of("404"));

  /** What a client may call without credentials (SecurityConfig). */
  private static final Set<String> ANONYMOUS =
      Set.of("POST /api/v1/triage", "POST /api/v1/accounts", "POST /api/v1/tokens");

  @Value("${local.server.port}")
  int port;

  @Test
  void theCommittedDescriptionIsTheServedOne() throws IOException {
    String served = served();
    if (Boolean.getBoolean(REFRESH)) {
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(COMMITTED)).as("%s exists", COMMITTED.toAbsolutePath()).isTrue();
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertThat(committed)
        .as(
            "docs/openapi.json is not what /v3/api-docs serves; after checking the difference,"
                + " refresh it with ./mvnw -pl app -am test -Dtest=OpenApiDescriptionTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D%s=true and commit it",
            REFRESH)
        .isEqualTo(served);
  }

  @Test
  void anIndependentParserFindsNoError() {
    SwaggerParseResult result = parse();
    assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(result.getOpenAPI().getComponents().getSecuritySchemes().get("bearerToken"))
        .satisfies(
            s -> {
              assertThat(s.getType().toString()).isEqualTo("http");
              assertThat(s.getScheme()).isEqualTo("bearer");
            });
    assertThat(result.getOpenAPI().getSecurity())
        .singleElement()
        .satisfies(r -> assertThat(r).containsOnlyKeys("bearerToken"));
  }

  @Test
  void everyOperationDocumentsItsErrorAnswers() {
    OpenAPI api = parse().getOpenAPI();
    List<String> missing = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    forEachOperation(
        api,
        (name, operation) -> {
          seen.add(name);
          boolean anonymous = operation.getSecurity() != null && operation.getSecurity().isEmpty();
          boolean hasInput =
              operation.getRequestBody() != null
                  || (operation.getParameters() != null && !operation.getParameters().isEmpty());
          Set<String> expected = new java.util.TreeSet<>(SPECIFIC.getOrDefault(name, Set.of()));
          if (hasInput) {
            expected.add("400");
          }
          if (!anonymous) {
            // 403 also for a GET: a token without the read scope.
            expected.add("401");
            expected.add("403");
          }
          if (name.contains("{")) {
            expected.add("404");
          }
          Map<String, ApiResponse> responses = operation.getResponses();
          for (String code : expected) {
            if (responses == null || !responses.containsKey(code)) {
              missing.add(name + " does not document " + code);
            }
          }
          if (responses == null) {
            return;
          }
          responses.forEach(
              (code, response) -> {
                if (code.startsWith("4")) {
                  MediaType problem =
                      response.getContent() == null
                          ? null
                          : response.getContent().get("application/problem+json");
                  if (problem == null
                      || problem.getSchema() == null
                      || !PROBLEM_REF.equals(problem.getSchema().get$ref())) {
                    missing.add(name + " " + code + " is not a problem+json Problem");
                  }
                }
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                  missing.add(name + " " + code + " has no description");
                }
              });
        });
    assertThat(missing).isEmpty();
    assertThat(seen).containsAll(SPECIFIC.keySet()).containsAll(ANONYMOUS).hasSizeGreaterThan(25);
  }

  /**
   * Every operation is called without credentials and without a body: an operation that needs
   * credentials is refused before anything else (401, or 403 for a change without a CSRF token),
   * one marked {@code security: []} gets as far as reading its input.
   */
  @Test
  void theDescribedSecurityIsTheEnforcedOne() {
    OpenAPI api = parse().getOpenAPI();
    Http http = new Http(port);
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        api,
        (name, operation) -> {
          String method = name.substring(0, name.indexOf(' '));
          String path = name.substring(name.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
          var response =
              http.send(
                  http.request(path)
                      .method(method, HttpRequest.BodyPublishers.noBody())
                      .header("Content-Type", "application/json")
                      .build());
          boolean anonymous = operation.getSecurity() != null && operation.getSecurity().isEmpty();
          assertThat(ANONYMOUS.contains(name)).as("%s security: []", name).isEqualTo(anonymous);
          int status = response.statusCode();
          boolean refused = status == 401 || status == 403;
          if (anonymous == refused) {
            wrong.add(name + " answered " + status + " without credentials");
          } else if (refused
              && !response
                  .headers()
                  .firstValue("Content-Type")
                  .orElse("")
                  .startsWith("application/problem+json")) {
            wrong.add(name + " answered " + status + " without a problem detail");
          }
        });
    assertThat(wrong).isEmpty();
  }

  /** Reading or deleting an id that is not the caller's is a 404 problem, as documented. */
  @Test
  void anUnknownIdIsANotFoundProblem() {
    OpenAPI api = parse().getOpenAPI();
    LifterSession session = LifterSession.signUp(port);
    Http lifter = session.api();
    session.get("/account");
    List<String> wrong = new ArrayList<>();
    forEachOperation(
        api,
        (name, operation) -> {
          if (!name.contains("{") || !(name.startsWith("GET ") || name.startsWith("DELETE "))) {
            return;
          }
          String method = name.substring(0, name.indexOf(' '));
          String path = name.substring(name.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "987654321");
          // Revoking a token is an account-level action: a session with the password, no token.
          var response =
              name.equals("DELETE /api/v1/tokens/{id}")
                  ? session
                      .web()
                      .sendJson(method, path, "{\"password\":\"" + session.password() + "\"}")
                  : lifter.send(
                      lifter
                          .request(path)
                          .method(method, HttpRequest.BodyPublishers.noBody())
                          .build());
          String type = response.headers().firstValue("Content-Type").orElse("");
          if (response.statusCode() != 404 || !type.startsWith("application/problem+json")) {
            wrong.add(name + " answered " + response.statusCode() + " " + type);
          }
        });
    assertThat(wrong).isEmpty();
  }

  private String served() {
    var response = new Http(port).get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    String body = response.body();
    return body.endsWith("\n") ? body : body + "\n";
  }

  private SwaggerParseResult parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(served(), null, options);
    if (result.getOpenAPI() == null) {
      fail("swagger-parser could not read the description: " + result.getMessages());
    }
    return result;
  }

  private static void forEachOperation(OpenAPI api, BiConsumer<String, Operation> action) {
    api.getPaths()
        .forEach(
            (path, item) -> {
              Map<HttpMethod, Operation> operations = item.readOperationsMap();
              operations.forEach(
                  (method, operation) -> action.accept(method + " " + path, operation));
            });
  }
}
