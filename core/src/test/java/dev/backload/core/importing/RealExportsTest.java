package dev.backload.core.importing;

import static dev.backload.core.importing.Fixtures.defaults;
import static dev.backload.core.log.TrainingSet.KG_PER_LB;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real exports in {@code shared/data/real-exports} (see SOURCES.md there). Expected counts come
 * from SOURCES.md; spot values were read by hand from the files, their line numbers quoted.
 * Skipped, with a message, when the folder is not found next to this repository.
 */
class RealExportsTest {

  private static Path dir;

  @BeforeAll
  static void locate() {
    dir = find();
  }

  /** Walks up from the working directory looking for {@code shared/data/real-exports}. */
  static Path find() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      Path candidate = p.resolve("shared/data/real-exports");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static ImportResult read(String file, ImportOptions options) throws Exception {
    assumeTrue(dir != null, "shared/data/real-exports not found: real-export tests skipped");
    return ExportImporter.read(dir.resolve(file), options);
  }

  private static Map<SetType, Long> types(ImportResult r) {
    Map<SetType, Long> counts = new EnumMap<>(SetType.class);
    for (TrainingSet s : r.sets()) {
      counts.merge(s.setType(), 1L, Long::sum);
    }
    return counts;
  }

  private static Map<HingeVariation, Long> hinges(ImportResult r) {
    return r.sets().stream()
        .map(TrainingSet::variation)
        .filter(Objects::nonNull)
        .collect(groupingBy(v -> v, () -> new EnumMap<>(HingeVariation.class), counting()));
  }

  private static LocalDate first(ImportResult r) {
    return r.sets().stream().map(TrainingSet::date).min(Comparator.naturalOrder()).orElseThrow();
  }

  private static LocalDate last(ImportResult r) {
    return r.sets().stream().map(TrainingSet::date).max(Comparator.naturalOrder()).orElseThrow();
  }

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

  @Test
  void strong1ClassicInPounds() throws Exception {
    ImportResult r = read("strong-1.csv", defaults());
    assertThat(r.format()).isEqualTo(ExportFormat.STRONG);
    assertThat(r.variant()).isEqualTo("S-classic");
    // no unit in the file; 135/185/225/315 barbell loads give pounds away
    assertThat(r.unit()).isEqualTo(WeightUnit.LB);
    assertThat(r.unitSource()).isEqualTo(UnitSource.GUESSED);
    assertThat(r.rowsRead()).isEqualTo(4988);
    assertThat(r.sets()).hasSize(4988);
    assertThat(r.nonSetRowsSkipped()).isZero();
    assertThat(r.workoutCount()).isEqualTo(250);
    assertThat(types(r))
        .containsOnly(
            entry(SetType.WARMUP, 842L),
            entry(SetType.WORKING, 3762L),
            entry(SetType.DROP, 77L),
            entry(SetType.FAILURE, 307L));
    assertThat(first(r)).isEqualTo("2020-12-07");
    assertThat(last(r)).isEqualTo("2021-11-25");
    assertThat(r.sets()).allMatch(s -> s.rpe() == null);
    assertThat(hinges(r))
        .containsOnly(
            entry(HingeVariation.CONVENTIONAL, 280L),
            entry(HingeVariation.ROMANIAN, 88L),
            entry(HingeVariation.SUMO, 80L),
            entry(HingeVariation.STIFF_LEG, 4L));
    // every row is a set, so the set of line n is at index n - 2
    List<TrainingSet> sets = r.sets();
    // line 2: 2020-12-07 16:17:06,"Afternoon Workout",55s,"Bench Press (Barbell)",1,135.0,8.0,...
    assertThat(sets.get(0))
        .isEqualTo(
            set(
                "2020-12-07",
                "2020-12-07 16:17:06 Afternoon Workout",
                "Bench Press (Barbell)",
                SetType.WORKING,
                135 * KG_PER_LB,
                8,
                null,
                null));
    // line 150: ...,"Thursday Upper 2",11h 8m,"Running (Treadmill)",1,0,0.0,1.0,600.0,"run",,
    assertThat(sets.get(148))
        .isEqualTo(
            set(
                "2020-12-24",
                "2020-12-24 13:33:20 Thursday Upper 2",
                "Running (Treadmill)",
                SetType.WORKING,
                0,
                0,
                null,
                "run"));
    // line 575: 2021-02-16 12:37:32,"Lower 2 ",59m,"Deadlift (Barbell)",1,185.0,11.0,...
    assertThat(sets.get(573))
        .isEqualTo(
            set(
                "2021-02-16",
                "2021-02-16 12:37:32 Lower 2 ",
                "Deadlift (Barbell)",
                SetType.WORKING,
                185 * KG_PER_LB,
                11,
                null,
                null));
    assertThat(sets.get(573).variation()).isEqualTo(HingeVariation.CONVENTIONAL);
    // line 1294: 2021-05-22 15:16:30,"Legs 2",26h 29m,"Romanian Deadlift (Barbell)",1,135.0,12.0
    assertThat(sets.get(1292).variation()).isEqualTo(HingeVariation.ROMANIAN);
    assertThat(sets.get(1292).weightKg()).isEqualTo(135 * KG_PER_LB);
    // line 1918: 2021-07-07 17:05:17,"Legs 1",2h 15m,"Squat (Barbell)",F,275.0,3.0,...
    assertThat(sets.get(1916))
        .isEqualTo(
            set(
                "2021-07-07",
                "2021-07-07 17:05:17 Legs 1",
                "Squat (Barbell)",
                SetType.FAILURE,
                275 * KG_PER_LB,
                3,
                null,
                null));
    // line 1931: ...,"Leg Extension (Machine)",D,100.0,8.0,...
    assertThat(sets.get(1929).setType()).isEqualTo(SetType.DROP);
    assertThat(sets.get(1929).exercise()).isEqualTo("Leg Extension (Machine)");

    // the user's pounds give the very same sets
    ImportResult inPounds = read("strong-1.csv", defaults().withUnit(WeightUnit.LB));
    assertThat(inPounds.unitSource()).isEqualTo(UnitSource.USER);
    assertThat(inPounds.sets()).isEqualTo(r.sets());
  }

