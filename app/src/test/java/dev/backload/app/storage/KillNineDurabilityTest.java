package dev.backload.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means the data is on disk: the app runs in its own JVM on the embedded H2 file database
 * exactly as {@code backload serve} configures it, acknowledges writes, and is killed with SIGKILL
 * at once. After a restart on the same data directory every acknowledged write is there.
 */
class KillNineDurabilityTest {
  private static final int WRITES = 20;

  @Test
  void acknowledgedWritesSurviveKillNine(@TempDir Path dataDir) throws Exception {
    int port = freePort();
    Process app = start(dataDir, port);
    List<String> acknowledged = new ArrayList<>();
    try {
      Http http = new Http(port);
      awaitHealthy(http, app);
      for (int i = 0; i < WRITES; i++) {
        String email = "durable-" + i + "-" + UUID.randomUUID() + "@example.org";
        var response =
            http.postJson(
                "/api/v1/accounts",
                "{\"email\":\"" + email + "\",\"password\":\"a sturdy passphrase\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        acknowledged.add(email);
      }
    } finally {
      app.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the database
      app.waitFor();
    }

    Process again = start(dataDir, port);
    try {
      Http http = new Http(port);
      awaitHealthy(http, again);
      for (String email : acknowledged) {
        var token =
            http.postJson(
                "/api/v1/tokens",
                "{\"email\":\"" + email + "\",\"password\":\"a sturdy passphrase\",\"name\":\"x\"}");
        assertThat(token.statusCode()).as("account %s after kill -9", email).isEqualTo(201);
      }
    } finally {
      again.destroy();
      again.waitFor();
    }
  }

  private static Process start(Path dataDir, int port) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dataDir.resolve("app-" + Instant.now().toEpochMilli() + ".log");
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.backload.app.BackloadApplication",
            "--server.port=" + port,
            "--backload.data-dir=" + dataDir.toAbsolutePath(),
            "--logging.file.name=" + log)
        .redirectErrorStream(true)
        .redirectOutput(dataDir.resolve("stdout.log").toFile())
        .start();
  }

  private static void awaitHealthy(Http http, Process app) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the app exited with status " + app.exitValue());
      }
      try {
        if (http.get("/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the app did not become healthy within 90 s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
