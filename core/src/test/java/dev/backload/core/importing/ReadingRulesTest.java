package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static dev.backload.core.importing.Fixtures.read;
import static dev.backload.core.importing.Fixtures.text;
import static dev.backload.core.log.SetType.DROP;
import static dev.backload.core.log.SetType.FAILURE;
import static dev.backload.core.log.SetType.WARMUP;
import static dev.backload.core.log.SetType.WORKING;
import static dev.backload.core.log.TrainingSet.KG_PER_LB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reading rules of import-formats.md section 0 (version 2), one group of tests per rule, on
 * fixtures written for them in the formats' own shapes.
 */
class ReadingRulesTest {

  private static TrainingSet set(
      String date,
      String workout,
      String exercise,
      SetType type,
      double kg,
      int reps,
      Double rpe,
      String note) {
    return TrainingSet.of(LocalDate.parse(date), workout, exercise, type, kg, reps, rpe, note);
  }

  private static ImportException failure(String csv, ImportOptions options) {
    return catchThrowableOfType(ImportException.class, () -> text(csv, options));
  }

  // Rule 1: columns by name; all but the key columns optional.

  @Test
  void strongUnitsWithoutWorkoutDurationIsReadByName() throws Exception {
    ImportResult r = read("strong-units-no-duration.csv", defaults());
    assertThat(r.variant()).isEqualTo("S-units");
    assertThat(r.headerMatch()).isEqualTo(HeaderMatch.BY_NAME);
    assertThat(r.missingColumns()).containsExactly("Workout Duration");
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    String w = "2023-03-02 07:10:00 Pull A";
    String d = "2023-03-02";
    assertThat(r.sets())
        .containsExactly(
            set(d, w, "Deadlift (Barbell)", WORKING, 60, 5, null, null),
            set(d, w, "Deadlift (Barbell)", WORKING, 140, 5, 8.0, null),
            set(d, w, "Deadlift (Barbell)", WORKING, 142.5, 3, 9.0, null), // decimal comma in ;
            set(d, w, "Barbell Row", WORKING, 135 * KG_PER_LB, 8, null, "strict"),
            set("2023-03-04", "2023-03-04 18:00:00 Run", "Running", WORKING, 0, 0, null, null));
  }

  @Test
  void strongClassicWithoutDurationButWithRpeIsReadByName() throws Exception {
    ImportResult r = read("strong-classic-no-duration.csv", defaults().withUnit(WeightUnit.LB));
    assertThat(r.variant()).isEqualTo("S-classic");
    assertThat(r.headerMatch()).isEqualTo(HeaderMatch.BY_NAME);
    assertThat(r.missingColumns()).containsExactly("Duration");
    String w = "2022-05-03 17:45:10 Lower";
    String d = "2022-05-03";
    assertThat(r.sets())
        .containsExactly(
            set(d, w, "Deadlift (Barbell)", WARMUP, 135 * KG_PER_LB, 5, null, null),
            set(d, w, "Deadlift (Barbell)", WORKING, 275 * KG_PER_LB, 5, 8.0, null),
            set(d, w, "Deadlift (Barbell)", WORKING, 275 * KG_PER_LB, 5, 8.5, null),
            set(
                d,
                w,
                "Romanian Deadlift (Barbell)",
                WORKING,
                185 * KG_PER_LB,
                8,
                null,
                "hinge, not squat"));
    assertThat(r.nonSetRowsSkipped()).isEqualTo(1);
  }

