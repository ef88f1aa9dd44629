package dev.backload.app.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of {@code /v3/api-docs} that springdoc cannot read off the controllers: the bearer
 * token scheme (required by every operation unless the method says {@code @SecurityRequirements()},
 * as the anonymous ones do), the problem detail schema, and the error answers every operation can
 * give because of what it is:
 *
 * <ul>
 *   <li>400 when it takes a body or a parameter (malformed JSON, a wrong field, a path or query
 *       parameter of the wrong type);
 *   <li>401 when it needs credentials;
 *   <li>403 when it needs credentials: a token without the scope it needs (named in {@code scope}),
 *       a token on an account-level action, or, for a change, a session without its CSRF token;
 *   <li>404 when its path names a resource by id.
 * </ul>
 *
 * Answers only some operations give (409, 413, 422, 429, a 401 for a wrong password) are declared
 * with {@code @ApiResponse} on the controller method; this class gives every 4xx answer the {@code
 * application/problem+json} content. {@code OpenApiDescriptionTest} checks the result.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {
  static final String BEARER = "bearerToken";
  static final String PROBLEM = "Problem";
  static final String PROBLEM_JSON = "application/problem+json";

  @Bean
  OpenAPI backloadOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Backload API")
                .version("v1")
                .description(
                    "The lifting log, check-ins, plan and analytics of one account. Every error is"
                        + " an RFC 9457 problem detail; a problem about one input names it in"
                        + " `field`."))
        .servers(
            List.of(
                new Server()
                    .url("/")
                    .description("The Backload server that serves this description")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "A personal access token from POST /api/v1/tokens, sent as"
                                + " `Authorization: Bearer <token>`, with its scopes: `read` for"
                                + " GET, `import` for writes under /api/v1/imports, `write` for"
                                + " every other write; outside them the answer is 403 naming the"
                                + " missing `scope`. A request with an unknown, expired or revoked"
                                + " token is answered 401, whatever the operation. No token may"
                                + " delete the account or create or revoke tokens (403). The web"
                                + " pages' session cookie is accepted too; then requests that"
                                + " change something need the CSRF token as well, and deleting"
                                + " the account or revoking a token the password in the body.")))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  @Bean
  OpenApiCustomizer problemAnswers() {
    return openApi -> {
      openApi.getComponents().addSchemas(PROBLEM, problemSchema());
      List<Operation> operations = new ArrayList<>();
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach(
                          (method, operation) -> {
                            addProblems(method, operation);
                            operations.add(operation);
                          }));
      nameForClients(operations);
    };
  }

  /**
   * Names that read well in a generated client: tags after the feature ({@code workout}, not {@code
   * workout-api-controller}), and an operation name that more than one controller uses ({@code
   * list}, which springdoc would number {@code list_1}, {@code list_2}) followed by its tag ({@code
   * listWorkout}).
   */
  private static void nameForClients(List<Operation> operations) {
    Map<String, Long> uses = new HashMap<>();
    for (Operation operation : operations) {
      if (operation.getTags() != null) {
        operation.setTags(
            operation.getTags().stream()
                .map(t -> t.replaceFirst("-api-controller$", "").replaceFirst("-controller$", ""))
                .toList());
      }
      operation.setOperationId(operation.getOperationId().replaceFirst("_\\d+$", ""));
      uses.merge(operation.getOperationId(), 1L, Long::sum);
    }
    for (Operation operation : operations) {
      if (uses.get(operation.getOperationId()) > 1 && operation.getTags() != null) {
        String tag =
            Arrays.stream(operation.getTags().get(0).split("-"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
        operation.setOperationId(operation.getOperationId() + tag);
      }
    }
  }

  private static void addProblems(PathItem.HttpMethod method, Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(new ApiResponses());
    }
    ApiResponses responses = operation.getResponses();
    boolean anonymous = operation.getSecurity() != null && operation.getSecurity().isEmpty();
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean namesResource =
        operation.getParameters() != null
            && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
    boolean changes = !Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD).contains(method);
    if (hasInput) {
      responses.putIfAbsent(
          "400",
          new ApiResponse()
              .description(
                  "Invalid input: malformed JSON, a field with a wrong value (named in `field`),"
                      + " or a parameter of the wrong type"));
    }
    if (!anonymous) {
      responses.putIfAbsent(
          "401",
          new ApiResponse()
              .description(
                  "No valid credentials: no token or session, or a token unknown, expired or revoked"));
      responses.putIfAbsent(
          "403",
          new ApiResponse()
              .description(
                  changes
                      ? "Refused: a token without the scope this needs (named in `scope`), a"
                          + " token on an account-level action, or the session cookie without"
                          + " a valid CSRF token"
                      : "Refused: a token without the `read` scope"));
    }
    if (namesResource) {
      responses.putIfAbsent(
          "404", new ApiResponse().description("No such resource in the caller's account"));
    }
    if (responses.get("204") != null) {
      // No content, whatever the method's declared return type (ResponseEntity<?>) suggests.
      responses.get("204").setContent(null);
    }
    for (Map.Entry<String, ApiResponse> answer : responses.entrySet()) {
      if (answer.getKey().startsWith("4")) {
        answer
            .getValue()
            .setContent(
                new Content()
                    .addMediaType(
                        PROBLEM_JSON,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
      }
    }
  }

  /** RFC 9457's members plus Backload's own: {@code field}, {@code errors}, {@code line}. */
  private static Schema<?> problemSchema() {
    Schema<?> fieldError =
        object()
            .description("One wrong input")
            .addProperty("field", string("The input, e.g. sets[0].reps"))
            .addProperty("message", string("What is wrong with it"));
    return object()
        .description("An RFC 9457 problem detail")
        .addProperty("type", string("A URI naming the kind of problem").format("uri"))
        .addProperty("title", string("A short summary of the kind of problem"))
        .addProperty("status", integer("The HTTP status"))
        .addProperty("detail", string("What went wrong this time, in words"))
        .addProperty("instance", string("The request path").format("uri"))
        .addProperty("field", string("The input the problem is about, when it is about one"))
        .addProperty(
            "errors",
            new Schema<>()
                .type("array")
                .types(Set.of("array"))
                .description("Every wrong input, the first being `field`")
                .items(fieldError))
        .addProperty("scope", string("The token scope the request needs and the token lacks (403)"))
        .addProperty("line", integer("The line of an uploaded file that cannot be imported"))
        .addProperty("column", integer("The column of that line, when known"));
  }

  private static Schema<Object> object() {
    return new Schema<>().type("object").types(Set.of("object"));
  }

  private static Schema<Object> string(String description) {
    return new Schema<>().type("string").types(Set.of("string")).description(description);
  }

  private static Schema<Object> integer(String description) {
    return new Schema<>().type("integer").types(Set.of("integer")).description(description);
  }
}