  @Test
  void strong2NewestFormat() throws Exception {
    ImportResult r = read("strong-2.csv", defaults());
    assertThat(r.variant()).isEqualTo("S-new");
    assertThat(r.unit()).isEqualTo(WeightUnit.KG);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    assertThat(r.rowsRead()).isEqualTo(4983);
    assertThat(r.nonSetRowsSkipped()).isEqualTo(5); // the Note rows, e.g. line 1627
    assertThat(r.sets()).hasSize(4978);
    assertThat(r.workoutCount()).isEqualTo(242);
    assertThat(r.sets().get(0).workout()).isEqualTo("1");
    assertThat(r.sets().get(4977).workout()).isEqualTo("242");
    assertThat(types(r)).containsOnly(entry(SetType.WORKING, 4972L), entry(SetType.FAILURE, 6L));
    assertThat(first(r)).isEqualTo("2021-12-04");
    assertThat(last(r)).isEqualTo("2023-05-12");
    assertThat(hinges(r)).containsOnly(entry(HingeVariation.CONVENTIONAL, 6L));
    // line 2: "1";"2021-12-04 01:33:57";"Workout #1";"32";"Cycling (Indoor)";"1";"";"";...
    assertThat(r.sets().get(0))
        .isEqualTo(set("2021-12-04", "1", "Cycling (Indoor)", SetType.WORKING, 0, 0, null, null));
    // one Note row (line 1627) before: the set of line n is at index n - 3
    // line 2234: "107";"2022-10-07 17:50:21";...;"Chest Dip (Assisted)";"1";"35.0";"12";...
    assertThat(r.sets().get(2231))
        .isEqualTo(
            set("2022-10-07", "107", "Chest Dip (Assisted)", SetType.WORKING, 35, 12, null, null));
    // line 2236: ...;"Chest Dip (Assisted)";"F";"21.0";"9";...
    assertThat(r.sets().get(2233))
        .isEqualTo(
            set("2022-10-07", "107", "Chest Dip (Assisted)", SetType.FAILURE, 21, 9, null, null));
  }

