package dev.backload.core.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.backload.core.importing.Layout.Role;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps the data rows of one file to canonical sets (analytics.md section 1). One instance per
 * import; not thread-safe.
 *
 * <p>The hot path avoids regexes and repeated work: the date, workout key, exercise (trimmed name
 * and hinge variation) and note of the previous row are reused when the texts repeat, and each
 * distinct date text and exercise name is parsed or classified once.
 */
final class RowMapper {

  /** A problem with the row being mapped. Stackless: with skipBadRows there can be many. */
  static final class RowError extends Exception {
    private static final long serialVersionUID = 1L;

    /** The field the problem is about, or -1. */
    final int field;

    RowError(int field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }

  /** An exercise name as read, trimmed, with its hinge variation. */
  private record Exercise(String name, HingeVariation variation) {}

  /** Interned RPE values 1, 1.5, ..., 10, indexed by {@code 2 * rpe - 2}. */
  private static final Double[] RPES = new Double[19];

  static {
    for (int i = 0; i < RPES.length; i++) {
      RPES[i] = (i + 2) / 2.0;
    }
  }

  private final Layout layout;
  private final ExportFormat format;
  private final boolean decimalComma;
  private final DateTexts dates;
  private final int fieldCount;
  private final int workoutNo;
  private final int date;
  private final int workoutName;
  private final int exercise;
  private final int setOrder;
  private final int setType;
  private final int weight;
  private final int weightUnit;
  private final int reps;
  private final int rpe;
  private final int note;

  /** Unit applied to every weight, or {@code null} (per-row unit column, or guessing). */
  private final WeightUnit fixedUnit;
  /** The user's unit, for per-row unit cells left empty; may be null. */
  private final WeightUnit fallbackUnit;
  /** Collects the raw weights of a file whose unit is guessed; null otherwise. */
  final UnitGuesser guesser;
  /** Rows whose unit cell says kg, and lb (per-row unit layouts). */
  int kgRows;
  int lbRows;

  private final Map<String, Exercise> exercises = new HashMap<>();
  private String lastExerciseText;
  private Exercise lastExercise;
  private String lastKeyText;
  private String lastKeyName;
  private String lastKey;
  private String lastNoteText;
  private String lastNote;
  private String lastUnitText;
  private WeightUnit lastUnit;

  /**
   * @param layout the file's layout
   * @param userUnit the user's unit for a file that states none, or null
   * @param decimalComma whether numbers may use {@code ,} as the decimal separator
   */
  RowMapper(Layout layout, WeightUnit userUnit, boolean decimalComma) {
    this.layout = layout;
    this.format = layout.format();
    this.decimalComma = decimalComma;
    this.dates =
        switch (format) {
          case STRONG -> DateTexts.strong();
          case HEVY -> DateTexts.hevy();
          case FITNOTES -> DateTexts.fitNotes();
        };
    this.fieldCount = layout.fieldCount();
    this.workoutNo = layout.at(Role.WORKOUT_NO);
    this.date = layout.at(Role.DATE);
    this.workoutName = layout.at(Role.WORKOUT_NAME);
    this.exercise = layout.at(Role.EXERCISE);
    this.setOrder = layout.at(Role.SET_ORDER);
    this.setType = layout.at(Role.SET_TYPE);
    this.weight = layout.at(Role.WEIGHT);
    this.weightUnit = layout.at(Role.WEIGHT_UNIT);
    this.reps = layout.at(Role.REPS);
    this.rpe = layout.at(Role.RPE);
    this.note = layout.at(Role.NOTE);
    this.fallbackUnit = userUnit;
    if (layout.headerUnit() != null) {
      this.fixedUnit = layout.headerUnit();
      this.guesser = null;
    } else if (weightUnit >= 0) {
      this.fixedUnit = null;
      this.guesser = null;
    } else {
      this.fixedUnit = userUnit;
      this.guesser = userUnit == null ? new UnitGuesser() : null;
    }
  }

