package dev.backload.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.backload.core.log.TrainingSet;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fixtures varied the ways real exports vary (import-formats.md section 0), each with what the
 * import must give: optional columns dropped and the rest reordered (rule 1), a Strong header in an
 * unknown language with its rest rows in that language (rule 2), and rows with an extra field,
 * which in FitNotes may be an exercise name split at a comma (rule 4). The choices come from a
 * seeded {@link java.util.Random} in {@link VariationsTest} and from fuzz data in {@link
 * ExportImporterFuzzTest}.
 */
final class Variations {

  /** A source of choices. */
  interface Choices {
    /** A number from 0 to {@code bound - 1}. */
    int pick(int bound);
  }

  /**
   * Fixtures whose columns are read by name, with the columns not to drop: the required ones, and
   * those whose loss changes more than notes and RPE (units, Strong's workout number).
   */
  private static final List<String> BY_NAME =
      List.of(
          "strong-s2016.csv",
          "strong-s2017.csv",
          "strong-classic.csv",
          "strong-classic-10.csv",
          "strong-classic-de.csv",
          "strong-units.csv",
          "strong-new.csv",
          "strong-units-no-duration.csv",
          "strong-classic-no-duration.csv",
          "strong-new-codes.csv",
          "hevy-kg.csv",
          "hevy-lbs.csv",
          "hevy-resaved.csv",
          "fitnotes-old.csv",
          "fitnotes-old-comment.csv",
          "fitnotes-unit.csv");

  private static final Set<String> KEPT =
      Set.of(
          "Date",
          "Workout Name",
          "Exercise Name",
          "Set Order",
          "Weight",
          "Reps",
          "kg",
          "Weight (kg)",
          "Weight Unit",
          "Workout #",
          "Datum",
          "Workout-Name",
          "Name der Übung",
          "Reihenfolge festlegen",
          "Gewicht",
          "Wiederh.",
          "title",
          "start_time",
          "exercise_title",
          "set_type",
          "weight_kg",
          "weight_lbs",
          "reps",
          "Exercise",
          "Category",
          "Weight (lbs)",
          "Weight (kgs)");

  /** Strong fixtures for matching by position, with the column each may lack in real files. */
  private static final List<String[]> BY_POSITION =
      List.of(
          new String[] {"strong-s2016.csv", null},
          new String[] {"strong-s2017.csv", null},
          new String[] {"strong-classic.csv", "Duration"},
          new String[] {"strong-classic-10.csv", null},
          new String[] {"strong-classic-de.csv", "Dauer"},
          new String[] {"strong-units.csv", "Workout Duration"},
          new String[] {"strong-new.csv", null},
          new String[] {"strong-new-codes.csv", null},
          new String[] {"strong-classic-es.csv", null});

  private static final List<String> LANGUAGES =
      List.of("Colonne ", "Spalte ", "Kolom ", "Столбец ", "列", "Sütun ");
  private static final List<String> REST_WORDS =
      List.of("Temps de repos", "Descanso", "Pausa", "Отдых", "休憩", "Dinlenme");
  private static final List<String> EXTRA_VALUES = List.of("x", "12", "", "Cable", "0.5");

  /**
   * A varied file and what reading it must give.
   *
   * @param description what was varied, for failure messages
   * @param csv the varied file
   * @param options how to read it
   * @param expected the result the varied file must give, compared by {@link #check}
   * @param failingLine the line whose problem the import must report when bad rows are not skipped,
   *     or 0 when it must succeed
   * @param skippedLines the lines skipped with {@link ImportOptions#skipBadRows()}
   * @param match how the header must be recognised
   */
  record Variation(
      String description,
      String csv,
      ImportOptions options,
      ImportResult expected,
      long failingLine,
      List<Long> skippedLines,
      HeaderMatch match) {}

  private Variations() {}

  /** A variation chosen by {@code c}. */
  static Variation make(Choices c) throws ImportException {
    return switch (c.pick(3)) {
      case 0 -> byName(c);
      case 1 -> byPosition(c);
      default -> extraFields(c);
    };
  }

  /** Rule 1: optional columns dropped, the rest shuffled; the sets lose only notes and RPE. */
  private static Variation byName(Choices c) throws ImportException {
    String fixture = BY_NAME.get(c.pick(BY_NAME.size()));
    Columns original = Columns.of(fixture);
    ImportOptions options = ImportOptions.defaults().withUnit(WeightUnit.LB);
    ImportResult full = read(original.csv(), options);
    List<Integer> order = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (int i = 0; i < original.header().size(); i++) {
      String name = original.header().get(i);
      if (!KEPT.contains(name) && c.pick(3) == 0) {
        dropped.add(name);
      } else {
        order.add(c.pick(order.size() + 1), i);
      }
    }
    List<TrainingSet> sets = full.sets();
    for (String column : dropped) {
      sets = Columns.without(sets, column);
    }
    return new Variation(
        fixture + " without " + dropped + ", columns in the order " + order,
        original.select(order).csv(),
        options,
        withSets(full, sets),
        0,
        List.of(),
        HeaderMatch.BY_NAME);
  }

