package dev.backload.app.imports;

import static dev.backload.app.support.ExportFiles.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.Http;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The import API of the lifter's-app issue, over real HTTP. */
abstract class ImportApiContract extends ImportTestSupport {
  @Value("${local.server.port}")
  int port;

  static HttpResponse<String> upload(Http lifter, String name, byte[] bytes, String... fields) {
    return lifter.postFile("/api/v1/imports", name, bytes, fields);
  }

  @ParameterizedTest
  @CsvSource({
    "strong-classic.csv, strong, S-classic, lb, true, 2024-01-08, 2024-01-15, 3, 8, Pull A",
    "strong-new.csv, strong, S-new, kg, false, 2023-05-02, 2023-05-04, 2, 4, Morning Pull",
    "hevy.csv, hevy, hevy-kg, kg, false, 2025-03-07, 2025-03-14, 3, 7, Pull day",
    "fitnotes.csv, fitnotes, fitnotes-unit, lb, false, 2022-09-12, 2022-09-14, 2, 5,"
        + " FitNotes 2022-09-12",
  })
  void eachFormatImportsWithItsSummaryAndNames(
      String file,
      String format,
      String variant,
      String unit,
      boolean guessed,
      String first,
      String last,
      int workouts,
      int sets,
      String firstName) {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    var response = upload(lifter, file, fixture(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).isPresent();
    JsonNode body = json(response);
    assertThat(body.propertyNames())
        .startsWith(
            "id",
            "format",
            "variant",
            "unit",
            "unitGuessed",
            "firstDate",
            "lastDate",
            "workoutsAdded",
            "workoutsAlreadyPresent",
            "setsAdded",
            "skippedRows");
    assertThat(body.get("format").asString()).isEqualTo(format);
    assertThat(body.get("variant").asString()).isEqualTo(variant);
    assertThat(body.get("unit").asString()).isEqualTo(unit);
    assertThat(body.get("unitGuessed").asBoolean()).isEqualTo(guessed);
    assertThat(body.get("firstDate").asString()).isEqualTo(first);
    assertThat(body.get("lastDate").asString()).isEqualTo(last);
    assertThat(body.get("workoutsAdded").asInt()).isEqualTo(workouts);
    assertThat(body.get("workoutsAlreadyPresent").asInt()).isZero();
    assertThat(body.get("setsAdded").asInt()).isEqualTo(sets);
    assertThat(body.get("skippedRows").isEmpty()).isTrue();
    assertThat(body.get("recognisedBy").asString()).isEqualTo("name");
    assertThat(body.get("missingColumns").isEmpty()).isTrue();
    assertThat(body.get("repairedRows").asInt()).isZero();
    assertThat(body.get("fileName").asString()).isEqualTo(file);
    assertThat(counts(account))
        .containsEntry("workout", (long) workouts)
        .containsEntry("training_set", (long) sets)
        .containsEntry("data_import", 1L);
    List<String> names =
        jdbc.sql("SELECT name FROM workout WHERE account_id = ? ORDER BY workout_date, id")
            .param(account)
            .query(String.class)
            .list();
    assertThat(names.get(0)).isEqualTo(firstName);
    List<String> sources =
        jdbc.sql("SELECT DISTINCT source FROM workout WHERE account_id = ?")
            .param(account)
            .query(String.class)
            .list();
    assertThat(sources).containsExactly(format);
  }

  @ParameterizedTest
  @CsvSource({
    "strong-1.csv, S-classic, lb, true, 250, 4988",
    "strong-2.csv, S-new, kg, false, 242, 4978",
    "strong-3.csv, S-units, kg, false, 242, 4978",
    "hevy-1.csv, hevy-kg, kg, false, 249, 4987",
    "hevy-2.csv, hevy-kg, kg, false, 119, 2628",
    "fitnotes-1.csv, fitnotes-unit, lb, false, 290, 3697",
  })
  void realExportsImportCompletely(
      String file, String variant, String unit, boolean guessed, int workouts, int sets)
      throws Exception {
    Path path = ExportFiles.realExport(file);
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    var response = upload(lifter, file, Files.readAllBytes(path));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json(response);
    assertThat(body.get("variant").asString()).isEqualTo(variant);
    assertThat(body.get("unit").asString()).isEqualTo(unit);
    assertThat(body.get("unitGuessed").asBoolean()).isEqualTo(guessed);
    assertThat(body.get("workoutsAdded").asInt()).isEqualTo(workouts);
    assertThat(body.get("setsAdded").asInt()).isEqualTo(sets);
    assertThat(counts(account))
        .containsEntry("workout", (long) workouts)
        .containsEntry("training_set", (long) sets);
    ImportResult direct = ExportImporter.read(path, ImportOptions.defaults());
    assertThat(body.get("firstDate").asString())
        .isEqualTo(
            direct.sets().stream()
                .map(s -> s.date())
                .min(Comparable::compareTo)
                .orElseThrow()
                .toString());
    double fileTonnage = direct.sets().stream().mapToDouble(s -> s.weightKg() * s.reps()).sum();
    double storedTonnage =
        jdbc.sql("SELECT SUM(weight_kg * reps) FROM training_set WHERE account_id = ?")
            .param(account)
            .query(Double.class)
            .single();
    assertThat(storedTonnage)
        .isCloseTo(fileTonnage, org.assertj.core.data.Offset.offset(1e-6 * fileTonnage));
  }

  @Test
  void aMultipartRequestWithoutABoundaryIsAProblemNamingTheFileNotA500() {
    Http lifter = new Http(port).signUp();
    var response =
        lifter.send(
            lifter
                .request("/api/v1/imports")
                .header("Content-Type", "multipart/form-data")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Date,Exercise\n"))
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"field\":\"file\"");
  }

  @Test
  void theSameStrongHistoryInAnotherLayoutIsPointedOut() throws Exception {
    Path s2 = ExportFiles.realExport("strong-2.csv");
    Path s3 = ExportFiles.realExport("strong-3.csv");
    Http lifter = new Http(port).signUp();
    assertThat(upload(lifter, "strong-3.csv", Files.readAllBytes(s3)).statusCode()).isEqualTo(201);
    // The workout keys differ between layouts (Workout # against date and name); the preview
    // names the likely duplicates. Here the API plan is checked through the service's plan.
    ImportResult r = ExportImporter.read(s2, ImportOptions.defaults());
    assertThat(service.plan(accountId(lifter), r).possibleDuplicates()).isEqualTo(242);
  }

  @Autowired ImportService service;

  @Test
  void importingTheSameFileTwiceAddsNothing() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    var first = upload(lifter, "hevy.csv", fixture("hevy.csv"));
    assertThat(first.statusCode()).isEqualTo(201);
    Map<String, Long> after = counts(account);

    var second = upload(lifter, "again.csv", fixture("hevy.csv"));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonNode body = json(second);
    assertThat(body.get("id").asLong()).isEqualTo(json(first).get("id").asLong());
    assertThat(body.get("workoutsAdded").asInt()).isZero();
    assertThat(body.get("workoutsAlreadyPresent").asInt()).isEqualTo(3);
    assertThat(body.get("setsAdded").asInt()).isZero();
    assertThat(counts(account)).isEqualTo(after);
  }