  /**
   * Maps one data row.
   *
   * @return the set, or {@code null} for a row that is not a set (Strong {@code Rest Timer},
   *     {@code Ruhezeit}, {@code Note})
   * @throws RowError when a field is missing or invalid; the first problem found is reported
   */
  TrainingSet map(CsvRecord row) throws RowError {
    int count = row.getFieldCount();
    if (count != fieldCount) {
      throw count < fieldCount
          ? new RowError(
              count, "missing (the row has " + count + " fields, the header has " + fieldCount + ")")
          : new RowError(
              -1, "the row has " + count + " fields, the header has " + fieldCount);
    }
    SetType type;
    switch (format) {
      case STRONG -> {
        type = strongSetType(row.getField(setOrder));
        if (type == null) {
          return null;
        }
      }
      case HEVY -> type = hevySetType(row.getField(setType));
      default -> type = SetType.WORKING;
    }
    String dateText = row.getField(date);
    LocalDate day = dates.parse(dateText);
    if (day == null) {
      throw new RowError(date, quote(dateText) + " is not a date like " + dates.example());
    }
    String workout = workoutKey(row, dateText, day);
    Exercise ex = exercise(row.getField(exercise));
    double kg = weightKg(row);
    int repCount = reps(row.getField(reps));
    Double effort = rpe < 0 ? null : rpe(row.getField(rpe));
    String noteText = note < 0 ? null : note(row.getField(note));
    return new TrainingSet(
        day, workout, ex.name(), ex.variation(), type, kg, repCount, effort, noteText);
  }

  /** The problem for a row error, with the column's name as the header writes it. */
  RowProblem problem(CsvRecord row, RowError error) {
    String column = error.field >= 0 && error.field < fieldCount ? layout.name(error.field) : null;
    return new RowProblem(row.getStartingLineNumber(), column, error.getMessage());
  }

  private SetType strongSetType(String text) throws RowError {
    if (text.length() == 1) {
      switch (text.charAt(0)) {
        case 'W', 'w' -> {
          return SetType.WARMUP;
        }
        case 'D', 'd' -> {
          return SetType.DROP;
        }
        case 'F', 'f' -> {
          return SetType.FAILURE;
        }
        default -> {
          // a one-digit set number, or a problem: below
        }
      }
    }
    if (Numbers.plainDigits(text) >= 0) {
      return SetType.WORKING;
    }
    String t = text.strip();
    if (t.equalsIgnoreCase("Rest Timer") || t.equalsIgnoreCase("Ruhezeit")
        || t.equalsIgnoreCase("Note")) {
      return null;
    }
    double number = Numbers.parse(t, decimalComma);
    if (number >= 0 && number == Math.rint(number)) {
      return SetType.WORKING;
    }
    throw new RowError(
        setOrder,
        quote(text) + " is not a set order (a number, W, D, F, Rest Timer, Ruhezeit or Note)");
  }

  private SetType hevySetType(String text) throws RowError {
    switch (text) {
      case "normal" -> {
        return SetType.WORKING;
      }
      case "warmup" -> {
        return SetType.WARMUP;
      }
      case "dropset" -> {
        return SetType.DROP;
      }
      case "failure" -> {
        return SetType.FAILURE;
      }
      default -> {
        String t = text.strip();
        if (!t.equals(text)) {
          return hevySetType(t);
        }
        if (t.equalsIgnoreCase("normal")) {
          return SetType.WORKING;
        }
        if (t.equalsIgnoreCase("warmup")) {
          return SetType.WARMUP;
        }
        if (t.equalsIgnoreCase("dropset")) {
          return SetType.DROP;
        }
        if (t.equalsIgnoreCase("failure")) {
          return SetType.FAILURE;
        }
        throw new RowError(
            setType, quote(text) + " is not a set type (normal, warmup, dropset or failure)");
      }
    }
  }

  /**
   * The workout key (analytics.md section 1): Strong's {@code Workout #}; otherwise the Strong
   * date text or Hevy start_time, a space, and the workout name as written; FitNotes' date.
   */
  private String workoutKey(CsvRecord row, String dateText, LocalDate day) throws RowError {
    if (workoutNo >= 0) {
      String text = row.getField(workoutNo);
      if (text.equals(lastKeyText)) {
        return lastKey;
      }
      String number = text.strip();
      if (Numbers.plainDigits(number) < 0) {
        throw new RowError(workoutNo, quote(text) + " is not a workout number");
      }
      lastKeyText = text;
      lastKey = number;
      return number;
    }
    if (format == ExportFormat.FITNOTES) {
      if (!dateText.equals(lastKeyText)) {
        lastKeyText = dateText;
        lastKey = day.toString();
      }
      return lastKey;
    }
    String name = row.getField(workoutName);
    if (!dateText.equals(lastKeyText) || !name.equals(lastKeyName)) {
      lastKeyText = dateText;
      lastKeyName = name;
      lastKey = dateText + " " + name;
    }
    return lastKey;
  }

