package dev.backload.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar a user runs ({@code app/target/backload.jar}, built in the package phase), started as
 * {@code backload serve --demo} in a process of its own: it must come up healthy, serve the
 * check-in page and triage. The unit tests run on the test class path, which can hide a library
 * missing from the packaged jar; this test (run by Failsafe after packaging) does not.
 */
class PackagedAppIT {
  private static final Duration START = Duration.ofSeconds(120);
  @TempDir Path dir;

  /** Issue 13 item 10a: the OpenAPI description only, no Swagger UI files in the jar. */
  @Test
  void item10a_theJarHoldsNoSwaggerUi() throws Exception {
    Path jar = Path.of("target", "backload.jar").toAbsolutePath();
    try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
      java.util.List<String> libs =
          file.stream()
              .map(java.util.jar.JarEntry::getName)
              .filter(name -> name.startsWith("BOOT-INF/lib/"))
              .toList();
      assertThat(libs).anyMatch(name -> name.contains("springdoc-openapi-starter-webmvc-api"));
      assertThat(libs).noneMatch(name -> name.contains("swagger-ui"));
      assertThat(libs).noneMatch(name -> name.contains("springdoc-openapi-starter-webmvc-ui"));
    }
  }

  @Test
  void thePackagedJarServesTheAppWithTheDemoAccount() throws Exception {
    Path jar = Path.of("target", "backload.jar").toAbsolutePath();
    assertThat(jar).exists();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dir.resolve("app.log");
    Process app =
        new ProcessBuilder(
                java,
                "-jar",
                jar.toString(),
                "serve",
                "--demo",
                "--port",
                Integer.toString(port),
                "--data-dir",
                dir.resolve("data").toString())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + port;
      long deadline = System.nanoTime() + START.toNanos();
      String health = "";
      while (System.nanoTime() < deadline && app.isAlive() && !health.contains("UP")) {
        try {
          health = get(http, base + "/actuator/health").body();
        } catch (IOException notYet) {
          Thread.sleep(500);
        }
      }
      assertThat(health).as(() -> output(log)).contains("UP");
      assertThat(get(http, base + "/check-in").statusCode()).isEqualTo(200);
      HttpResponse<String> triage =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/triage"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString("{\"painNow\":0,\"bladderChange\":true}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(triage.statusCode()).isEqualTo(200);
      assertThat(triage.body()).contains("\"disposition\":\"EMERGENCY\"");
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  private static HttpResponse<String> get(HttpClient http, String url)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String output(Path log) {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(no output: " + e.getMessage() + ")";
    }
  }
}