  @Test
  void anOverlappingFileAddsOnlyTheWorkoutsNotYetPresent() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    assertThat(upload(lifter, "hevy.csv", fixture("hevy.csv")).statusCode()).isEqualTo(201);
    var overlap = upload(lifter, "hevy-overlap.csv", fixture("hevy-overlap.csv"));
    assertThat(overlap.statusCode()).isEqualTo(201);
    JsonNode body = json(overlap);
    assertThat(body.get("workoutsAdded").asInt()).isEqualTo(1);
    assertThat(body.get("workoutsAlreadyPresent").asInt()).isEqualTo(2);
    assertThat(body.get("setsAdded").asInt()).isEqualTo(2);
    assertThat(counts(account))
        .containsEntry("workout", 4L)
        .containsEntry("training_set", 9L)
        .containsEntry("data_import", 2L);
    // and once more: nothing
    assertThat(
            json(upload(lifter, "hevy-overlap.csv", fixture("hevy-overlap.csv")))
                .get("workoutsAdded")
                .asInt())
        .isZero();
    assertThat(counts(account)).containsEntry("workout", 4L).containsEntry("data_import", 2L);
  }

  @Test
  void aBadRowFailsTheWholeImportNamingItsLineAndStoresNothing() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    assertThat(upload(lifter, "hevy.csv", fixture("hevy.csv")).statusCode()).isEqualTo(201);
    Map<String, Long> before = counts(account);

    var response =
        upload(lifter, "strong-bad-reps.csv", fixture("strong-bad-reps.csv"), "unit", "lb");
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json(response);
    assertThat(problem.get("line").asLong()).isEqualTo(5);
    assertThat(problem.get("column").asString()).isEqualTo("Reps");
    assertThat(problem.get("detail").asString()).contains("line 5").contains("8.5");
    assertThat(counts(account)).isEqualTo(before);
  }

  @Test
  void skipBadRowsImportsTheRestAndListsTheRowsLeftOut() {
    Http lifter = new Http(port).signUp();
    var response =
        upload(
            lifter,
            "strong-bad-reps.csv",
            fixture("strong-bad-reps.csv"),
            "unit",
            "lb",
            "skipBadRows",
            "true");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode body = json(response);
    assertThat(body.get("workoutsAdded").asInt()).isEqualTo(3);
    assertThat(body.get("setsAdded").asInt()).isEqualTo(4);
    assertThat(body.get("skippedRowCount").asInt()).isEqualTo(1);
    JsonNode skipped = body.get("skippedRows").get(0);
    assertThat(skipped.get("line").asLong()).isEqualTo(5);
    assertThat(skipped.get("column").asString()).isEqualTo("Reps");
    assertThat(skipped.get("message").asString()).contains("8.5");
    var again = lifter.get("/api/v1/imports/" + body.get("id").asLong());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).get("skippedRows")).isEqualTo(body.get("skippedRows"));
  }

  @Test
  void anotherPersonsImportIs404AndTheListIsYourOwn() {
    Http alice = new Http(port).signUp();
    Http bob = new Http(port).signUp();
    long id = json(upload(alice, "fitnotes.csv", fixture("fitnotes.csv"))).get("id").asLong();
    assertThat(alice.get("/api/v1/imports/" + id).statusCode()).isEqualTo(200);
    var theirs = bob.get("/api/v1/imports/" + id);
    assertThat(theirs.statusCode()).isEqualTo(404);
    assertThat(theirs.body()).doesNotContain("fitnotes");
    assertThat(bob.get("/api/v1/imports/999999999").statusCode()).isEqualTo(404);
    assertThat(json(bob.get("/api/v1/imports")).isEmpty()).isTrue();
    JsonNode list = json(alice.get("/api/v1/imports"));
    assertThat(list.size()).isEqualTo(1);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(list.get(0).get("fileName").asString()).isEqualTo("fitnotes.csv");
    // A list item is the import without its skipped rows themselves, field for field otherwise.
    JsonNode one = json(alice.get("/api/v1/imports/" + id));
    assertThat(list.get(0).has("skippedRows")).isFalse();
    assertThat(one.has("skippedRows")).isTrue();
    java.util.List<String> itemFields = new java.util.ArrayList<>();
    list.get(0).propertyNames().forEach(itemFields::add);
    java.util.List<String> oneFields = new java.util.ArrayList<>();
    one.propertyNames().forEach(oneFields::add);
    oneFields.remove("skippedRows");
    assertThat(itemFields).isEqualTo(oneFields);
    assertThat(new Http(port).get("/api/v1/imports").statusCode()).isEqualTo(401);
  }

  @Test
  void anUploadOverFiftyMegabytesIs413() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    byte[] big = new byte[50 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    var response = upload(lifter, "big.csv", big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(counts(account).get("data_import")).isZero();
    // the server is still fine
    assertThat(upload(lifter, "hevy.csv", fixture("hevy.csv")).statusCode()).isEqualTo(201);
  }

  @Test
  void nonTextUploadsAre422NamingTheProblem() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    var binary = upload(lifter, "photo.csv", png);
    assertThat(binary.statusCode()).isEqualTo(422);
    assertThat(json(binary).get("detail").asString()).contains("NUL");
    assertThat(json(binary).get("line").asLong()).isEqualTo(3); // after two line feeds

    byte[] utf16 = "\uFEFFDate,Exercise\n".getBytes(StandardCharsets.UTF_16LE);
    var wide = upload(lifter, "utf16.csv", utf16);
    assertThat(wide.statusCode()).isEqualTo(422);
    assertThat(json(wide).get("detail").asString()).contains("UTF-16");

    byte[] latin1 =
        ("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
                + "2020-03-01,Soulevé de terre,Back,100.0,5,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    var notUtf8 = upload(lifter, "latin1.csv", latin1);
    assertThat(notUtf8.statusCode()).isEqualTo(422);
    assertThat(json(notUtf8).get("detail").asString()).contains("UTF-8");

    var empty = upload(lifter, "empty.csv", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(json(empty).get("line").asLong()).isEqualTo(1);
    assertThat(counts(account).values()).containsOnly(0L);
  }

  @Test
  void choicesAreCheckedByName() {
    Http lifter = new Http(port).signUp();
    var unit = upload(lifter, "hevy.csv", fixture("hevy.csv"), "unit", "stone");
    assertThat(unit.statusCode()).isEqualTo(400);
    assertThat(json(unit).get("field").asString()).isEqualTo("unit");
    var format = upload(lifter, "hevy.csv", fixture("hevy.csv"), "format", "jefit");
    assertThat(format.statusCode()).isEqualTo(400);
    assertThat(json(format).get("field").asString()).isEqualTo("format");
    var skip = upload(lifter, "hevy.csv", fixture("hevy.csv"), "skipBadRows", "perhaps");
    assertThat(skip.statusCode()).isEqualTo(400);
    assertThat(json(skip).get("field").asString()).isEqualTo("skipBadRows");
    var mismatch = upload(lifter, "hevy.csv", fixture("hevy.csv"), "format", "strong");
    assertThat(mismatch.statusCode()).isEqualTo(422);
    assertThat(json(mismatch).get("line").asLong()).isEqualTo(1);
    var emptyFile = lifter.postFile("/api/v1/imports", "x.csv", new byte[0], "unit", "kg");
    assertThat(emptyFile.statusCode()).isEqualTo(422);
    assertThat(json(emptyFile).get("detail").asString()).contains("empty");
    assertThat(counts(accountId(lifter)).get("workout")).isZero();
  }

  /** import-formats.md section 0: how the columns were read is in the summary, stored with it. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "strong-units-localised.csv|S-units|position|Workout Duration|0|2|3",
        "fitnotes-comma-names.csv|fitnotes-unit|name|Comment|2|1|3",
      })
  void theSummarySaysHowTheColumnsWereRead(
      String file,
      String variant,
      String recognisedBy,
      String missing,
      int repaired,
      int workouts,
      int sets) {
    Http lifter = new Http(port).signUp();
    var response = upload(lifter, file, fixture(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode created = json(response);
    JsonNode stored = json(lifter.get("/api/v1/imports/" + created.get("id").asLong()));
    JsonNode listed = json(lifter.get("/api/v1/imports")).get(0);
    for (JsonNode body : List.of(created, stored, listed)) {
      assertThat(body.get("variant").asString()).isEqualTo(variant);
      assertThat(body.get("recognisedBy").asString()).isEqualTo(recognisedBy);
      assertThat(body.get("missingColumns").valueStream().map(JsonNode::asString))
          .containsExactly(missing);
      assertThat(body.get("repairedRows").asInt()).isEqualTo(repaired);
      assertThat(body.get("workoutsAdded").asInt()).isEqualTo(workouts);
      assertThat(body.get("setsAdded").asInt()).isEqualTo(sets);
    }
  }

  @Test
  void anUnknownLayoutIs422SayingWhatWasExpectedAndFound() {
    Http lifter = new Http(port).signUp();
    var response =
        upload(
            lifter,
            "log.csv",
            "day,lift,kilos\n2024-01-01,Deadlift,100\n".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = json(response);
    assertThat(problem.get("line").asInt()).isEqualTo(1);
    assertThat(problem.get("detail").asString())
        .contains("Expected the columns that name an app (Strong: Set Order and Exercise Name;")
        .contains("Found 3 columns: \"day\", \"lift\", \"kilos\"")
        .contains("known layouts: Strong (S-2016");
  }

  @Test
  void theChosenUnitAppliesToAFileThatStatesNone() {
    Http lifter = new Http(port).signUp();
    long account = accountId(lifter);
    var response =
        upload(lifter, "strong-classic.csv", fixture("strong-classic.csv"), "unit", "kg");
    JsonNode body = json(response);
    assertThat(body.get("unit").asString()).isEqualTo("kg");
    assertThat(body.get("unitGuessed").asBoolean()).isFalse();
    double heaviest =
        jdbc.sql("SELECT MAX(weight_kg) FROM training_set WHERE account_id = ?")
            .param(account)
            .query(Double.class)
            .single();
    assertThat(heaviest).isEqualTo(315.0);
  }

  @Test
  void aPathInTheFileNameIsKeptAsTextOnly() {
    Http lifter = new Http(port).signUp();
    var response = upload(lifter, "../../../tmp/backload-evil.csv", fixture("fitnotes.csv"));
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(json(response).get("fileName").asString()).isEqualTo("backload-evil.csv");
    assertThat(Path.of("/tmp/backload-evil.csv")).doesNotExist();
  }

  @Test
  void theEndpointsAreInTheOpenApiDescription() {
    var docs = new Http(port).get("/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("\"/api/v1/imports\"")
        .contains("\"/api/v1/imports/{id}\"")
        .contains("\"/api/v1/analytics\"");
  }
}

@OnH2
class ImportApiH2Test extends ImportApiContract {}

@OnPostgres
class ImportApiPostgresTest extends ImportApiContract {}
