package dev.backload.core.importing;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import dev.backload.core.importing.Layout.Role;
import dev.backload.core.importing.SetColumns.Exercise;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the rows of one file to canonical sets (analytics.md section 1) while FastCSV parses them:
 * a FastCSV callback handler that sees each field as a range of FastCSV's buffer. One instance per
 * import; not thread-safe.
 *
 * <p>The hot path creates no string for columns it does not use or for numbers (read straight from
 * the buffer, see {@link Numbers}), and none for a date, workout, exercise, unit or note whose text
 * repeats the previous row's, the usual case; each distinct date text and exercise name is parsed
 * or classified once (a cache per import). No regexes.
 *
 * <p>The first record is the header ({@link Outcome#HEADER}, fields in {@link #header()}). For
 * every later record {@link #buildRecord()} returns what the row was: a set is appended to {@link
 * #sets()}, a problem is in {@link #problem()} until the next record.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<RowHandler.Outcome> {

  /** What a record turned out to be. */
  enum Outcome {
    HEADER,
    SET,
    /** A Strong {@code Rest Timer}, {@code Ruhezeit} or {@code Note} row. */
    NOT_A_SET,
    PROBLEM
  }

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
  /** Role per field position. */
  private final Role[] roles;
  private final int unitField;
  private final boolean hasWorkoutNumber;

  /** Unit applied to every weight, or {@code null} (per-row unit column, or guessing). */
  private final WeightUnit fixedUnit;
  /** The user's unit, for a per-row unit cell left empty; may be null. */
  private final WeightUnit fallbackUnit;
  /** Collects the raw weights of a file whose unit is guessed; null otherwise. */
  private final UnitGuesser guesser;
  private int kgRows;
  private int lbRows;

  private final SetColumns sets = new SetColumns();
  private final Map<String, Exercise> exercises = new HashMap<>();
  /** The last few distinct exercise texts: a workout moves between a handful of exercises. */
  private static final int RECENT = 8;

  private final String[] recentTexts = new String[RECENT];
  private final Exercise[] recentExercises = new Exercise[RECENT];
  private int recentNext;
  private boolean inHeader = true;
  private final List<String> header = new ArrayList<>();

  // The current row. Every field of a complete row overwrites its part.
  private int errorField;
  private String errorMessage;
  private boolean notASet;
  private SetType setType;
  private String dateText;
  private LocalDate date;
  private String nameText;
  private String numberText;
  private String exerciseText;
  private Exercise exercise;
  private double weight;
  private WeightUnit unit;
  private int reps;
  private Double rpe;
  private String note;
  private RowProblem problem;

  // Texts of the previous rows, reused while they repeat.
  private String lastUnitText;
  private WeightUnit lastUnit;
  private String lastNoteText;
  private String lastNote;
  /** The texts the current {@code key} was made of (compared by identity: unchanged texts are
   * the same instances). */
  private String keyText;
  private String keyNameText;
  private String key;
  /** The key whose name was last recorded (compared by identity). */
  private String namedKey;
  /** Workout name per key, for layouts with a name column; first name seen wins. */
  private final Map<String, String> workoutNames = new HashMap<>();
  private final boolean hasWorkoutName;

  /**
   * @param layout the file's layout
   * @param userUnit the user's unit for a file that states none, or null
   * @param decimalComma whether numbers may use {@code ,} as the decimal separator
   */
  RowHandler(Layout layout, WeightUnit userUnit, boolean decimalComma) {
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
    this.roles = new Role[fieldCount];
    Arrays.fill(roles, Role.OTHER);
    for (Role role : Role.values()) {
      if (role != Role.OTHER && layout.at(role) >= 0) {
        roles[layout.at(role)] = role;
      }
    }
    this.unitField = layout.at(Role.WEIGHT_UNIT);
    this.hasWorkoutNumber = layout.at(Role.WORKOUT_NO) >= 0;
    this.hasWorkoutName = layout.at(Role.WORKOUT_NAME) >= 0;
    this.fallbackUnit = userUnit;
    if (layout.headerUnit() != null) {
      this.fixedUnit = layout.headerUnit();
      this.guesser = null;
    } else if (unitField >= 0) {
      this.fixedUnit = null;
      this.guesser = null;
    } else {
      this.fixedUnit = userUnit;
      this.guesser = userUnit == null ? new UnitGuesser() : null;
    }
    if (format != ExportFormat.STRONG) {
      setType = SetType.WORKING; // FitNotes has none; Hevy overwrites it per row
    }
  }

  /** The header's fields, once the first record was read. */
  List<String> header() {
    return header;
  }

  /** The sets so far, in file order (weights unscaled while a unit is being guessed). */
  SetColumns sets() {
    return sets;
  }

  /** The workout name per workout key of the sets so far (layouts with a name column). */
  Map<String, String> workoutNames() {
    return workoutNames;
  }

  /** The problem of the last {@link Outcome#PROBLEM} record. */
  RowProblem problem() {
    return problem;
  }

  /** The line where the last record read starts (1 is the header). */
  long line() {
    return getStartingLineNumber();
  }

  /** The unit guesser of a file that states no unit and got none from the user, else null. */
  UnitGuesser guesser() {
    return guesser;
  }

  /** Sets whose unit cell said kg. */
  int kgRows() {
    return kgRows;
  }

  /** Sets whose unit cell said lbs. */
  int lbRows() {
    return lbRows;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    errorField = -1;
    notASet = false;
  }

  @Override
  protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
    if (inHeader) {
      header.add(new String(buf, off, len));
      return;
    }
    if (index >= fieldCount) {
      return;
    }
    switch (roles[index]) {
      case OTHER -> {}
      case DATE -> readDate(index, buf, off, len);
      case WORKOUT_NAME -> {
        if (!same(nameText, buf, off, len)) {
          nameText = new String(buf, off, len);
        }
      }
      case WORKOUT_NO -> readWorkoutNumber(index, buf, off, len);
      case EXERCISE -> readExercise(index, buf, off, len);
      case SET_ORDER -> readSetOrder(index, buf, off, len);
      case SET_TYPE -> readSetType(index, buf, off, len);
      case WEIGHT -> readWeight(index, buf, off, len);
      case WEIGHT_UNIT -> readUnit(index, buf, off, len);
      case REPS -> readReps(index, buf, off, len);
      case RPE -> readRpe(index, buf, off, len);
      case NOTE -> readNote(buf, off, len);
    }
  }

  @Override
  protected Outcome buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return null; // an empty line: FastCSV skips it
    }
    if (inHeader) {
      inHeader = false;
      return Outcome.HEADER;
    }
    int count = getFieldCount();
    if (count != fieldCount) {
      return problem(
          count < fieldCount ? count : -1,
          count < fieldCount
              ? "missing (the row has " + count + " fields, the header has " + fieldCount + ")"
              : "the row has " + count + " fields, the header has " + fieldCount);
    }
    if (notASet) {
      return Outcome.NOT_A_SET;
    }
    double kg = weightKg();
    if (errorField >= 0) {
      return problem(errorField, errorMessage);
    }
    String workout = workoutKey();
    if (workout != namedKey) {
      namedKey = workout;
      if (hasWorkoutName && nameText != null && !nameText.isBlank()) {
        workoutNames.putIfAbsent(workout, nameText.strip());
      }
    }
    sets.add(date, workout, exercise, setType, kg, reps, rpe, note);
    return Outcome.SET;
  }

  private Outcome problem(int field, String message) {
    String column = field >= 0 && field < fieldCount ? layout.name(field) : null;
    problem = new RowProblem(getStartingLineNumber(), column, message);
    return Outcome.PROBLEM;
  }

  /** Records a problem; the leftmost column's is reported. */
  private void fail(int field, String message) {
    if (errorField < 0 || field < errorField) {
      errorField = field;
      errorMessage = message;
    }
  }

  private void readDate(int index, char[] buf, int off, int len) {
    if (same(dateText, buf, off, len)) {
      return;
    }
    String text = new String(buf, off, len);
    LocalDate parsed = dates.parse(text);
    if (parsed == null) {
      fail(index, quote(text) + " is not a date like " + dates.example());
      return;
    }
    dateText = text;
    date = parsed;
  }

  private void readWorkoutNumber(int index, char[] buf, int off, int len) {
    if (same(numberText, buf, off, len)) {
      return;
    }
    String text = new String(buf, off, len);
    if (Numbers.plainDigits(text.strip()) < 0) {
      fail(index, quote(text) + " is not a workout number");
      return;
    }
    numberText = text;
  }

  private void readExercise(int index, char[] buf, int off, int len) {
    if (exercise != null && same(exerciseText, buf, off, len)) {
      return;
    }
    for (int i = 0; i < RECENT; i++) {
      if (same(recentTexts[i], buf, off, len)) {
        exerciseText = recentTexts[i];
        exercise = recentExercises[i];
        return;
      }
    }
    String text = new String(buf, off, len);
    Exercise ex = exercises.get(text);
    if (ex == null) {
      String name = text.strip();
      if (name.isEmpty()) {
        fail(index, "the exercise name is empty");
        return;
      }
      ex = new Exercise(name, HingeVariation.of(name).orElse(null));
      exercises.put(text, ex);
    }
    recentTexts[recentNext] = text;
    recentExercises[recentNext] = ex;
    recentNext = (recentNext + 1) % RECENT;
    exerciseText = text;
    exercise = ex;
  }

  private void readSetOrder(int index, char[] buf, int off, int len) {
    if (len == 1) {
      switch (buf[off]) {
        case 'W', 'w' -> {
          setType = SetType.WARMUP;
          return;
        }
        case 'D', 'd' -> {
          setType = SetType.DROP;
          return;
        }
        case 'F', 'f' -> {
          setType = SetType.FAILURE;
          return;
        }
        default -> {
          // a one-digit set number, or a problem: below
        }
      }
    }
    if (Numbers.plainDigits(buf, off, len) >= 0) {
      setType = SetType.WORKING;
      return;
    }
    String text = new String(buf, off, len).strip();
    if (text.equalsIgnoreCase("Rest Timer")
        || text.equalsIgnoreCase("Ruhezeit")
        || text.equalsIgnoreCase("Note")) {
      notASet = true;
      return;
    }
    double number = Numbers.parse(text, decimalComma);
    if (number >= 0 && number == Math.rint(number)) {
      setType = SetType.WORKING;
      return;
    }
    fail(
        index,
        quote(new String(buf, off, len))
            + " is not a set order (a number, W, D, F, Rest Timer, Ruhezeit or Note)");
  }

  private void readSetType(int index, char[] buf, int off, int len) {
    SetType type = hevySetType(buf, off, len);
    if (type == null) {
      String text = new String(buf, off, len);
      char[] stripped = text.strip().toLowerCase(Locale.ROOT).toCharArray();
      type = hevySetType(stripped, 0, stripped.length);
      if (type == null) {
        fail(index, quote(text) + " is not a set type (normal, warmup, dropset or failure)");
        return;
      }
    }
    setType = type;
  }

  private static SetType hevySetType(char[] buf, int off, int len) {
    if (same("normal", buf, off, len)) {
      return SetType.WORKING;
    }
    if (same("warmup", buf, off, len)) {
      return SetType.WARMUP;
    }
    if (same("dropset", buf, off, len)) {
      return SetType.DROP;
    }
    if (same("failure", buf, off, len)) {
      return SetType.FAILURE;
    }
    return null;
  }

  private void readWeight(int index, char[] buf, int off, int len) {
    if (len == 0) {
      weight = 0;
      return;
    }
    double value = Numbers.parse(buf, off, len, decimalComma);
    if (Double.isNaN(value)) {
      String text = new String(buf, off, len);
      if (!text.isBlank()) {
        fail(index, quote(text) + " is not a number");
      }
      weight = 0;
      return;
    }
    if (value < 0) {
      fail(index, quote(new String(buf, off, len)) + " is negative");
      return;
    }
    weight = value + 0.0; // -0.0 becomes 0.0
  }

  private void readUnit(int index, char[] buf, int off, int len) {
    if (len == 0) {
      unit = null;
      return;
    }
    if (same(lastUnitText, buf, off, len)) {
      unit = lastUnit;
      return;
    }
    String text = new String(buf, off, len);
    if (text.isBlank()) {
      unit = null;
      return;
    }
    WeightUnit parsed = WeightUnit.fromText(text);
    if (parsed == null) {
      fail(index, quote(text) + " is not a weight unit (kg or lbs)");
      return;
    }
    lastUnitText = text;
    lastUnit = parsed;
    unit = parsed;
  }

  /** The row's weight in kilograms, once the row's weight and unit fields were read. */
  private double weightKg() {
    if (fixedUnit != null) {
      return fixedUnit.toKg(weight);
    }
    if (guesser != null) {
      if (errorField < 0) {
        guesser.add(weight);
      }
      return weight;
    }
    if (errorField >= 0 && errorField <= unitField) {
      return 0; // a problem in the unit cell or further left is reported anyway
    }
    WeightUnit rowUnit = unit;
    if (rowUnit == null) {
      if (weight == 0) {
        return 0;
      }
      if (fallbackUnit == null) {
        fail(
            unitField,
            "empty, but the weight "
                + weight
                + " needs a unit; choose the unit for weights without one");
        return 0;
      }
      rowUnit = fallbackUnit;
    } else if (errorField < 0) {
      if (rowUnit == WeightUnit.KG) {
        kgRows++;
      } else {
        lbRows++;
      }
    }
    return rowUnit.toKg(weight);
  }

  private void readReps(int index, char[] buf, int off, int len) {
    int plain = Numbers.plainDigits(buf, off, len);
    if (plain >= 0) {
      reps = plain;
      return;
    }
    reps = 0;
    if (len == 0) {
      return;
    }
    double value = Numbers.parse(buf, off, len, decimalComma);
    if (Double.isNaN(value)) {
      String text = new String(buf, off, len);
      if (!text.isBlank()) {
        fail(index, quote(text) + " is not a number");
      }
    } else if (value < 0) {
      fail(index, quote(new String(buf, off, len)) + " is negative");
    } else if (value != Math.rint(value)) {
      fail(index, quote(new String(buf, off, len)) + " is not a whole number");
    } else if (value > Integer.MAX_VALUE) {
      fail(index, quote(new String(buf, off, len)) + " is too large");
    } else {
      reps = (int) value;
    }
  }

  private void readRpe(int index, char[] buf, int off, int len) {
    rpe = null;
    if (len == 0) {
      return;
    }
    double value = Numbers.parse(buf, off, len, decimalComma);
    if (Double.isNaN(value)) {
      String text = new String(buf, off, len);
      if (!text.isBlank()) {
        fail(index, quote(text) + " is not a number");
      }
    } else if (value < 1 || value > 10) {
      fail(index, quote(new String(buf, off, len)) + " is outside 1..10");
    } else {
      rpe = RPES[(int) (TrainingSet.roundRpe(value) * 2) - 2];
    }
  }

  private void readNote(char[] buf, int off, int len) {
    if (len == 0) {
      note = null;
      return;
    }
    if (!same(lastNoteText, buf, off, len)) {
      String text = new String(buf, off, len);
      String stripped = text.strip();
      lastNoteText = text;
      lastNote = stripped.isEmpty() ? null : stripped;
    }
    note = lastNote;
  }

  /**
   * The workout key (analytics.md section 1): Strong's {@code Workout #}; otherwise the Strong date
   * text or Hevy start_time, a space, and the workout name as written; FitNotes' date.
   */
  private String workoutKey() {
    if (hasWorkoutNumber) {
      if (numberText != keyText) {
        keyText = numberText;
        key = numberText.strip();
      }
    } else if (format == ExportFormat.FITNOTES) {
      if (dateText != keyText) {
        keyText = dateText;
        key = dateText.strip(); // the date as written: yyyy-MM-dd
      }
    } else if (dateText != keyText || nameText != keyNameText) {
      keyText = dateText;
      keyNameText = nameText;
      key = dateText + " " + nameText;
    }
    return key;
  }

  /** Whether {@code text} has exactly the characters of the buffer range. */
  static boolean same(String text, char[] buf, int off, int len) {
    if (text == null || text.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (text.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  /** A field value in quotes for a message, shortened when long. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return '"' + shown + '"';
  }
}
