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
 * Maps the rows of one file to canonical sets (analytics.md section 1) while FastCSV parses them: a
 * FastCSV callback handler that sees each field as a range of FastCSV's buffer. One instance per
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

  /** How many distinct exercise texts are looked up before the map. */
  private static final int RECENT = 8;

  private static final SetType[] SET_TYPES = SetType.values();

  /** Interned RPE values 1, 1.5, ..., 10, indexed by {@code 2 * rpe - 2}. */
  private static final Double[] RPES = new Double[19];

  static {
    for (int i = 0; i < RPES.length; i++) {
      RPES[i] = (i + 2) / 2.0;
    }
  }

  private final Layout layout;
  private final ExportFormat format;
  private final char delimiter;
  private final boolean decimalComma;

  /** Whether the layout was matched by position: a Set Order word may be a rest row's. */
  private final boolean byPosition;

  private final DateTexts dates;
  private final int fieldCount;

  /** Role per field position. */
  private final Role[] roles;

  private final int unitField;
  private final int exerciseField;
  private final int categoryField;
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

  /** The trimmed workout name per workout key, for layouts with a name column. */
  private final Map<String, String> workoutNames = new HashMap<>();

  private final boolean hasWorkoutName;

  /** The key whose name was last recorded (compared by identity). */
  private String namedKey;

  /** Exercise per distinct exercise text, as written (untrimmed). */
  private final Map<String, Exercise> exercises = new HashMap<>();

  /** The last few distinct exercise texts: a workout moves between a handful of exercises. */
  private final String[] recentTexts = new String[RECENT];

  private final Exercise[] recentExercises = new Exercise[RECENT];
  private int recentNext;
  private boolean inHeader = true;
  private final List<String> header = new ArrayList<>();

  /**
   * FitNotes: a row's fields are kept here until the row ends, so that an Exercise name split at
   * its commas can be joined back. The characters of the fields, each followed by the delimiter.
   */
  private final boolean keepFields;

  private char[] kept = new char[256];
  private int keptLength;
  private int[] keptStart = new int[16];
  private int[] keptEnd = new int[16];
  private boolean[] keptQuoted = new boolean[16];
  private int keptFields;
  private int repairedRows;

  // The current row. Every field of a complete row overwrites its part.
  private int errorField;
  private String errorMessage;
  private boolean notASet;

  /**
   * By position: the field of a Set Order word that is no code, or -1; decided at the row's end.
   */
  private int orderWordField;

  private String orderWord;
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

  /** The texts {@code key} was made of; compared by identity, as unchanged texts are reused. */
  private String keyText;

  private String keyNameText;
  private String key;

  /**
   * @param layout the file's layout
   * @param userUnit the user's unit for a file that states none, or null
   * @param delimiter the file's delimiter; in a {@code ;} file numbers may use {@code ,} as the
   *     decimal separator
   */
  RowHandler(Layout layout, WeightUnit userUnit, char delimiter) {
    this.layout = layout;
    this.format = layout.format();
    this.delimiter = delimiter;
    this.decimalComma = delimiter == ';';
    this.byPosition = layout.match() == HeaderMatch.BY_POSITION;
    this.keepFields = format == ExportFormat.FITNOTES;
    this.dates =
        switch (format) {
          case STRONG -> DateTexts.strong();
          case HEVY -> DateTexts.hevy();
          case FITNOTES, BACKLOAD -> DateTexts.fitNotes(); // both write 2022-09-14
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
    this.exerciseField = layout.at(Role.EXERCISE);
    this.categoryField = layout.at(Role.CATEGORY);
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

  /** The trimmed, non-empty workout name per workout key of the sets so far. */
  Map<String, String> workoutNames() {
    return workoutNames;
  }

  /** The problem of the last {@link Outcome#PROBLEM} record. */
  RowProblem problem() {
    return problem;
  }

  /** Rows read as sets after joining an Exercise name split at its commas back (FitNotes). */
  int repairedRows() {
    return repairedRows;
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
    orderWordField = -1;
    keptFields = 0;
    keptLength = 0;
  }

  @Override
  protected void handleField(int index, char[] buf, int off, int len, boolean quoted) {
    if (inHeader) {
      header.add(new String(buf, off, len));
      return;
    }
    if (keepFields) {
      keep(buf, off, len, quoted);
    } else if (index < fieldCount) {
      read(index, buf, off, len);
    }
  }

  /** Reads field {@code index} of the layout from a buffer range. */
  private void read(int index, char[] buf, int off, int len) {
    switch (roles[index]) {
      case OTHER, CATEGORY, DURATION -> {}
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

  private void keep(char[] buf, int off, int len, boolean quoted) {
    if (keptFields == keptStart.length) {
      keptStart = Arrays.copyOf(keptStart, keptFields * 2);
      keptEnd = Arrays.copyOf(keptEnd, keptFields * 2);
      keptQuoted = Arrays.copyOf(keptQuoted, keptFields * 2);
    }
    if (keptLength + len + 1 > kept.length) {
      kept = Arrays.copyOf(kept, Math.max(kept.length * 2, keptLength + len + 1));
    }
    System.arraycopy(buf, off, kept, keptLength, len);
    keptStart[keptFields] = keptLength;
    keptEnd[keptFields] = keptLength + len;
    keptQuoted[keptFields] = quoted;
    keptLength += len;
    kept[keptLength++] = delimiter;
    keptFields++;
  }

  /**
   * Reads the kept fields of a FitNotes row (import-formats.md section 0, rule 4). With {@code
   * extra} more fields than the header, the Exercise field and the {@code extra} fields after it
   * are one name written unquoted with commas in it, joined back as written.
   *
   * @return whether the row could be read so: it has the header's number of fields, or {@code
   *     extra} more, none of the fields joined was quoted and the category after them is text (not
   *     empty, not a number)
   */
  private boolean readKept(int extra) {
    if (extra < 0 || (extra > 0 && exerciseField < 0)) {
      return false;
    }
    for (int i = 0; i <= extra && extra > 0; i++) {
      if (keptQuoted[exerciseField + i]) {
        return false; // a quoted field was written whole: the extra fields are something else
      }
    }
    if (extra > 0 && categoryField >= 0) {
      // The category after the joined name is text: a number or nothing there means the fields
      // were shifted by something else than a comma in the name.
      int at = categoryField > exerciseField ? categoryField + extra : categoryField;
      int len = keptEnd[at] - keptStart[at];
      boolean blank = true;
      for (int i = keptStart[at]; i < keptEnd[at]; i++) {
        blank &= kept[i] <= ' ';
      }
      if (blank || !Double.isNaN(Numbers.parse(kept, keptStart[at], len, decimalComma))) {
        return false;
      }
    }
    for (int i = 0; i < fieldCount; i++) {
      int from = i <= exerciseField ? i : i + extra;
      int to = i == exerciseField ? i + extra : from;
      read(i, kept, keptStart[from], keptEnd[to] - keptStart[from]);
    }
    return true;
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
    boolean repaired = false;
    if (keepFields && readKept(count - fieldCount)) {
      repaired = count > fieldCount;
      count = fieldCount;
    }
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
    if (orderWordField >= 0) {
      if (errorField < 0 && weight == 0 && reps == 0) {
        return Outcome.NOT_A_SET; // a rest or note row in the file's language
      }
      fail(orderWordField, notASetOrder(orderWord));
    }
    double kg = weightKg();
    if (errorField >= 0) {
      if (repaired) {
        return problem(
            errorField,
            errorMessage
                + " (the row has "
                + getFieldCount()
                + " fields, the header "
                + fieldCount
                + "; it was read with "
                + quote(String.valueOf(exerciseText))
                + " as the exercise name)");
      }
      return problem(errorField, errorMessage);
    }
    String workout = workoutKey();
    sets.add(date, workout, exercise, setType, kg, reps, rpe, note);
    if (hasWorkoutName && workout != namedKey) {
      namedKey = workout;
      String name =
          (format == ExportFormat.BACKLOAD ? BackloadCsv.unprotect(nameText) : nameText).strip();
      if (!name.isEmpty()) {
        workoutNames.putIfAbsent(workout, name);
      }
    }
    if (repaired) {
      repairedRows++;
    }
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
      String name = (format == ExportFormat.BACKLOAD ? BackloadCsv.unprotect(text) : text).strip();
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
    SetType type = setOrderType(buf, off, len, decimalComma);
    if (type != null) {
      setType = type;
      return;
    }
    String text = new String(buf, off, len).strip();
    if (text.equalsIgnoreCase("Rest Timer")
        || text.equalsIgnoreCase("Ruhezeit")
        || text.equalsIgnoreCase("Note")) {
      notASet = true;
      return;
    }
    if (byPosition) {
      // The app's rest and note rows are in the file's language: one without weight or reps is
      // such a row, any other is a problem (decided when the row is complete).
      orderWordField = index;
      orderWord = new String(buf, off, len);
      return;
    }
    fail(index, notASetOrder(new String(buf, off, len)));
  }

  private static String notASetOrder(String text) {
    return quote(text)
        + " is not a set order (a number, W, WARM_UP, D, DROP, DROP_SET, F, FAILURE, Rest Timer,"
        + " Ruhezeit or Note)";
  }

  /**
   * The set type a Strong Set Order value stands for (import-formats.md section 0, rule 3): {@code
   * W} and {@code WARM_UP} warm-up, {@code D}, {@code DROP} and {@code DROP_SET} drop, {@code F}
   * and {@code FAILURE} failure sets, ignoring case; a whole number ({@code 3}, {@code 3.0}) a
   * working set.
   *
   * @return the type, or {@code null} for any other value (a rest or note row, or a problem)
   */
  static SetType setOrderType(char[] buf, int off, int len, boolean decimalComma) {
    if (Numbers.plainDigits(buf, off, len) >= 0) {
      return SetType.WORKING;
    }
    // trimmed, without a string
    while (len > 0 && buf[off] <= ' ') {
      off++;
      len--;
    }
    while (len > 0 && buf[off + len - 1] <= ' ') {
      len--;
    }
    if (sameIgnoringCase("WARM_UP", buf, off, len) || (len == 1 && (buf[off] | 0x20) == 'w')) {
      return SetType.WARMUP;
    }
    if (sameIgnoringCase("DROP", buf, off, len)
        || sameIgnoringCase("DROP_SET", buf, off, len)
        || (len == 1 && (buf[off] | 0x20) == 'd')) {
      return SetType.DROP;
    }
    if (sameIgnoringCase("FAILURE", buf, off, len) || (len == 1 && (buf[off] | 0x20) == 'f')) {
      return SetType.FAILURE;
    }
    double number = Numbers.parse(buf, off, len, decimalComma);
    if (number >= 0 && number == Math.rint(number)) {
      return SetType.WORKING;
    }
    return null;
  }

  /** Whether the buffer range is {@code code} (upper case ASCII), ignoring the range's case. */
  private static boolean sameIgnoringCase(String code, char[] buf, int off, int len) {
    if (code.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      char c = buf[off + i];
      if ((c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c) != code.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void readSetType(int index, char[] buf, int off, int len) {
    if (format == ExportFormat.BACKLOAD) {
      readBackloadSetType(index, buf, off, len);
      return;
    }
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

  private void readBackloadSetType(int index, char[] buf, int off, int len) {
    for (SetType type : SET_TYPES) {
      if (same(type.name(), buf, off, len)) {
        setType = type;
        return;
      }
    }
    String text = new String(buf, off, len);
    for (SetType type : SET_TYPES) {
      if (type.name().equalsIgnoreCase(text.strip())) {
        setType = type;
        return;
      }
    }
    fail(index, quote(text) + " is not a set type (WARMUP, WORKING, DROP or FAILURE)");
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
      String stripped =
          (format == ExportFormat.BACKLOAD ? BackloadCsv.unprotect(text) : text).strip();
      lastNoteText = text;
      lastNote = stripped.isEmpty() ? null : stripped;
    }
    note = lastNote;
  }

  /**
   * The workout key (analytics.md section 1): Strong's {@code Workout #}; otherwise the Strong date
   * text or Hevy start_time, a space, and the workout name as written; FitNotes' date; for
   * Backload's export the date, a space, {@code #} and the workout's number within the date.
   */
  private String workoutKey() {
    if (format == ExportFormat.BACKLOAD) {
      if (numberText != keyText || dateText != keyNameText) {
        keyText = numberText;
        keyNameText = dateText;
        key = dateText.strip() + " #" + numberText.strip();
      }
    } else if (hasWorkoutNumber) {
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