  /** Rule 2: names no table knows, rest rows in that language, perhaps without the duration. */
  private static Variation byPosition(Choices c) throws ImportException {
    String[] choice = BY_POSITION.get(c.pick(BY_POSITION.size()));
    Columns original = Columns.of(choice[0]);
    ImportOptions options = ImportOptions.defaults().withUnit(WeightUnit.KG);
    ImportResult full = read(original.csv(), options);
    Columns varied = choice[1] != null && c.pick(2) == 0 ? original.without(choice[1]) : original;
    String rest = REST_WORDS.get(c.pick(REST_WORDS.size()));
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : varied.rows()) {
      rows.add(
          row.stream()
              .map(f -> f.equals("Rest Timer") || f.equals("Ruhezeit") ? rest : f)
              .toList());
    }
    String language = LANGUAGES.get(c.pick(LANGUAGES.size()));
    Columns localised = new Columns(varied.delimiter(), varied.header(), rows).renamed(language);
    return new Variation(
        choice[0] + " in \"" + language + "\" with " + varied.header().size() + " columns",
        localised.csv(),
        options,
        full,
        0,
        List.of(),
        HeaderMatch.BY_POSITION);
  }

  /**
   * Rule 4 and bad rows: an extra field in some rows. In FitNotes, the extra field belongs to the
   * exercise name: before or after it, it is part of a name with a comma, and the row reads as if
   * the name had been quoted; after the category it is the category (the old category part of the
   * name) when it is text. Anywhere else it is a problem on that row, and skipping it gives the
   * file without that row.
   */
  private static Variation extraFields(Choices c) throws ImportException {
    String fixture = BY_NAME.get(c.pick(BY_NAME.size()));
    Columns original = Columns.of(fixture);
    boolean fitNotes = fixture.startsWith("fitnotes");
    int exercise = original.header().indexOf("Exercise");
    List<List<String>> varied = new ArrayList<>();
    List<List<String>> oracle = new ArrayList<>(); // the rows an import of the varied file reads
    List<Long> badLines = new ArrayList<>();
    long line = 2;
    for (List<String> row : original.rows()) {
      List<String> changed = new ArrayList<>(row);
      List<String> read = row;
      if (c.pick(3) == 0) {
        int at = c.pick(row.size() + 1);
        String value = EXTRA_VALUES.get(c.pick(EXTRA_VALUES.size()));
        changed.add(at, value);
        String name = row.get(exercise < 0 ? 0 : exercise);
        if (fitNotes && at == exercise) { // read as the first part of the name
          read = new ArrayList<>(row);
          read.set(exercise, value + "," + name);
        } else if (fitNotes && at == exercise + 1) { // the second part
          read = new ArrayList<>(row);
          read.set(exercise, name + "," + value);
        } else if (fitNotes && at == exercise + 2 && isText(value)) { // the category
          read = new ArrayList<>(row);
          read.set(exercise, name + "," + row.get(exercise + 1));
          read.set(exercise + 1, value);
        } else {
          read = null;
          badLines.add(line);
        }
      }
      varied.add(changed);
      if (read != null) {
        oracle.add(read);
      }
      // the lines the row spans: one, and one more per line break in a quoted field
      line +=
          new Columns(original.delimiter(), row, List.of())
              .csv()
              .chars()
              .filter(ch -> ch == '\n')
              .count();
    }
    String csv = rawCsv(original.delimiter(), original.header(), varied);
    ImportOptions options = ImportOptions.defaults().withUnit(WeightUnit.KG);
    ImportResult expected =
        read(new Columns(original.delimiter(), original.header(), oracle).csv(), options);
    return new Variation(
        fixture + " with extra fields, bad on lines " + badLines,
        csv,
        options,
        expected,
        badLines.isEmpty() ? 0 : badLines.get(0),
        badLines,
        HeaderMatch.BY_NAME);
  }

  /** Whether a value reads as a FitNotes category: not empty, not a number. */
  private static boolean isText(String value) {
    return !value.isBlank() && Double.isNaN(Numbers.parse(value, false));
  }

  /** Rows written with quotes only where a field has a quote or a line break, never for commas. */
  private static String rawCsv(char delimiter, List<String> header, List<List<String>> rows) {
    StringBuilder b = new StringBuilder();
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(delimiter);
        }
        String f = row.get(i);
        boolean quote =
            f.contains("\"") || f.contains("\n") || f.contains("\r") || f.indexOf(delimiter) >= 0;
        b.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Checks a variation: read with and without skipping bad rows. */
  static void check(Variation v) throws ImportException {
    for (boolean skip : new boolean[] {false, true}) {
      ImportOptions options = v.options().withSkipBadRows(skip);
      if (!skip && v.failingLine() > 0) {
        ImportException e =
            catchThrowableOfType(ImportException.class, () -> read(v.csv(), options));
        assertThat(e).as(v.description()).isNotNull();
        assertThat(e.line()).as(v.description()).isEqualTo(v.failingLine());
        continue;
      }
      ImportResult r = read(v.csv(), options);
      assertThat(r.headerMatch()).as(v.description()).isEqualTo(v.match());
      assertThat(r.sets()).as(v.description()).isEqualTo(v.expected().sets());
      assertThat(r.unit()).as(v.description()).isEqualTo(v.expected().unit());
      assertThat(r.skippedRows())
          .as(v.description())
          .extracting(RowProblem::line)
          .isEqualTo(skip ? v.skippedLines() : List.of());
      assertThat(r.nonSetRowsSkipped())
          .as(v.description())
          .isEqualTo(v.expected().nonSetRowsSkipped());
    }
  }

  private static ImportResult withSets(ImportResult r, List<TrainingSet> sets) {
    return new ImportResult(
        r.format(),
        r.variant(),
        r.unit(),
        r.unitSource(),
        sets,
        r.skippedRows(),
        r.rowsRead(),
        r.nonSetRowsSkipped(),
        r.workoutNames(),
        r.headerMatch(),
        r.missingColumns(),
        r.repairedRows());
  }

  private static ImportResult read(String csv, ImportOptions options) throws ImportException {
    return ExportImporter.read(new StringReader(csv), options);
  }
}