  @Test
  void strong3UnitsFormat() throws Exception {
    ImportResult r = read("strong-3.csv", defaults().withUnit(WeightUnit.LB));
    assertThat(r.variant()).isEqualTo("S-units");
    assertThat(r.unit()).isEqualTo(WeightUnit.KG);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    assertThat(r.rowsRead()).isEqualTo(4978);
    assertThat(r.sets()).hasSize(4978);
    assertThat(r.nonSetRowsSkipped()).isZero();
    assertThat(r.workoutCount()).isEqualTo(242);
    assertThat(types(r)).containsOnly(entry(SetType.WORKING, 4978L));
    assertThat(first(r)).isEqualTo("2021-12-04");
    assertThat(last(r)).isEqualTo("2023-05-12");
    String w = "2022-10-07 17:50:21 Chest Tricep (Push)";
    // line 2233: 2022-10-07 17:50:21;"Chest Tricep (Push)";"Chest Dip (Assisted)";1;35;kg;12;...
    assertThat(r.sets().get(2231))
        .isEqualTo(
            set("2022-10-07", w, "Chest Dip (Assisted)", SetType.WORKING, 35, 12, null, null));
    // line 2235: ...;"Chest Dip (Assisted)";3;21;kg;9;... (strong-2 writes this set as F)
    assertThat(r.sets().get(2233))
        .isEqualTo(
            set("2022-10-07", w, "Chest Dip (Assisted)", SetType.WORKING, 21, 9, null, null));
  }

  @Test
  void strong2AndStrong3GiveTheSameSets() throws Exception {
    List<TrainingSet> newest = read("strong-2.csv", defaults()).sets();
    List<TrainingSet> units = read("strong-3.csv", defaults()).sets();
    assertThat(newest).hasSameSizeAs(units);
    int failureAsNumber = 0;
    for (int i = 0; i < newest.size(); i++) {
      TrainingSet a = newest.get(i);
      TrainingSet b = units.get(i);
      String at = "set " + i;
      assertThat(a.date()).as(at).isEqualTo(b.date());
      assertThat(a.exercise()).as(at).isEqualTo(b.exercise());
      assertThat(a.variation()).as(at).isEqualTo(b.variation());
      // also the 15 rows with weight 0.0 in strong-2 and an empty weight in strong-3
      assertThat(a.weightKg()).as(at).isEqualTo(b.weightKg());
      assertThat(a.reps()).as(at).isEqualTo(b.reps());
      assertThat(a.rpe()).as(at).isEqualTo(b.rpe());
      if (a.setType() != b.setType()) {
        // the only documented difference: F in strong-2 is a plain number in strong-3
        assertThat(a.setType()).as(at).isEqualTo(SetType.FAILURE);
        assertThat(b.setType()).as(at).isEqualTo(SetType.WORKING);
        failureAsNumber++;
      }
      if (i > 0) {
        boolean newWorkout = !a.workout().equals(newest.get(i - 1).workout());
        assertThat(!b.workout().equals(units.get(i - 1).workout())).as(at).isEqualTo(newWorkout);
      }
    }
    assertThat(failureAsNumber).isEqualTo(6);
  }

