package dev.backload.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.AppProcess;
import dev.backload.app.support.Http;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 means the data is on disk: the app runs in its own JVM on the embedded H2 file database
 * exactly as {@code backload serve} configures it, acknowledges writes, and is killed with SIGKILL
 * at once. After a restart on the same data directory every acknowledged write is there. (With H2's
 * default write delay instead of {@code WRITE_DELAY=0}, this test loses the last writes.)
 */
class KillNineDurabilityTest {
  private static final int WRITES = 20;

  @Test
  void acknowledgedWritesSurviveKillNine(@TempDir Path dataDir) throws Exception {
    int port = AppProcess.freePort();
    List<String> acknowledged = new ArrayList<>();
    try (AppProcess app = AppProcess.start(dataDir, port)) {
      for (int i = 0; i < WRITES; i++) {
        String email = "durable-" + i + "-" + UUID.randomUUID() + "@example.org";
        var response =
            app.http()
                .postJson(
                    "/api/v1/accounts",
                    "{\"email\":\"" + email + "\",\"password\":\"a sturdy passphrase\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        acknowledged.add(email);
      }
      app.kill();
    }

    try (AppProcess again = AppProcess.start(dataDir, port)) {
      Http http = again.http();
      for (String email : acknowledged) {
        var token =
            http.postJson(
                "/api/v1/tokens",
                "{\"email\":\""
                    + email
                    + "\",\"password\":\"a sturdy passphrase\",\"name\":\"x\"}");
        assertThat(token.statusCode()).as("account %s after kill -9", email).isEqualTo(201);
      }
      again.stop();
    }
  }
}
