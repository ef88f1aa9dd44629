package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static dev.backload.core.importing.Fixtures.read;
import static dev.backload.core.log.SetType.DROP;
import static dev.backload.core.log.SetType.FAILURE;
import static dev.backload.core.log.SetType.WARMUP;
import static dev.backload.core.log.SetType.WORKING;
import static dev.backload.core.log.TrainingSet.KG_PER_LB;
import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One hand-written fixture per header variant; every mapped value is asserted exactly. */
class ExportImporterVariantsTest {

  private static TrainingSet set(
      String date,
      String workout,
      String exercise,
      dev.backload.core.log.SetType type,
      double kg,
      int reps,
      Double rpe,
      String note) {
    return TrainingSet.of(LocalDate.parse(date), workout, exercise, type, kg, reps, rpe, note);
  }

  private static void assertMeta(
      ImportResult r, ExportFormat format, String variant, WeightUnit unit, UnitSource source) {
    assertThat(r.format()).isEqualTo(format);
    assertThat(r.variant()).isEqualTo(variant);
    assertThat(r.unit()).isEqualTo(unit);
    assertThat(r.unitSource()).isEqualTo(source);
    assertThat(r.skippedRows()).isEmpty();
  }

  @Test
  void strong2016WithCrlfZeroBasedSetOrderAndKgInTheHeader() throws Exception {
    ImportResult r = read("strong-s2016.csv", defaults());
    assertMeta(r, ExportFormat.STRONG, "S-2016", WeightUnit.KG, UnitSource.FILE);
    String legs = "2016-10-03 18:02:11 Legs A";
    assertThat(r.sets())
        .containsExactly(
            set("2016-10-03", legs, "Squat (Barbell)", WORKING, 60, 5, null, "felt heavy"),
            set("2016-10-03", legs, "Squat (Barbell)", WORKING, 62.5, 5, null, null),
            set("2016-10-03", legs, "Deadlift (Barbell)", WORKING, 100, 5, null, null),
            set("2016-10-05", "2016-10-05 07:45:00 Run", "Running", WORKING, 0, 0, null, null));
    assertThat(r.sets().get(2).variation()).isEqualTo(HingeVariation.CONVENTIONAL);
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.workoutCount()).isEqualTo(2);
  }

  @Test
  void strong2017TakesTheUsersUnit() throws Exception {
    ImportResult r = read("strong-s2017.csv", defaults().withUnit(WeightUnit.KG));
    assertMeta(r, ExportFormat.STRONG, "S-2017", WeightUnit.KG, UnitSource.USER);
    String push = "2017-05-14 10:20:00 Push";
    assertThat(r.sets())
        .containsExactly(
            set("2017-05-14", push, "Bench Press (Barbell)", WORKING, 60, 8, null, null),
            set("2017-05-14", push, "Bench Press (Barbell)", WORKING, 62.5, 6, null, null),
            set(
                "2017-05-14",
                push,
                "Romanian Deadlift (Barbell)",
                WORKING,
                80,
                10,
                null,
                "hips back"));
    assertThat(r.sets().get(2).variation()).isEqualTo(HingeVariation.ROMANIAN);

    ImportResult inPounds = read("strong-s2017.csv", defaults().withUnit(WeightUnit.LB));
    assertThat(inPounds.unitSource()).isEqualTo(UnitSource.USER);
    assertThat(inPounds.sets().get(1).weightKg()).isEqualTo(62.5 * KG_PER_LB);
  }

  @Test
  void strong2017WithoutAUnitGuessesKilograms() throws Exception {
    ImportResult r = read("strong-s2017.csv", defaults());
    assertMeta(r, ExportFormat.STRONG, "S-2017", WeightUnit.KG, UnitSource.GUESSED);
    assertThat(r.sets().get(1).weightKg()).isEqualTo(62.5);
  }

  @Test
  void strongClassicMapsMarkersSkipsRestRowsAndRoundsRpe() throws Exception {
    ImportResult r = read("strong-classic.csv", defaults().withUnit(WeightUnit.LB));
    assertMeta(r, ExportFormat.STRONG, "S-classic", WeightUnit.LB, UnitSource.USER);
    String lower = "2021-07-10 09:15:42 Lower 2 "; // the workout name is not trimmed
    String day = "2021-07-10";
    assertThat(r.sets())
        .containsExactly(
            set(day, lower, "Deadlift (Barbell)", WARMUP, 135 * KG_PER_LB, 5, null, null),
            set(day, lower, "Deadlift (Barbell)", WORKING, 225 * KG_PER_LB, 5, 8.0, null),
            set(day, lower, "Deadlift (Barbell)", FAILURE, 315 * KG_PER_LB, 3, 9.5, null),
            set(
                day,
                lower,
                "Seated Leg Curl (Machine)",
                WORKING,
                74.99999999999999 * KG_PER_LB,
                12,
                7.5, // 7.25 rounds up to the half step
                "slow eccentric, full ROM"),
            set(day, lower, "Seated Leg Curl (Machine)", DROP, 50 * KG_PER_LB, 10, null, null),
            set(day, lower, "Plank", WORKING, 0, 0, null, null),
            // the same exercise again, in a second block of the same workout
            set(day, lower, "Seated Leg Curl (Machine)", WORKING, 80 * KG_PER_LB, 10, null, null),
            set(
                "2021-07-12",
                "2021-07-12 17:00:03 Upper",
                "Sumo Deadlift (Barbell)", // trimmed
                WORKING,
                185.00000000000003 * KG_PER_LB,
                8,
                null,
                null));
    assertThat(r.sets().get(7).variation()).isEqualTo(HingeVariation.SUMO);
    assertThat(r.rowsRead()).isEqualTo(9);
    assertThat(r.nonSetRowsSkipped()).isEqualTo(1);
    assertThat(r.workoutCount()).isEqualTo(2);
  }

  @Test
  void strongClassicWithoutAUnitGuessesPoundsFromBarbellLoads() throws Exception {
    ImportResult r = read("strong-classic.csv", defaults());
    assertMeta(r, ExportFormat.STRONG, "S-classic", WeightUnit.LB, UnitSource.GUESSED);
    assertThat(r.sets().get(1).weightKg()).isEqualTo(225 * KG_PER_LB);
    assertThat(r.sets().get(5).weightKg()).isZero();
  }

  @Test
  void strongClassic10WithEmojiAndRestTimer() throws Exception {
    ImportResult r = read("strong-classic-10.csv", defaults().withUnit(WeightUnit.LB));
    assertMeta(r, ExportFormat.STRONG, "S-classic-10", WeightUnit.LB, UnitSource.USER);
    String w = "2024-03-02 08:01:10 ⚜️Aesthetic Push 2⚜️";
    String day = "2024-03-02";
    assertThat(r.sets())
        .containsExactly(
            set(day, w, "Bench Press (Barbell)", WARMUP, 45 * KG_PER_LB, 10, null, null),
            set(day, w, "Bench Press (Barbell)", WORKING, 185 * KG_PER_LB, 5, 8.5, null),
            set(day, w, "Bench Press (Barbell)", FAILURE, 185 * KG_PER_LB, 4, 10.0, null),
            set(
                day,
                w,
                "Incline Bench Press (Dumbbell)",
                WORKING,
                35.27 * KG_PER_LB,
                10,
                null,
                null));
    assertThat(r.nonSetRowsSkipped()).isEqualTo(1);
    assertThat(r.rowsRead()).isEqualTo(5);
  }

  @Test
  void strongGermanHeaderSkipsRuhezeit() throws Exception {
    ImportResult r = read("strong-classic-de.csv", defaults());
    // body weight only: nothing to guess from, kilograms by default
    assertMeta(r, ExportFormat.STRONG, "S-classic-de", WeightUnit.KG, UnitSource.GUESSED);
    String w = "2023-01-15 18:30:00 Abendtraining";
    assertThat(r.sets())
        .containsExactly(
            set("2023-01-15", w, "Klimmzug", WORKING, 0, 8, null, null),
            set("2023-01-15", w, "Klimmzug", WORKING, 0, 6, null, null),
            set("2023-01-15", w, "Liegestütz", WORKING, 0, 20, null, null));
    assertThat(r.nonSetRowsSkipped()).isEqualTo(1);
  }

  @Test
  void strongUnitsConvertsEachRowByItsUnit() throws Exception {
    ImportResult r = read("strong-units.csv", defaults().withUnit(WeightUnit.LB));
    // the file states its units: the user's unit does not apply
    assertMeta(r, ExportFormat.STRONG, "S-units", WeightUnit.KG, UnitSource.FILE);
    String w = "2022-10-07 17:50:21 Chest Tricep (Push)";
    String day = "2022-10-07";
    assertThat(r.sets())
        .containsExactly(
            set(day, w, "Cycling (Indoor)", WORKING, 0, 0, null, null),
            set(day, w, "Chest Dip (Assisted)", WORKING, 35, 12, null, null),
            set(day, w, "Chest Dip (Assisted)", WORKING, 21, 9, null, null),
            set(day, w, "Trap Bar Deadlift", WORKING, 225 * KG_PER_LB, 5, 8.0, null),
            set(day, w, "Plank", WORKING, 0, 0, null, null));
    assertThat(r.sets().get(3).variation()).isEqualTo(HingeVariation.TRAP_BAR);
  }

  @Test
  void strongNewSkipsNoteAndRestRowsAndKeysByWorkoutNumber() throws Exception {
    ImportResult r = read("strong-new.csv", defaults().withUnit(WeightUnit.LB));
    assertMeta(r, ExportFormat.STRONG, "S-new", WeightUnit.KG, UnitSource.FILE);
    assertThat(r.sets())
        .containsExactly(
            set("2022-10-07", "107", "Chest Dip (Assisted)", WORKING, 35, 12, null, null),
            set("2022-10-07", "107", "Chest Dip (Assisted)", FAILURE, 21, 9, null, null),
            set("2022-10-09", "108", "Romanian Deadlift (Barbell)", WARMUP, 40, 10, null, null),
            set("2022-10-09", "108", "Romanian Deadlift (Barbell)", WORKING, 80, 8, 8.5, null),
            set("2022-10-09", "108", "Cycling (Indoor)", WORKING, 0, 0, null, null));
    assertThat(r.rowsRead()).isEqualTo(7);
    assertThat(r.nonSetRowsSkipped()).isEqualTo(2);
    assertThat(r.workoutCount()).isEqualTo(2);
  }

  @Test
  void hevyKgWithAMultiLineNoteAndBothDateLocales() throws Exception {
    ImportResult r = read("hevy-kg.csv", defaults().withUnit(WeightUnit.LB));
    assertMeta(r, ExportFormat.HEVY, "hevy-kg", WeightUnit.KG, UnitSource.FILE);
    String w = "7 Apr 2026, 18:14 Evening workout 🏋️";
    String day = "2026-04-07";
    String rope = "Triceps Rope Pushdown";
    assertThat(r.sets())
        .containsExactly(
            set(day, w, "Deadlift (Barbell)", WARMUP, 60, 5, null, null),
            set(day, w, "Deadlift (Barbell)", WORKING, 140, 5, 8.5, null),
            set(day, w, "Deadlift (Barbell)", FAILURE, 150, 2, 10.0, null),
            set(
                day,
                w,
                "Dead Hang",
                WORKING,
                0,
                0,
                null,
                "Grip gave out first.\nTry straps \"next time\"."),
            set(day, w, rope, WORKING, 22.68, 12, null, null),
            set(day, w, rope, DROP, 18.14, 10, null, null),
            set(day, w, rope, WORKING, 22.68, 11, null, null), // set_index restarts: a 2nd block
            set(
                "2025-06-11",
                "Jun 11, 2025, 1:01 PM Day 1 – Upper Push",
                "Straight Leg Deadlift",
                WORKING,
                80,
                10,
                7.5,
                null),
            // the date is the start's: the workout ends the next day
            set(
                "2025-05-01",
                "1 May 2025, 23:05 Late",
                "Squat (Barbell)",
                WORKING,
                100,
                5,
                null,
                null));
    assertThat(r.sets().get(7).variation()).isEqualTo(HingeVariation.STIFF_LEG);
    assertThat(r.rowsRead()).isEqualTo(9);
    assertThat(r.workoutCount()).isEqualTo(3);
  }

  @Test
  void hevyLbs() throws Exception {
    ImportResult r = read("hevy-lbs.csv", defaults().withUnit(WeightUnit.KG));
    assertMeta(r, ExportFormat.HEVY, "hevy-lbs", WeightUnit.LB, UnitSource.FILE);
    String w = "Jan 5, 2026, 6:30 AM Pull";
    assertThat(r.sets())
        .containsExactly(
            set("2026-01-05", w, "Deadlift (Trap bar)", WORKING, 315 * KG_PER_LB, 5, 9.0, null),
            set("2026-01-05", w, "Deadlift (Trap bar)", WORKING, 335.5 * KG_PER_LB, 3, null, null),
            set("2026-01-05", w, "Running", WORKING, 0, 0, null, null));
    assertThat(r.sets().get(0).variation()).isEqualTo(HingeVariation.TRAP_BAR);
  }

  @Test
  void hevyResavedWithSemicolonsAndADecimalComma() throws Exception {
    ImportResult r = read("hevy-resaved.csv", defaults());
    assertMeta(r, ExportFormat.HEVY, "hevy-kg-resaved", WeightUnit.KG, UnitSource.FILE);
    String w = "28 Dec 2023, 11:11 Pecho-tríceps";
    assertThat(r.sets())
        .containsExactly(
            set("2023-12-28", w, "Bench Press (Barbell)", WORKING, 60, 8, null, null),
            set("2023-12-28", w, "Bench Press (Barbell)", WORKING, 57.5, 7, null, null),
            set("2023-12-28", w, "Chest Dip", WORKING, 0, 12, null, null));
  }

  @Test
  void fitNotesOldWithPoundsInTheHeader() throws Exception {
    ImportResult r = read("fitnotes-old.csv", defaults().withUnit(WeightUnit.KG));
    assertMeta(r, ExportFormat.FITNOTES, "fitnotes-old", WeightUnit.LB, UnitSource.FILE);
    assertThat(r.sets())
        .containsExactly(
            set("2020-03-01", "2020-03-01", "Deadlift", WORKING, 225 * KG_PER_LB, 5, null, null),
            set("2020-03-01", "2020-03-01", "Deadlift", WORKING, 245 * KG_PER_LB, 3, null, null),
            set("2020-03-01", "2020-03-01", "Running (Treadmill)", WORKING, 0, 0, null, null),
            set(
                "2020-03-03",
                "2020-03-03",
                "Flat Barbell Bench Press",
                WORKING,
                135 * KG_PER_LB,
                8,
                null,
                null));
    assertThat(r.workoutCount()).isEqualTo(2);
  }

  @Test
  void fitNotesOldWithCommentAndKgs() throws Exception {
    ImportResult r = read("fitnotes-old-comment.csv", defaults());
    assertMeta(r, ExportFormat.FITNOTES, "fitnotes-old-comment", WeightUnit.KG, UnitSource.FILE);
    assertThat(r.sets())
        .containsExactly(
            set(
                "2016-05-02",
                "2016-05-02",
                "Romanian Deadlift",
                WORKING,
                80,
                10,
                null,
                "10 on floor on knees, 5 on couch on knees"),
            set("2016-05-02", "2016-05-02", "Romanian Deadlift", WORKING, 85, 8, null, null),
            set("2016-05-04", "2016-05-04", "Plank", WORKING, 0, 0, null, null));
  }

  @Test
  void fitNotesUnitColumnPerRow() throws Exception {
    ImportResult r = read("fitnotes-unit.csv", defaults());
    // three rows in lbs, one in kgs: the file's unit is the most frequent
    assertMeta(r, ExportFormat.FITNOTES, "fitnotes-unit", WeightUnit.LB, UnitSource.FILE);
    String d = "2023-12-21";
    assertThat(r.sets())
        .containsExactly(
            set(d, d, "Flat Dumbbell Bench Press", WORKING, 200 * KG_PER_LB, 0, null, "failed"),
            set(d, d, "Flat Dumbbell Bench Press", WORKING, 180 * KG_PER_LB, 6, null, null),
            set(d, d, "Plank", WORKING, 1 * KG_PER_LB, 0, null, null),
            set(d, d, "Climbing", WORKING, 0, 0, null, null),
            set("2023-12-22", "2023-12-22", "Deadlift", WORKING, 100, 5, null, null));
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    String csv =
        "\uFEFFDate,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n"
            + "2020-03-01,Deadlift,Back,100.0,5,,,\n";
    ImportResult r = Fixtures.text(csv, defaults());
    assertThat(r.variant()).isEqualTo("fitnotes-old");
    assertThat(r.sets()).hasSize(1);
  }

  @Test
  void progressIsToldTheRowsRead() throws Exception {
    StringBuilder csv =
        new StringBuilder("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n");
    for (int i = 0; i < 25_000; i++) {
      csv.append("2020-03-01,Deadlift,Back,100.0,5,,,\n");
    }
    java.util.List<Long> told = new java.util.ArrayList<>();
    ImportResult r =
        ExportImporter.read(new java.io.StringReader(csv.toString()), defaults(), told::add);
    assertThat(r.rowsRead()).isEqualTo(25_000);
    assertThat(told).containsExactly(10_000L, 20_000L, 25_000L);
  }

  @Test
  void everyVariantIsListed() {
    assertThat(ExportImporter.VARIANTS)
        .containsExactly(
            "S-2016",
            "S-2017",
            "S-classic",
            "S-classic-10",
            "S-classic-de",
            "S-units",
            "S-new",
            "hevy-kg",
            "hevy-lbs",
            "hevy-kg-resaved",
            "hevy-lbs-resaved",
            "fitnotes-old",
            "fitnotes-old-comment",
            "fitnotes-unit",
            "backload");
  }
}