  private Exercise exercise(String text) throws RowError {
    if (text.equals(lastExerciseText)) {
      return lastExercise;
    }
    Exercise ex = exercises.get(text);
    if (ex == null) {
      String name = text.strip();
      if (name.isEmpty()) {
        throw new RowError(exercise, "the exercise name is empty");
      }
      ex = new Exercise(name, HingeVariation.of(name).orElse(null));
      exercises.put(text, ex);
    }
    lastExerciseText = text;
    lastExercise = ex;
    return ex;
  }

  private double weightKg(CsvRecord row) throws RowError {
    String text = row.getField(weight);
    double value = 0;
    if (!text.isEmpty()) {
      value = Numbers.parse(text, decimalComma);
      if (Double.isNaN(value)) {
        if (!text.isBlank()) {
          throw new RowError(weight, quote(text) + " is not a number");
        }
        value = 0;
      } else if (value < 0) {
        throw new RowError(weight, quote(text) + " is negative");
      }
      value += 0.0; // -0.0 becomes 0.0
    }
    if (fixedUnit != null) {
      return fixedUnit.toKg(value);
    }
    if (guesser != null) {
      guesser.add(value);
      return value;
    }
    WeightUnit unit = rowUnit(row.getField(weightUnit));
    if (unit == null) {
      if (value == 0) {
        return 0;
      }
      if (fallbackUnit == null) {
        throw new RowError(
            weightUnit,
            "the weight " + quote(text) + " has no unit; choose the unit for weights without one");
      }
      unit = fallbackUnit;
    }
    return unit.toKg(value);
  }

  /** The unit of a per-row unit cell, counted; null when the cell is empty. */
  private WeightUnit rowUnit(String text) throws RowError {
    WeightUnit unit;
    if (text.equals(lastUnitText)) {
      unit = lastUnit;
    } else if (text.isBlank()) {
      return null;
    } else {
      unit = WeightUnit.fromText(text);
      if (unit == null) {
        throw new RowError(weightUnit, quote(text) + " is not a weight unit (kg or lbs)");
      }
      lastUnitText = text;
      lastUnit = unit;
    }
    if (unit == WeightUnit.KG) {
      kgRows++;
    } else {
      lbRows++;
    }
    return unit;
  }

  private int reps(String text) throws RowError {
    int plain = Numbers.plainDigits(text);
    if (plain >= 0) {
      return plain;
    }
    if (text.isBlank()) {
      return 0;
    }
    double value = Numbers.parse(text, decimalComma);
    if (Double.isNaN(value)) {
      throw new RowError(reps, quote(text) + " is not a number");
    }
    if (value < 0) {
      throw new RowError(reps, quote(text) + " is negative");
    }
    if (value != Math.rint(value)) {
      throw new RowError(reps, quote(text) + " is not a whole number");
    }
    if (value > Integer.MAX_VALUE) {
      throw new RowError(reps, quote(text) + " is too large");
    }
    return (int) value;
  }

  private Double rpe(String text) throws RowError {
    if (text.isEmpty()) {
      return null;
    }
    double value = Numbers.parse(text, decimalComma);
    if (Double.isNaN(value)) {
      if (text.isBlank()) {
        return null;
      }
      throw new RowError(rpe, quote(text) + " is not a number");
    }
    if (value < 1 || value > 10) {
      throw new RowError(rpe, quote(text) + " is outside 1..10");
    }
    return RPES[(int) (TrainingSet.roundRpe(value) * 2) - 2];
  }

  private String note(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (!text.equals(lastNoteText)) {
      String stripped = text.strip();
      lastNoteText = text;
      lastNote = stripped.isEmpty() ? null : stripped;
    }
    return lastNote;
  }

  /** A field value in quotes for a message, shortened when long. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return '"' + shown + '"';
  }
}