  /** Each fixture with one optional column dropped: the variant it is read as and what it lacks. */
  static Stream<Arguments> droppedOptionalColumns() {
    return Stream.of(
        Arguments.of("strong-classic.csv", "Duration", "S-classic", List.of("Duration")),
        Arguments.of("strong-classic.csv", "Notes", "S-classic", List.of("Notes")),
        Arguments.of("strong-classic.csv", "RPE", "S-classic", List.of("RPE")),
        Arguments.of("strong-classic.csv", "Seconds", "S-classic", List.of("Seconds")),
        Arguments.of("strong-classic-10.csv", "Duration", "S-classic-10", List.of("Duration")),
        Arguments.of("strong-s2017.csv", "Workout Notes", "S-2017", List.of("Workout Notes")),
        Arguments.of("strong-units.csv", "Distance Unit", "S-units", List.of("Distance Unit")),
        Arguments.of("strong-units.csv", "Workout Notes", "S-units", List.of("Workout Notes")),
        Arguments.of("strong-new.csv", "Duration (sec)", "S-new", List.of("Duration (sec)")),
        Arguments.of("strong-new.csv", "Distance (meters)", "S-new", List.of("Distance (meters)")),
        Arguments.of("strong-classic-de.csv", "Dauer", "S-classic-de", List.of("Dauer")),
        Arguments.of("hevy-kg.csv", "rpe", "hevy-kg", List.of("rpe")),
        Arguments.of("hevy-kg.csv", "end_time", "hevy-kg", List.of("end_time")),
        // without superset_id a Hevy export is the re-saved layout, which lacks nothing
        Arguments.of("hevy-kg.csv", "superset_id", "hevy-kg-resaved", List.of()),
        Arguments.of("fitnotes-unit.csv", "Comment", "fitnotes-unit", List.of("Comment")),
        Arguments.of("fitnotes-unit.csv", "Time", "fitnotes-unit", List.of("Time")),
        Arguments.of(
            "fitnotes-old-comment.csv", "Distance", "fitnotes-old-comment", List.of("Distance")));
  }