  @Test
  void hevy1DayFirstDatesAndMultiLineNotes() throws Exception {
    ImportResult r = read("hevy-1.csv", defaults());
    assertThat(r.format()).isEqualTo(ExportFormat.HEVY);
    assertThat(r.variant()).isEqualTo("hevy-kg");
    assertThat(r.unit()).isEqualTo(WeightUnit.KG);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    assertThat(r.rowsRead()).isEqualTo(4987);
    assertThat(r.sets()).hasSize(4987);
    assertThat(r.workoutCount()).isEqualTo(249);
    assertThat(types(r))
        .containsOnly(
            entry(SetType.WARMUP, 886L),
            entry(SetType.DROP, 224L),
            entry(SetType.FAILURE, 26L),
            entry(SetType.WORKING, 3851L));
    assertThat(first(r)).isEqualTo("2025-03-21");
    assertThat(last(r)).isEqualTo("2026-04-07");
    assertThat(r.sets().stream().map(TrainingSet::rpe).filter(Objects::nonNull))
        .containsExactly(10.0, 10.0);
    assertThat(hinges(r))
        .containsOnly(
            entry(HingeVariation.CONVENTIONAL, 39L), entry(HingeVariation.STIFF_LEG, 30L));
    String morning = "7 Apr 2026, 10:14 Morning workout ☀️";
    // line 2: "Morning workout ☀️","7 Apr 2026, 10:14",...,"Paused Bench
    // Press",,"",0,"failure",90,7
    assertThat(r.sets().get(0))
        .isEqualTo(
            set("2026-04-07", morning, "Paused Bench Press", SetType.FAILURE, 90, 7, null, null));
    String afternoon = "28 Sep 2025, 14:32 Afternoon workout 💪";
    // lines 2729-2730: set_index 4 "dropset" 13.6 x 5, then 0 again: a second block
    assertThat(r.sets().get(2727))
        .isEqualTo(
            set(
                "2025-09-28",
                afternoon,
                "Triceps Rope Pushdown",
                SetType.DROP,
                13.6,
                5,
                null,
                null));
    assertThat(r.sets().get(2728))
        .isEqualTo(
            set(
                "2025-09-28",
                afternoon,
                "Triceps Rope Pushdown",
                SetType.WORKING,
                32,
                12,
                null,
                null));
    // lines 4061-4063: one record, "Dead Hang", a three-line exercise note, "failure", 12 s
    String may = "18 May 2025, 16:06 Morning workout ☀️";
    String note = "right arm = failure set\nleft arm = warm up set\nboth arms = normal set";
    assertThat(r.sets().get(4059))
        .isEqualTo(set("2025-05-18", may, "Dead Hang", SetType.FAILURE, 0, 0, null, note));
    assertThat(r.sets().get(4060).setType()).isEqualTo(SetType.WARMUP); // line 4064
    // line 4079, after six three-line records: "Preacher Curl (Dumbbell)",...,22.68,7
    assertThat(r.sets().get(4065))
        .isEqualTo(
            set(
                "2025-05-18",
                may,
                "Preacher Curl (Dumbbell)",
                SetType.WORKING,
                22.68,
                7,
                null,
                null));
  }

