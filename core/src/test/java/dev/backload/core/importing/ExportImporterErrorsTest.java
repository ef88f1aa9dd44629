package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static dev.backload.core.importing.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problems: where they are reported (line and column), and what skipping bad rows does. */
class ExportImporterErrorsTest {

  private static final String CLASSIC =
      "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
          + "Workout Notes,RPE\n";
  private static final String GOOD =
      "2021-07-10 09:15:42,\"Lower\",1h,\"Deadlift (Barbell)\",1,225.0,5.0,0,0.0,,,8\n";

  private static ImportException failure(String csv, ImportOptions options) {
    return catchThrowableOfType(ImportException.class, () -> text(csv, options));
  }

  private static ImportException failure(String csv) {
    return failure(csv, defaults());
  }

  @Test
  void anUnknownHeaderListsTheSupportedFormatsAndVariants() {
    ImportException e = failure("when,what,how much\n2021-01-01,Deadlift,100\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isNull();
    assertThat(e.getMessage())
        .startsWith("line 1: the header is not that of a known export: \"when,what,how much\"")
        .contains("Strong (S-2016, S-2017, S-classic, S-classic-10, S-classic-de, S-units, S-new)")
        .contains("Hevy (hevy-kg, hevy-lbs, hevy-kg-resaved, hevy-lbs-resaved)")
        .contains("FitNotes (fitnotes-old, fitnotes-old-comment, fitnotes-unit)");
  }

  @Test
  void aHeaderThatIsMalformedCsvIsAnUnknownHeader() {
    // split at ';' (tried too) this has a ',' after a closing quote; found by fuzzing
    ImportException e = failure("\"title\",\"start_time\"x\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("the header is not that of a known export");
  }

  @Test
  void anEmptyFileIsReportedOnLine1() {
    ImportException e = failure("");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).contains("the file is empty").contains("S-classic");
  }

  @Test
  void aHeaderOnlyFileImportsNothing() throws Exception {
    ImportResult r = text(CLASSIC, defaults());
    assertThat(r.sets()).isEmpty();
    assertThat(r.rowsRead()).isZero();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Reps|8.5|line 3, column \"Reps\": \"8.5\" is not a whole number",
        "Reps|-2|line 3, column \"Reps\": \"-2\" is negative",
        "Reps|ten|line 3, column \"Reps\": \"ten\" is not a number",
        "RPE|11|line 3, column \"RPE\": \"11\" is outside 1..10",
        "RPE|0.5|line 3, column \"RPE\": \"0.5\" is outside 1..10",
        "RPE|NaN|line 3, column \"RPE\": \"NaN\" is not a number",
        "Weight|-5|line 3, column \"Weight\": \"-5\" is negative",
        "Weight|1e999|line 3, column \"Weight\": \"1e999\" is not a number",
        "Weight|0x10|line 3, column \"Weight\": \"0x10\" is not a number",
        "Weight|Infinity|line 3, column \"Weight\": \"Infinity\" is not a number",
        "Date|2021-13-01 10:00:00|line 3, column \"Date\": \"2021-13-01 10:00:00\" is not a date"
            + " like \"2021-12-04 01:33:57\"",
        "Date|2021-02-29 10:00:00|line 3, column \"Date\": \"2021-02-29 10:00:00\" is not a date"
            + " like \"2021-12-04 01:33:57\"",
        "Set Order|X|line 3, column \"Set Order\": \"X\" is not a set order (a number, W,"
            + " WARM_UP, D, DROP, DROP_SET, F, FAILURE, Rest Timer, Ruhezeit or Note)",
        "Exercise Name|' '|line 3, column \"Exercise Name\": the exercise name is empty",
      })
  void aBadValueNamesItsLineAndColumn(String column, String value, String message) {
    String row =
        switch (column) {
          case "Reps" -> GOOD.replace(",5.0,", "," + value + ",");
          case "RPE" -> GOOD.replace(",,,8\n", ",,," + value + "\n");
          case "Weight" -> GOOD.replace(",225.0,", "," + value + ",");
          case "Date" -> GOOD.replace("2021-07-10 09:15:42", value);
          case "Set Order" -> GOOD.replace("\",1,", "\"," + value + ",");
          case "Exercise Name" -> GOOD.replace("\"Deadlift (Barbell)\"", "\"" + value + "\"");
          default -> throw new IllegalArgumentException(column);
        };
    ImportException e = failure(CLASSIC + GOOD + row + GOOD);
    assertThat(e).hasMessage(message);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(column);
  }

  @Test
  void anUnknownHevyDateFailsLoudlyNamingTheLine() throws Exception {
    String csv =
        Files.readString(Fixtures.path("hevy-kg.csv"))
            .replace("\"1 May 2025, 23:05\"", "\"2025-05-01T23:05\"");
    ImportException e = failure(csv);
    assertThat(e.line()).isEqualTo(12);
    assertThat(e.column()).isEqualTo("start_time");
    assertThat(e.getMessage())
        .isEqualTo(
            "line 12, column \"start_time\": \"2025-05-01T23:05\" is not a date like"
                + " \"7 Apr 2026, 10:14\" or \"Jun 11, 2026, 1:01 PM\"");
  }

  @Test
  void lineNumbersCountTheLinesInsideQuotedFields() throws Exception {
    // hevy-kg.csv: the Dead Hang record spans lines 5 to 7; the dropset row is on line 9
    String csv =
        Files.readString(Fixtures.path("hevy-kg.csv"))
            .replace("\"dropset\",18.14,10,", "\"dropset\",18.14,10.5,");
    ImportException e = failure(csv);
    assertThat(e.line()).isEqualTo(9);
    assertThat(e.column()).isEqualTo("reps");
  }

