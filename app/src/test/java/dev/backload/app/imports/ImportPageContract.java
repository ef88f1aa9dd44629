package dev.backload.app.imports;

import static dev.backload.app.support.ExportFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The import page's steps over HTTP (upload, preview, confirm, cancel), as a client with a token
 * (no CSRF token needed); the browser test covers the same with a session.
 */
abstract class ImportPageContract extends ImportTestSupport {
  @Value("${local.server.port}")
  int port;

  @Autowired UploadStore uploads;

  static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElseThrow();
  }

  static String token(String previewLocation) {
    return previewLocation.replaceAll(".*upload=([0-9a-f]+).*", "$1");
  }

  private HttpResponse<String> form(Http who, String path, String body) {
    return who.send(
        who.request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  @Test
  void uploadPreviewConfirmStoresTheWorkoutsAndDeletesTheFile() throws Exception {
    Http lifter = new Http(port).signUpWithSession();
    long account = accountId(lifter);
    var upload = lifter.postFile("/import", "fitnotes.csv", fixture("fitnotes.csv"));
    assertThat(upload.statusCode()).isEqualTo(303);
    String preview = location(upload);
    assertThat(preview).startsWith("/import/preview?upload=");
    String token = token(preview);
    UploadStore.Upload stored = uploads.find(account, token).orElseThrow();
    assertThat(stored.file().getFileName().toString()).isEqualTo(token + ".upload");
    assertThat(stored.file().getParent()).isEqualTo(uploads.directory());

    var page = lifter.get(preview);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("FitNotes")
        .contains("fitnotes-unit")
        .contains("12 Sep 2022 to 14 Sep 2022")
        .contains("2 workouts, 5 sets")
        .contains("pounds, as the file says")
        .contains("recognised by their names")
        .doesNotContain("id=\"preview-repaired\"")
        .contains("Import 2 workouts");
    assertThat(counts(account).get("workout")).isZero(); // a preview stores nothing

    var confirm = form(lifter, "/import/confirm", "upload=" + token + "&unit=&skipBadRows=false");
    assertThat(confirm.statusCode()).isEqualTo(302);
    assertThat(location(confirm)).endsWith("/import");
    assertThat(counts(account)).containsEntry("workout", 2L).containsEntry("data_import", 1L);
    assertThat(uploads.find(account, token)).isEmpty();
    assertThat(Files.exists(stored.file())).isFalse();
  }

  @Test
  void thePreviewSaysHowTheColumnsWereReadAndWhatWasRepaired() {
    Http lifter = new Http(port).signUpWithSession();
    var localised =
        lifter.get(
            location(
                lifter.postFile(
                    "/import",
                    "strong-units-localised.csv",
                    fixture("strong-units-localised.csv"))));
    assertThat(localised.body())
        .contains("S-units")
        .contains("recognised by position: the header&#39;s names are not ones Backload knows")
        .contains("no Workout Duration column (optional, not needed)");

    var split =
        lifter.get(
            location(
                lifter.postFile(
                    "/import", "fitnotes-comma-names.csv", fixture("fitnotes-comma-names.csv"))));
    assertThat(split.body())
        .contains("no Comment column (optional, not needed)")
        .containsPattern(
            "id=\"preview-repaired\"[^>]*>2 rows have an exercise name with a comma, which FitNotes"
                + " writes without quotes");
  }

  @Test
  void anotherPersonCannotPreviewConfirmOrCancelYourUpload() {
    Http alice = new Http(port).signUpWithSession();
    Http bob = new Http(port).signUpWithSession();
    long aliceId = accountId(alice);
    long bobId = accountId(bob);
    String preview = location(alice.postFile("/import", "hevy.csv", fixture("hevy.csv")));
    String token = token(preview);

    var peek = bob.get(preview);
    assertThat(peek.statusCode()).isEqualTo(302);
    assertThat(location(peek)).contains("/import?expired");
    var steal = form(bob, "/import/confirm", "upload=" + token);
    assertThat(location(steal)).contains("/import?expired");
    assertThat(counts(bobId).get("workout")).isZero();
    assertThat(counts(aliceId).get("workout")).isZero();
    form(bob, "/import/cancel", "upload=" + token);
    assertThat(uploads.find(aliceId, token)).isPresent();

    form(alice, "/import/cancel", "upload=" + token);
    assertThat(uploads.find(aliceId, token)).isEmpty();
    assertThat(location(alice.get(preview))).contains("/import?expired");
  }

  @Test
  void aScriptsUploadGetsThePreviewAddressAsText() {
    Http lifter = new Http(port).signUpWithSession();
    var response =
        lifter.send(
            lifter
                .request("/import")
                .header("X-Requested-With", "XMLHttpRequest")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "--b\r\n"
                            + "Content-Disposition: form-data; name=\"unit\"\r\n\r\n"
                            + "lb\r\n"
                            + "--b\r\n"
                            + "Content-Disposition: form-data; name=\"file\";"
                            + " filename=\"s.csv\"\r\n"
                            + "Content-Type: text/csv\r\n\r\n"
                            + new String(
                                fixture("strong-classic.csv"),
                                java.nio.charset.StandardCharsets.UTF_8)
                            + "\r\n--b--\r\n"))
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(response.body()).startsWith("/import/preview?upload=").contains("unit=lb");
    assertThat(lifter.get(response.body()).body()).contains("pounds, as you chose");
  }

  @Test
  void aGuessedUnitCanBeChangedWithoutUploadingAgain() {
    Http lifter = new Http(port).signUpWithSession();
    String preview =
        location(lifter.postFile("/import", "strong.csv", fixture("strong-classic.csv")));
    String guessed = lifter.get(preview).body();
    assertThat(guessed).contains("pounds, guessed from the weights").contains("id=\"unit-choice\"");
    String kg = lifter.get(preview + "&unit=kg").body();
    assertThat(kg).contains("kilograms, as you chose");
  }

  @Test
  void badFilesAreExplainedOnThePreviewAndNothingIsStored() {
    Http lifter = new Http(port).signUpWithSession();
    long account = accountId(lifter);
    String bad = location(lifter.postFile("/import", "bad.csv", fixture("strong-bad-reps.csv")));
    var page = lifter.get(bad);
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body())
        .contains("line 5, column &quot;Reps&quot;")
        .contains("id=\"skip-bad-rows\"")
        .doesNotContain("id=\"confirm-import\"");
    var skipped = lifter.get(bad + "&skipBadRows=true&unit=lb");
    assertThat(skipped.statusCode()).isEqualTo(200);
    assertThat(skipped.body()).contains("Rows left out (1)").contains("Import 3 workouts");

    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    var upload = lifter.postFile("/import", "<img src=x onerror=alert(1)>.png", png);
    String token = token(location(upload));
    UploadStore.Upload stored = uploads.find(account, token).orElseThrow();
    assertThat(Files.exists(stored.file())).as("a file that is not text is not kept").isFalse();
    var binary = lifter.get(location(upload));
    assertThat(binary.statusCode()).isEqualTo(422);
    assertThat(binary.body())
        .contains("NUL byte")
        .contains("&lt;img src=x onerror=alert(1)&gt;.png")
        .doesNotContain("<img src=x");
    assertThat(counts(account).values()).containsOnly(0L);
  }

  @Test
  void theImportPageListsYourImports() {
    Http lifter = new Http(port).signUpWithSession();
    lifter.postFile("/api/v1/imports", "my-hevy.csv", fixture("hevy.csv"));
    var page = lifter.get("/import");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"import-history\"")
        .contains("my-hevy.csv")
        .contains("3 workouts added");
    assertThat(new Http(port).signUpWithSession().get("/import").body())
        .doesNotContain("my-hevy.csv");
    assertThat(lifter.get("/import?tooLarge").body()).contains("larger than 50 MB");
  }

  @Test
  void anOversizeUploadOnThePageGoesBackToTheFormWithA303() {
    Http lifter = new Http(port).signUpWithSession();
    byte[] big = new byte[50 * 1024 * 1024 + 1];
    var response = lifter.postFile("/import", "big.csv", big);
    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(location(response)).endsWith("/import?tooLarge");
  }

  @Test
  void theUploadDirectoryIsPrivate() throws Exception {
    var permissions = Files.getPosixFilePermissions(uploads.directory());
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(permissions))
        .isEqualTo("rwx------");
  }
}

@OnH2
class ImportPageH2Test extends ImportPageContract {}

@OnPostgres
class ImportPagePostgresTest extends ImportPageContract {}