  @Test
  void hevy1LineNumbersAfterMultiLineRecords() throws Exception {
    assumeTrue(dir != null, "shared/data/real-exports not found: real-export tests skipped");
    String[] lines = Files.readString(dir.resolve("hevy-1.csv")).split("\n", -1);
    lines[4078] = lines[4078].replace(",22.68,7,", ",22.68,7.5,"); // line 4079
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> ExportImporter.read(new StringReader(String.join("\n", lines)), defaults()));
    assertThat(e.line()).isEqualTo(4079);
    assertThat(e.column()).isEqualTo("reps");
  }

  @Test
  void hevy2UsTwelveHourDates() throws Exception {
    ImportResult r = read("hevy-2.csv", defaults());
    assertThat(r.variant()).isEqualTo("hevy-kg");
    assertThat(r.unit()).isEqualTo(WeightUnit.KG);
    assertThat(r.rowsRead()).isEqualTo(2628);
    assertThat(r.sets()).hasSize(2628);
    assertThat(r.workoutCount()).isEqualTo(119);
    assertThat(types(r)).containsOnly(entry(SetType.WORKING, 2626L), entry(SetType.DROP, 2L));
    assertThat(r.sets().stream().filter(s -> s.rpe() != null).count()).isEqualTo(2628 - 451);
    assertThat(first(r)).isEqualTo("2024-07-06");
    assertThat(last(r)).isEqualTo("2026-06-11");
    assertThat(hinges(r)).containsOnly(entry(HingeVariation.ROMANIAN, 40L));
    // line 2: "LOWER","Jun 11, 2026, 1:01 PM",...,"Romanian Deadlift
    // (Dumbbell)",,"",0,"normal",30,10,,,7
    assertThat(r.sets().get(0))
        .isEqualTo(
            set(
                "2026-06-11",
                "Jun 11, 2026, 1:01 PM LOWER",
                "Romanian Deadlift (Dumbbell)",
                SetType.WORKING,
                30,
                10,
                7.0,
                null));
    // line 1994: "Day 1 – Upper Push","Aug 9, 2025, 9:17 AM",...,2,"dropset",7.5,12,,,10
    assertThat(r.sets().get(1992))
        .isEqualTo(
            set(
                "2025-08-09",
                "Aug 9, 2025, 9:17 AM Day 1 – Upper Push",
                "Lateral Raise (Dumbbell)",
                SetType.DROP,
                7.5,
                12,
                10.0,
                null));
    // line 2629 (last, no trailing newline): "Jul 6, 2024, 7:13 PM",...,"Triceps
    // Pushdown",...,8,12,,,
    assertThat(r.sets().get(2627))
        .isEqualTo(
            set(
                "2024-07-06",
                "Jul 6, 2024, 7:13 PM Evening workout 🏋️",
                "Triceps Pushdown",
                SetType.WORKING,
                8,
                12,
                null,
                null));
  }

  @Test
  void fitNotes1PerRowPounds() throws Exception {
    ImportResult r = read("fitnotes-1.csv", defaults().withUnit(WeightUnit.KG));
    assertThat(r.format()).isEqualTo(ExportFormat.FITNOTES);
    assertThat(r.variant()).isEqualTo("fitnotes-unit");
    assertThat(r.unit()).isEqualTo(WeightUnit.LB);
    assertThat(r.unitSource()).isEqualTo(UnitSource.FILE);
    assertThat(r.rowsRead()).isEqualTo(3697);
    assertThat(r.sets()).hasSize(3697);
    assertThat(r.workoutCount()).isEqualTo(290);
    assertThat(types(r)).containsOnly(entry(SetType.WORKING, 3697L));
    assertThat(first(r)).isEqualTo("2022-09-14");
    assertThat(last(r)).isEqualTo("2025-11-12");
    // 17 rows have reps 0; the 7 failed attempts SOURCES.md names carry a comment
    assertThat(r.sets().stream().filter(s -> s.reps() == 0 && s.weightKg() > 1)).hasSize(17);
    assertThat(r.sets().stream().filter(s -> s.reps() == 0 && s.note() != null)).hasSize(7);
    // 60 rows with an empty weight (cardio, climbing), and line 1992's 0.0 lbs
    assertThat(r.sets().stream().filter(s -> s.weightKg() == 0)).hasSize(61);
    assertThat(hinges(r))
        .containsOnly(entry(HingeVariation.CONVENTIONAL, 6L), entry(HingeVariation.ROMANIAN, 3L));
    // line 2: 2022-09-14,Barbell Overhead Press,Shoulders,45.0,lbs,10,,,,""
    assertThat(r.sets().get(0))
        .isEqualTo(
            set(
                "2022-09-14",
                "2022-09-14",
                "Barbell Overhead Press",
                SetType.WORKING,
                45 * KG_PER_LB,
                10,
                null,
                null));
    // line 89: 2022-09-25,Plank,Abs,1.0,lbs,,,,0:01:00,""
    assertThat(r.sets().get(87))
        .isEqualTo(
            set("2022-09-25", "2022-09-25", "Plank", SetType.WORKING, KG_PER_LB, 0, null, null));
    // line 91: 2022-09-26,Climbing,Body,,,,1.0,m,2:00:00,""
    assertThat(r.sets().get(89))
        .isEqualTo(set("2022-09-26", "2022-09-26", "Climbing", SetType.WORKING, 0, 0, null, null));
    // line 531: 2023-01-11,Deadlift,Back,135.0,lbs,10,,,,""
    assertThat(r.sets().get(529))
        .isEqualTo(
            set(
                "2023-01-11",
                "2023-01-11",
                "Deadlift",
                SetType.WORKING,
                135 * KG_PER_LB,
                10,
                null,
                null));
    // line 2072: 2023-12-21,Flat Dumbbell Bench Press,Chest,200.0,lbs,0,,,,"Fuck"
    assertThat(r.sets().get(2070))
        .isEqualTo(
            set(
                "2023-12-21",
                "2023-12-21",
                "Flat Dumbbell Bench Press",
                SetType.WORKING,
                200 * KG_PER_LB,
                0,
                null,
                "Fuck"));
  }

  @Test
  void everyRealExportImportsWithoutProblems() throws Exception {
    assumeTrue(dir != null, "shared/data/real-exports not found: real-export tests skipped");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
      assertThat(csvs).hasSizeGreaterThanOrEqualTo(6);
      for (Path csv : csvs) {
        ImportResult r = ExportImporter.read(csv, defaults().withSkipBadRows(true));
        assertThat(r.skippedRows()).as(csv.toString()).isEmpty();
        assertThat(r.sets().size() + r.nonSetRowsSkipped())
            .as(csv.toString())
            .isEqualTo(r.rowsRead());
      }
    }
  }
}
