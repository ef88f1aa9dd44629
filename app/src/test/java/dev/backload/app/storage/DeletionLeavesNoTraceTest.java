package dev.backload.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.AppProcess;
import dev.backload.app.support.Http;
import dev.backload.app.support.LifterSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleting an account removes its data from the embedded database's file, not only from the tables,
 * once the app has stopped cleanly (it compacts the file then). The canary note is in the file
 * after it is logged and still there right after the deletion, so the check can fail.
 */
class DeletionLeavesNoTraceTest {

  private static boolean fileContains(Path dataDir, String canary) throws Exception {
    byte[] db = Files.readAllBytes(dataDir.resolve("backload.mv.db"));
    return new String(db, StandardCharsets.ISO_8859_1).contains(canary);
  }

  @Test
  void aDeletedAccountsNotesAreGoneFromTheFileAfterACleanStop(@TempDir Path dataDir)
      throws Exception {
    String canary = "canary-" + UUID.randomUUID();
    try (AppProcess app = AppProcess.start(dataDir, AppProcess.freePort())) {
      LifterSession session = LifterSession.signUp(app.http());
      Http lifter = session.api();
      var logged =
          lifter.postJson(
              "/api/v1/workouts",
              "{\"date\":\"2026-11-01\",\"name\":\"Pull day\",\"sets\":[{\"exercise\":\"Deadlift\","
                  + "\"weightKg\":100,\"reps\":5,\"note\":\""
                  + canary
                  + "\"}]}");
      assertThat(logged.statusCode()).isEqualTo(201);
      assertThat(fileContains(dataDir, canary)).as("the note is on disk").isTrue();

      assertThat(session.deleteAccountByApi().statusCode()).isEqualTo(204);
      assertThat(fileContains(dataDir, canary)).as("deleted rows linger until compaction").isTrue();
      app.stop();
      assertThat(app.output())
          .contains("Compacted the embedded database")
          .doesNotContain("Could not compact");
    }
    assertThat(fileContains(dataDir, canary)).as("after the clean stop").isFalse();
  }
}
