package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static dev.backload.core.importing.Fixtures.text;
import static dev.backload.core.log.SetType.DROP;
import static dev.backload.core.log.SetType.FAILURE;
import static dev.backload.core.log.SetType.WARMUP;
import static dev.backload.core.log.SetType.WORKING;
import static dev.backload.core.log.TrainingSet.KG_PER_LB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Backload's own CSV: what it writes, and that the importer reads back exactly the same sets. */
class BackloadCsvTest {
  private static final String HEADER =
      "Date,Workout,Workout Name,Exercise,Set Type,Weight (kg),Reps,RPE,Note\r\n";

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

  /** Writes the sets; names maps a workout key to its name. */
  private static String write(List<TrainingSet> sets, Map<String, String> names) {
    StringWriter out = new StringWriter();
    try (BackloadCsv csv = new BackloadCsv(out)) {
      for (TrainingSet s : sets) {
        csv.write(s, names.get(s.workout()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void writesTheHeaderAndOneRowPerSetWithWorkoutNumbersWithinTheDate() {
    List<TrainingSet> sets =
        List.of(
            set("2026-11-20", "17", "Deadlift (Barbell)", WARMUP, 60, 5, null, null),
            set("2026-11-20", "17", "Deadlift (Barbell)", WORKING, 225 * KG_PER_LB, 5, 8.5, "easy"),
            set("2026-11-20", "18", "Plank", WORKING, 0, 1, null, null),
            set("2026-11-21", "3", "Squat", DROP, 142.5, 3, 10.0, null));
    String csv = write(sets, Map.of("17", "Pull day", "3", "Legs"));
    assertThat(csv)
        .isEqualTo(
            HEADER
                + "2026-11-20,1,Pull day,Deadlift (Barbell),WARMUP,60,5,,\r\n"
                + "2026-11-20,1,Pull day,Deadlift (Barbell),WORKING,102.05828325,5,8.5,easy\r\n"
                + "2026-11-20,2,,Plank,WORKING,0,1,,\r\n"
                + "2026-11-21,1,Legs,Squat,DROP,142.5,3,10,\r\n");
  }

  @Test
  void theImporterDetectsTheFormatAndReadsEverySetBack() throws Exception {
    String csv =
        HEADER
            + "2026-11-20,1,Pull day,Deadlift (Barbell),WARMUP,60,5,,\r\n"
            + "2026-11-20,1,Pull day,Romanian Deadlift,working,102.05828325,5,8.5,easy\r\n"
            + "2026-11-20,2,,Plank,WORKING,0,1,,\r\n"
            + "2026-11-21,1,Legs,Squat,FAILURE,142.5,3,10,\r\n";
    ImportResult r = text(csv, defaults());
    assertThat(r.format()).isEqualTo(ExportFormat.BACKLOAD);
    assertThat(r.variant()).isEqualTo("backload");
    assertThat(r.unit()).isEqualTo(WeightUnit.KG);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    assertThat(r.sets())
        .containsExactly(
            set("2026-11-20", "2026-11-20 #1", "Deadlift (Barbell)", WARMUP, 60, 5, null, null),
            set(
                "2026-11-20",
                "2026-11-20 #1",
                "Romanian Deadlift",
                WORKING,
                102.05828325,
                5,
                8.5,
                "easy"),
            set("2026-11-20", "2026-11-20 #2", "Plank", WORKING, 0, 1, null, null),
            set("2026-11-21", "2026-11-21 #1", "Squat", FAILURE, 142.5, 3, 10.0, null));
    assertThat(r.sets().get(1).variation()).isEqualTo(HingeVariation.ROMANIAN);
    assertThat(r.sets().get(1).weightKg()).isEqualTo(225 * KG_PER_LB);
    assertThat(r.workoutNames())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("2026-11-20 #1", "Pull day", "2026-11-21 #1", "Legs"));
    assertThat(r.workoutCount()).isEqualTo(3);
  }

  @Test
  void oddTextsRoundTripExactly() throws Exception {
    List<String> texts =
        List.of(
            "Deadlift, \"conventional\"",
            "line one\nline two\r\nline three",
            "Kreuzheben 🏋️ 硬拉 — ok",
            "=HYPERLINK(\"http://example.com\",\"x\")",
            "+1 plate",
            "-5 kg from last week",
            "@sum",
            "'quoted'",
            "''",
            "'=1+1",
            "\ttab",
            "\rreturn",
            "\0nul",
            "#hashtag",
            "a;b");
    List<TrainingSet> sets = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    LocalDate day = LocalDate.parse("2025-01-01");
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      String date = day.plusDays(i).toString();
      String exercise = t.strip().isEmpty() ? "x" : t.strip();
      sets.add(set(date, date + " #1", exercise, WORKING, 100, 5, null, t.strip()));
      names.put(date + " #1", t.strip());
    }
    String csv = write(sets, names);
    ImportResult r = text(csv, defaults());
    assertThat(r.sets()).containsExactlyElementsOf(sets);
    assertThat(r.workoutNames()).isEqualTo(names);
  }

  @Test
  void formulaLikeCellsStartWithAnApostropheAndNumbersAreNotTouched() {
    String csv =
        write(
            List.of(
                set("2026-01-02", "1", "@lift", WORKING, 0.5, 0, 1.0, "=HYPERLINK(\"x\",\"y\")")),
            Map.of("1", "-minus"));
    String row = csv.substring(HEADER.length());
    assertThat(row)
        .isEqualTo(
            "2026-01-02,1,'-minus,'@lift,WORKING,0.5,0,1,\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"\r\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "\0", "'"})
  void everyDangerousFirstCharacterIsProtectedAndRestored(String first) {
    String text = first + "x";
    assertThat(BackloadCsv.protect(text)).isEqualTo("'" + text);
    assertThat(BackloadCsv.unprotect(BackloadCsv.protect(text))).isEqualTo(text);
    assertThat(BackloadCsv.protect("x" + first)).isEqualTo("x" + first);
  }

  @Test
  void numbersAreTheShortestPlainDecimals() {
    assertThat(BackloadCsv.number(140)).isEqualTo("140");
    assertThat(BackloadCsv.number(62.5)).isEqualTo("62.5");
    assertThat(BackloadCsv.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    assertThat(BackloadCsv.number(1e-7)).isEqualTo("0.0000001");
    assertThat(BackloadCsv.number(1e7)).isEqualTo("10000000");
    assertThat(BackloadCsv.number(-0.0)).isEqualTo("0");
  }

  @Test
  void randomWeightsAndRpesRoundTripBitForBit() throws Exception {
    Random random = new Random(20261120);
    List<TrainingSet> sets = new ArrayList<>();
    SetType[] types = SetType.values();
    for (int i = 0; i < 2000; i++) {
      double kg =
          switch (i % 4) {
            case 0 -> random.nextDouble() * 500;
            case 1 -> random.nextInt(1000) * KG_PER_LB;
            case 2 -> random.nextInt(400) * 1.25;
            default -> Math.scalb(random.nextDouble(), -random.nextInt(60));
          };
      Double rpe = i % 3 == 0 ? null : (2 + random.nextInt(19)) / 2.0;
      String date = LocalDate.parse("2020-01-01").plusDays(i / 7).toString();
      sets.add(
          set(
              date,
              date + " #" + (1 + (i % 7) / 4),
              "Deadlift",
              types[i % 4],
              kg,
              random.nextInt(30),
              rpe,
              null));
    }
    ImportResult r = text(write(sets, Map.of()), defaults());
    assertThat(r.sets()).containsExactlyElementsOf(sets);
  }

  @Test
  void aBadSetTypeNamesItsLineAndColumn() {
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> text(HEADER + "2026-11-20,1,,Squat,HEAVY,100,5,,\r\n", defaults()));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("Set Type");
    assertThat(e.getMessage()).contains("\"HEAVY\" is not a set type");
  }

  @Test
  void aWorkoutThatIsNotANumberIsAProblem() {
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> text(HEADER + "2026-11-20,first,,Squat,WORKING,100,5,,\r\n", defaults()));
    assertThat(e.column()).isEqualTo("Workout");
  }

  @Test
  void theFormatIsListedAmongTheSupportedOnes() {
    assertThat(ExportImporter.VARIANTS).contains("backload");
    ImportException e =
        catchThrowableOfType(ImportException.class, () -> text("a,b\n", defaults()));
    assertThat(e.getMessage()).contains("Backload (backload)");
  }
}