  @Test
  void lineNumbersWithCrlfAndBlankLines() throws Exception {
    String csv =
        Files.readString(Fixtures.path("strong-s2016.csv"))
            .replace("\"Run\",\"Running\",0,0,0,", "\"Run\",\"Running\",0,0,0.5,")
            .replace("\r\n2016-10-05", "\r\n\r\n2016-10-05"); // a blank line 5
    ImportException e = failure(csv);
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.column()).isEqualTo("Reps");
  }

  @Test
  void aWrongNumberOfFieldsNamesTheFirstMissingColumn() {
    String shortRow = "2021-07-10 09:15:42,\"Lower\",1h,\"Deadlift (Barbell)\",1,225.0,5.0,0,0.0\n";
    ImportException e = failure(CLASSIC + shortRow);
    assertThat(e)
        .hasMessage("line 2, column \"Notes\": missing (the row has 9 fields, the header has 12)");

    ImportException extra = failure(CLASSIC + GOOD.replace("\n", ",x\n"));
    assertThat(extra).hasMessage("line 2: the row has 13 fields, the header has 12");
    assertThat(extra.column()).isNull();
  }

  @Test
  void skipBadRowsListsEverySkippedRowAndImportsTheRest() throws Exception {
    String csv =
        CLASSIC
            + GOOD
            + GOOD.replace(",5.0,", ",8.5,")
            + GOOD
            + GOOD.replace(",225.0,", ",heavy,")
            + "2021-07-10 09:15:42,\"Lower\",1h\n"
            + GOOD.replace(",,,8\n", ",,,12\n");
    ImportResult r = text(csv, defaults().withUnit(WeightUnit.LB).withSkipBadRows(true));
    assertThat(r.sets()).hasSize(2);
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.skippedRows())
        .containsExactly(
            new RowProblem(3, "Reps", "\"8.5\" is not a whole number"),
            new RowProblem(5, "Weight", "\"heavy\" is not a number"),
            new RowProblem(6, "Exercise Name", "missing (the row has 3 fields, the header has 12)"),
            new RowProblem(7, "RPE", "\"12\" is outside 1..10"));
    assertThat(r.skippedRows().get(0).describe())
        .isEqualTo("line 3, column \"Reps\": \"8.5\" is not a whole number");
  }

  @Test
  void aFailedImportReturnsNothing() {
    StringBuilder csv = new StringBuilder(CLASSIC);
    for (int i = 0; i < 100; i++) {
      csv.append(GOOD);
    }
    csv.append(GOOD.replace(",5.0,", ",5.5,"));
    List<Long> progress = new ArrayList<>();
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () ->
                ExportImporter.read(
                    new java.io.StringReader(csv.toString()), defaults(), progress::add));
    assertThat(e.line()).isEqualTo(102);
    assertThat(progress).isEmpty(); // not even the final count: there is no result
  }

  @Test
  void aFormatOtherThanTheExpectedOneIsAnError() throws Exception {
    String csv = Files.readString(Fixtures.path("strong-new.csv"));
    ImportException e = failure(csv, defaults().withFormat(ExportFormat.HEVY));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e)
        .hasMessage(
            "line 1: expected a Hevy export, but the header is that of a Strong export (S-new)");
    assertThat(text(csv, defaults().withFormat(ExportFormat.STRONG)).sets()).hasSize(5);
  }

  @Test
  void aWeightWithoutItsUnitNeedsTheUsersUnit() throws Exception {
    String csv =
        Files.readString(Fixtures.path("strong-units.csv")).replace(";21;kg;9;", ";21;;9;");
    ImportException e = failure(csv);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo("Weight Unit");
    assertThat(e.getMessage()).contains("21.0 needs a unit");

    ImportResult r = text(csv, defaults().withUnit(WeightUnit.LB));
    assertThat(r.sets().get(2).weightKg())
        .isEqualTo(21 * dev.backload.core.log.TrainingSet.KG_PER_LB);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
  }

  @Test
  void anUnknownUnitOrSetTypeIsAProblem() throws Exception {
    String units =
        Files.readString(Fixtures.path("fitnotes-unit.csv")).replace("180.0,lbs", "180.0,stone");
    assertThat(failure(units))
        .hasMessage("line 3, column \"Weight Unit\": \"stone\" is not a weight unit (kg or lbs)");

    String hevy =
        Files.readString(Fixtures.path("hevy-lbs.csv"))
            .replace("\"normal\",315", "\"superset\",315");
    assertThat(failure(hevy))
        .hasMessage(
            "line 2, column \"set_type\": \"superset\" is not a set type (normal, warmup, dropset"
                + " or failure)");
  }

  @Test
  void malformedCsvFailsWithTheLine() {
    ImportException e = failure(CLASSIC + GOOD + GOOD.replace("\"Lower\",", "\"Lower\"x,"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage()).startsWith("line 3: the file is not well-formed CSV: ");
  }

  @Test
  void aFileThatIsNotUtf8IsReported(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.csv");
    Files.write(
        file, (CLASSIC + GOOD.replace("Lower", "Übungen")).getBytes(StandardCharsets.ISO_8859_1));
    ImportException e =
        catchThrowableOfType(ImportException.class, () -> ExportImporter.read(file, defaults()));
    assertThat(e.getMessage()).contains("not UTF-8");
  }

  @Test
  void describeFormatsTheProblem() {
    assertThat(new RowProblem(12, "Reps", "\"8.5\" is not a whole number").describe())
        .isEqualTo("line 12, column \"Reps\": \"8.5\" is not a whole number");
    assertThat(new ImportException(12, null, "x").getMessage()).isEqualTo("line 12: x");
  }
}