  @ParameterizedTest(name = "{0} without {1}")
  @MethodSource("droppedOptionalColumns")
  void anOptionalColumnMayBeMissing(
      String fixture, String column, String variant, List<String> missing) throws Exception {
    Columns original = Columns.of(fixture);
    ImportOptions options = defaults().withUnit(WeightUnit.LB);
    ImportResult full = text(original.csv(), options);
    ImportResult r = text(original.without(column).csv(), options);
    assertThat(r.variant()).isEqualTo(variant);
    assertThat(r.headerMatch()).isEqualTo(HeaderMatch.BY_NAME);
    assertThat(r.missingColumns()).isEqualTo(missing);
    assertThat(r.sets()).isEqualTo(Columns.without(full.sets(), column));
    assertThat(r.nonSetRowsSkipped()).isEqualTo(full.nonSetRowsSkipped());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "strong-classic.csv",
    "strong-units.csv",
    "strong-new.csv",
    "hevy-kg.csv",
    "fitnotes-unit.csv",
    "fitnotes-old-comment.csv"
  })
  void columnsMayComeInAnyOrder(String fixture) throws Exception {
    Columns original = Columns.of(fixture);
    ImportResult full = text(original.csv(), defaults().withUnit(WeightUnit.LB));
    ImportResult r = text(original.reversed().csv(), defaults().withUnit(WeightUnit.LB));
    assertThat(r.variant()).isEqualTo(full.variant());
    assertThat(r.missingColumns()).isEmpty();
    assertThat(r.sets()).isEqualTo(full.sets());
    assertThat(r.workoutNames()).isEqualTo(full.workoutNames());
  }

  @Test
  void anUnknownExtraColumnIsReadPast() throws Exception {
    Columns original = Columns.of("strong-classic.csv");
    ImportResult full = text(original.csv(), defaults());
    ImportResult r = text(original.withColumn(3, "Bar Weight", "45").csv(), defaults());
    assertThat(r.variant()).isEqualTo("S-classic");
    assertThat(r.missingColumns()).isEmpty();
    assertThat(r.sets()).isEqualTo(full.sets());
  }

  @ParameterizedTest(name = "{0} without {1}")
  @CsvSource({
    "strong-classic.csv, Weight, Strong, Weight",
    "strong-classic.csv, Date, Strong, Date",
    "strong-new.csv, Reps, Strong, Reps",
    "strong-units.csv, Workout Name, Strong, Workout Name",
    "hevy-kg.csv, set_type, Hevy, set_type",
    "hevy-kg.csv, start_time, Hevy, start_time",
    "fitnotes-unit.csv, Weight, FitNotes, Weight (lbs)",
    "fitnotes-old.csv, Reps, FitNotes, Reps",
  })
  void aRequiredColumnMissingIsAnErrorNamingIt(
      String fixture, String column, String app, String named) throws Exception {
    String csv = Columns.of(fixture).without(column).csv();
    ImportException e = failure(csv, defaults());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage())
        .contains("columns of a " + app + " export, but has no " + named + " column")
        .contains("Found ")
        .contains("known layouts: Strong (S-2016");
  }

  // Rule 2: localised Strong headers by position.

  @Test
  void aSpanishClassicHeaderIsRecognisedByPosition() throws Exception {
    ImportResult r = read("strong-classic-es.csv", defaults().withUnit(WeightUnit.KG));
    assertThat(r.format()).isEqualTo(ExportFormat.STRONG);
    assertThat(r.variant()).isEqualTo("S-classic");
    assertThat(r.headerMatch()).isEqualTo(HeaderMatch.BY_POSITION);
    assertThat(r.missingColumns()).isEmpty();
    assertThat(r.unitSource()).isEqualTo(UnitSource.USER);
    String w = "2024-02-10 09:00:00 Pierna";
    String d = "2024-02-10";
    assertThat(r.sets())
        .containsExactly(
            set(d, w, "Peso muerto (Barra)", WARMUP, 60, 5, null, null),
            set(d, w, "Peso muerto (Barra)", WORKING, 120, 5, 8.0, "despacio"),
            set(d, w, "Peso muerto (Barra)", FAILURE, 130, 3, 9.5, null));
    // "Descanso" with no weight and no reps is the rest row in the file's language
    assertThat(r.nonSetRowsSkipped()).isEqualTo(1);
    assertThat(r.workoutNames()).containsEntry(w, "Pierna");
  }

  @Test
  void aFrenchNewHeaderIsRecognisedByPositionWithTheUnitOfItsWeightColumn() throws Exception {
    ImportResult r = read("strong-new-fr.csv", defaults().withUnit(WeightUnit.LB));
    assertThat(r.variant()).isEqualTo("S-new");
    assertThat(r.headerMatch()).isEqualTo(HeaderMatch.BY_POSITION);
    // "Poids (kg)": the header states kilograms, the user's pounds do not apply
    assertThat(r.unit()).isEqualTo(WeightUnit.KG);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    String d = "2024-06-01";
    String deadlift = "Soulevé de terre (Barre)";
    assertThat(r.sets())
        .containsExactly(
            set(d, "12", deadlift, WARMUP, 60, 5, null, null),
            set(d, "12", deadlift, WORKING, 140, 5, 8.0, null),
            set(d, "12", deadlift, FAILURE, 150, 2, 10.0, null));
    assertThat(r.nonSetRowsSkipped()).isEqualTo(2);
  }

  /** Known layouts with every header name replaced by one no table knows. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "strong-s2016.csv, S-2016, ''",
    "strong-s2017.csv, S-2017, ''",
    "strong-classic.csv, S-classic, ''",
    "strong-classic-10.csv, S-classic-10, ''",
    "strong-classic-de.csv, S-classic, ''",
    "strong-units.csv, S-units, ''",
    "strong-new.csv, S-new, ''",
    "strong-units-no-duration.csv, S-units, Workout Duration",
    "strong-classic-no-duration.csv, S-classic, Duration",
  })
  void everyKnownStrongLayoutIsRecognisedByPosition(String fixture, String variant, String missing)
      throws Exception {
    Columns original = Columns.of(fixture);
    ImportOptions options = defaults().withUnit(WeightUnit.KG);
    ImportResult full = text(original.csv(), options);
    ImportResult r = text(original.renamed("Spalte ").csv(), options);
    assertThat(r.headerMatch()).isEqualTo(HeaderMatch.BY_POSITION);
    assertThat(r.variant()).isEqualTo(variant);
    assertThat(r.missingColumns()).isEqualTo(missing.isEmpty() ? List.of() : List.of(missing));
    assertThat(r.sets()).isEqualTo(full.sets());
    assertThat(r.nonSetRowsSkipped()).isEqualTo(full.nonSetRowsSkipped());
  }

  @Test
  void byPositionASetOrderWordWithALoadIsAnError() throws Exception {
    String csv =
        Files.readString(Fixtures.path("strong-classic-es.csv"))
            .replace("\"Peso muerto (Barra)\",1,120", "\"Peso muerto (Barra)\",Serie,120");
    ImportException e = failure(csv, defaults());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo("Orden de la serie");
    assertThat(e.getMessage()).contains("\"Serie\" is not a set order");
  }

  @Test
  void anUnknownHeaderWhoseRowsFitNoLayoutSaysWhatWasExpectedAndFound() {
    String csv =
        "Fecha,Nombre,Ejercicio,Serie,Peso,Reps,Distancia,Segundos,Notas\n"
            + "ayer,\"Pierna\",\"Sentadilla\",1,100,5,0,0,\n";
    ImportException e = failure(csv, defaults());
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith("line 1: the header is not that of a known export: \"Fecha,Nombre,")
        .contains(
            "Expected the columns that name an app (Strong: Set Order and Exercise Name;"
                + " Hevy: exercise_title; FitNotes: Exercise and Category; Backload: Exercise and"
                + " Set Type)")
        .contains("S-2016: line 2, column 1 (Date): \"ayer\" is not a date like")
        .contains("Found 9 columns: \"Fecha\", \"Nombre\", \"Ejercicio\"")
        .contains("known layouts: Strong (S-2016, S-2017, S-classic");
  }

  @Test
  void aLocalisedHeaderWithoutRowsCannotBeMatched() {
    String header =
        Columns.of("strong-classic.csv").renamed("Kolumne ").csv().lines().findFirst().get();
    ImportException e = failure(header + "\n", defaults());
    assertThat(e.getMessage()).contains("the file has no rows to check the columns against");
  }

  @Test
  void aColumnCountNoStrongLayoutHasIsSaid() {
    ImportException e = failure("a;b;c\n1;2;3\n", defaults());
    assertThat(e.getMessage()).contains("no known Strong layout has 3 columns").contains("Found 3");
  }

  // Rule 3: set-order codes.

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "W, WARMUP",
    "w, WARMUP",
    "WARM_UP, WARMUP",
    "warm_up, WARMUP",
    "D, DROP",
    "DROP, DROP",
    "DROP_SET, DROP",
    "F, FAILURE",
    "FAILURE, FAILURE",
    "3, WORKING",
    "3.0, WORKING",
    "0, WORKING",
    "' 12 ', WORKING",
  })
  void setOrderCodes(String code, SetType type) throws Exception {
    String csv =
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
            + "2024-01-01 10:00:00,\"A\",\"Deadlift (Barbell)\",\""
            + code
            + "\",100,5\n";
    ImportResult r = text(csv, defaults().withUnit(WeightUnit.KG));
    assertThat(r.sets()).singleElement().extracting(TrainingSet::setType).isEqualTo(type);
  }

  @Test
  void theNewestLayoutsCodesAreSetTypes() throws Exception {
    ImportResult r = read("strong-new-codes.csv", defaults());
    assertThat(r.sets())
        .extracting(TrainingSet::setType)
        .containsExactly(WARMUP, WARMUP, WORKING, FAILURE, WORKING, DROP, DROP, WORKING);
    assertThat(r.nonSetRowsSkipped()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"WARMUP", "SUPERSET", "X", "3.5", "-1", "DROPSET", "F2"})
  void anyOtherSetOrderIsAnErrorNamingLineColumnAndValue(String code) throws Exception {
    String csv =
        Files.readString(Fixtures.path("strong-new-codes.csv"))
            .replace("\"FAILURE\";\"150.0\"", "\"" + code + "\";\"150.0\"");
    ImportException e = failure(csv, defaults());
    assertThat(e)
        .hasMessageStartingWith(
            "line 5, column \"Set Order\": \""
                + code
                + "\" is not a set order (a number, W,"
                + " WARM_UP, D, DROP, DROP_SET, F, FAILURE,");
    ImportResult skipped = text(csv, defaults().withSkipBadRows(true));
    assertThat(skipped.skippedRows()).extracting(RowProblem::line).containsExactly(5L);
    assertThat(skipped.sets()).hasSize(7);
  }

  // Rule 4: FitNotes names with a comma.

  @Test
  void fitNotesNamesSplitAtACommaAreJoinedBackAndCounted() throws Exception {
    ImportResult r = read("fitnotes-comma-names.csv", defaults());
    assertThat(r.variant()).isEqualTo("fitnotes-unit");
    assertThat(r.missingColumns()).containsExactly("Comment");
    assertThat(r.repairedRows()).isEqualTo(4);
    String d = "2024-04-02";
    assertThat(r.sets())
        .containsExactly(
            set(d, d, "Deadlift", WORKING, 225 * KG_PER_LB, 5, null, null),
            set(d, d, "Lateral Raise (Single Arm, Cable)", WORKING, 15 * KG_PER_LB, 12, null, null),
            set(
                d,
                d,
                "Row (Chest Supported, Neutral, Machine)",
                WORKING,
                90 * KG_PER_LB,
                10,
                null,
                null),
            set(
                d,
                d,
                "Lateral Raise (Single Arm, Cable)",
                WORKING,
                17.5 * KG_PER_LB,
                10,
                null,
                null),
            set("2024-04-03", "2024-04-03", "Bike, Stationary", WORKING, 0, 0, null, null));
  }

  @Test
  void aQuotedCommentWithACommaIsNotJoinedIntoTheName() throws Exception {
    ImportResult r = read("fitnotes-comma-names-comment.csv", defaults());
    assertThat(r.repairedRows()).isEqualTo(1);
    assertThat(r.sets())
        .containsExactly(
            set(
                "2024-04-05",
                "2024-04-05",
                "Good Morning (Barbell, Safety Bar)",
                WORKING,
                40,
                8,
                null,
                "light, felt it"),
            set("2024-04-05", "2024-04-05", "Deadlift", WORKING, 120, 5, null, null));
  }

  @Test
  void aRepairedRowThatStillDoesNotReadSaysHowItWasRead() throws Exception {
    String csv =
        Files.readString(Fixtures.path("fitnotes-comma-names.csv"))
            .replace("Cable),Shoulders,15.0", "Cable),Shoulders,heavy");
    ImportException e = failure(csv, defaults());
    assertThat(e)
        .hasMessage(
            "line 3, column \"Weight\": \"heavy\" is not a number (the row has 10 fields, the"
                + " header 9; it was read with \"Lateral Raise (Single Arm, Cable)\" as the"
                + " exercise name)");
  }

  @Test
  void fieldsTooManyInAFitNotesRowWithAQuotedNameAreAProblem() {
    String csv =
        "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
            + "2024-04-05,\"Row, Cable\",x,Back,40.0,8,,,\n";
    ImportException e = failure(csv, defaults());
    assertThat(e).hasMessage("line 2: the row has 9 fields, the header has 8");
  }

  @Test
  void otherFormatsAreNotRepaired() {
    String csv =
        "Date,Workout Name,Exercise Name,Set Order,Weight,Reps\n"
            + "2024-01-01 10:00:00,A,Row, Cable,1,100,5\n";
    ImportException e = failure(csv, defaults());
    assertThat(e).hasMessage("line 2: the row has 7 fields, the header has 6");
  }

  // Rule 5: CRLF and LF, with or without a final newline.

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "strong-units-no-duration.csv",
    "strong-classic-no-duration.csv",
    "strong-classic-es.csv",
    "strong-new-fr.csv",
    "strong-new-codes.csv",
    "fitnotes-comma-names.csv",
    "fitnotes-comma-names-comment.csv",
  })
  void lineEndingsDoNotMatter(String fixture) throws Exception {
    String csv = Files.readString(Fixtures.path(fixture));
    ImportOptions options = defaults().withUnit(WeightUnit.KG);
    ImportResult r = text(csv, options);
    String lf = csv.replace("\r\n", "\n");
    for (String variantText :
        List.of(lf, lf.replace("\n", "\r\n"), lf.strip(), lf.strip() + "\n", lf.strip() + "\r\n")) {
      ImportResult other = text(variantText, options);
      assertThat(other.sets()).isEqualTo(r.sets());
      assertThat(other.variant()).isEqualTo(r.variant());
      assertThat(other.headerMatch()).isEqualTo(r.headerMatch());
      assertThat(other.repairedRows()).isEqualTo(r.repairedRows());
    }
  }
}
