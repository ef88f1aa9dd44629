package dev.backload.core.importing;

import static dev.backload.core.importing.ExportFormat.BACKLOAD;
import static dev.backload.core.importing.ExportFormat.FITNOTES;
import static dev.backload.core.importing.ExportFormat.HEVY;
import static dev.backload.core.importing.ExportFormat.STRONG;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The columns of one file as the importer reads them (import-formats.md section 0): where each
 * field the importer reads sits, the known layout ({@link Variant}) the file is, or is closest to,
 * how it was recognised, which of that layout's columns the file lacks, and the unit the header
 * states. Built by {@link #byName(List)} from the header's names, or by {@link HeaderByPosition}
 * for a Strong header in a language whose names are not known.
 *
 * @param variant the known layout: the one sharing the most columns with the file (by name), or the
 *     one the first rows fit (by position)
 * @param id the variant id reported to the user (Hevy's also names the weight unit)
 * @param match how the columns were recognised
 * @param missing the columns of {@code variant} the file does not have, as that layout names them
 *     (the optional columns of rule 1; required ones are never missing)
 * @param headerUnit the unit the header states ({@code kg}, {@code Weight (lbs)}, {@code
 *     weight_kg}...), or {@code null} when the header states none
 * @param names the header's column names as the file writes them (for messages)
 * @param index field position per {@link Role} ordinal, -1 when the file has no such column
 */
record Layout(
    Variant variant,
    String id,
    HeaderMatch match,
    List<String> missing,
    WeightUnit headerUnit,
    String[] names,
    int[] index) {

  /** What a column means to the importer. */
  enum Role {
    WORKOUT_NO,
    DATE,
    WORKOUT_NAME,
    EXERCISE,
    SET_ORDER,
    SET_TYPE,
    WEIGHT,
    WEIGHT_UNIT,
    REPS,
    RPE,
    NOTE,
    /** FitNotes' category: read past, but one of the columns that name a FitNotes export. */
    CATEGORY,
    /** A Strong workout duration: read past, but checked when matching by position. */
    DURATION,
    /** Read past: distance, seconds, end times, workout notes, unknown columns. */
    OTHER
  }

  /** The header variants of import-formats.md, in the order they are tried. */
  enum Variant {
    S_2016(
        "S-2016",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Exercise Name|EXERCISE, Set Order|SET_ORDER,"
            + " kg/kgs/lbs/lb|WEIGHT, Reps|REPS, km/mi/miles|OTHER, Seconds|OTHER, Notes|NOTE"),
    S_2017(
        "S-2017",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Exercise Name|EXERCISE, Set Order|SET_ORDER,"
            + " Weight|WEIGHT, Reps|REPS, Distance|OTHER, Seconds|OTHER, Notes|NOTE,"
            + " Workout Notes|OTHER"),
    S_CLASSIC(
        "S-classic",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Duration|DURATION, Exercise Name|EXERCISE,"
            + " Set Order|SET_ORDER, Weight|WEIGHT, Reps|REPS, Distance|OTHER, Seconds|OTHER,"
            + " Notes|NOTE, Workout Notes|OTHER, RPE|RPE"),
    S_CLASSIC_10(
        "S-classic-10",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Duration|DURATION, Exercise Name|EXERCISE,"
            + " Set Order|SET_ORDER, Weight|WEIGHT, Reps|REPS, Distance|OTHER, Seconds|OTHER,"
            + " RPE|RPE"),
    /** S-classic with German names: a translation table kept besides matching by position. */
    S_CLASSIC_DE(
        "S-classic-de",
        STRONG,
        "Datum|DATE, Workout-Name|WORKOUT_NAME, Dauer|DURATION, Name der Übung|EXERCISE,"
            + " Reihenfolge festlegen|SET_ORDER, Gewicht|WEIGHT, Wiederh.|REPS,"
            + " Entfernung|OTHER, Sekunden|OTHER, Notizen|NOTE, Workout-Notizen|OTHER, RPE|RPE"),
    S_UNITS(
        "S-units",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Exercise Name|EXERCISE, Set Order|SET_ORDER,"
            + " Weight|WEIGHT, Weight Unit|WEIGHT_UNIT, Reps|REPS, RPE|RPE, Distance|OTHER,"
            + " Distance Unit|OTHER, Seconds|OTHER, Notes|NOTE, Workout Notes|OTHER,"
            + " Workout Duration|DURATION"),
    S_NEW(
        "S-new",
        STRONG,
        "Workout #|WORKOUT_NO, Date|DATE, Workout Name|WORKOUT_NAME, Duration (sec)|DURATION,"
            + " Exercise Name|EXERCISE, Set Order|SET_ORDER,"
            + " Weight (kg)/Weight (kgs)/Weight (lbs)/Weight (lb)|WEIGHT, Reps|REPS, RPE|RPE,"
            + " Distance (meters)/Distance (m)/Distance (km)/Distance (miles)/Distance (mi)"
            + "/Distance (feet)/Distance (ft)|OTHER, Seconds|OTHER, Notes|NOTE,"
            + " Workout Notes|OTHER"),
    HEVY_EXPORT(
        "hevy",
        HEVY,
        "title|WORKOUT_NAME, start_time|DATE, end_time|OTHER, description|OTHER,"
            + " exercise_title|EXERCISE, superset_id|OTHER, exercise_notes|NOTE,"
            + " set_index|OTHER, set_type|SET_TYPE, weight_kg/weight_lbs/weight_lb|WEIGHT,"
            + " reps|REPS, distance_km/distance_miles/distance_mi|OTHER,"
            + " duration_seconds|OTHER, rpe|RPE"),
    /** A Hevy export re-saved by a spreadsheet: {@code ;}, unquoted, no {@code superset_id}. */
    HEVY_RESAVED(
        "hevy",
        HEVY,
        "title|WORKOUT_NAME, start_time|DATE, end_time|OTHER, description|OTHER,"
            + " exercise_title|EXERCISE, exercise_notes|NOTE, set_index|OTHER,"
            + " set_type|SET_TYPE, weight_kg/weight_lbs/weight_lb|WEIGHT, reps|REPS,"
            + " distance_km/distance_miles/distance_mi|OTHER, duration_seconds|OTHER, rpe|RPE"),
    FITNOTES_OLD(
        "fitnotes-old",
        FITNOTES,
        "Date|DATE, Exercise|EXERCISE, Category|CATEGORY,"
            + " Weight (lbs)/Weight (kgs)/Weight (kg)/Weight (lb)|WEIGHT, Reps|REPS,"
            + " Distance|OTHER, Distance Unit|OTHER, Time|OTHER"),
    FITNOTES_OLD_COMMENT(
        "fitnotes-old-comment",
        FITNOTES,
        "Date|DATE, Exercise|EXERCISE, Category|CATEGORY,"
            + " Weight (lbs)/Weight (kgs)/Weight (kg)/Weight (lb)|WEIGHT, Reps|REPS,"
            + " Distance|OTHER, Distance Unit|OTHER, Time|OTHER, Comment|NOTE"),
    FITNOTES_UNIT(
        "fitnotes-unit",
        FITNOTES,
        "Date|DATE, Exercise|EXERCISE, Category|CATEGORY, Weight|WEIGHT,"
            + " Weight Unit|WEIGHT_UNIT, Reps|REPS, Distance|OTHER, Distance Unit|OTHER,"
            + " Time|OTHER, Comment|NOTE"),
    /** Backload's own export ({@link BackloadCsv#HEADER}). */
    BACKLOAD_CSV(
        "backload",
        BACKLOAD,
        "Date|DATE, Workout|WORKOUT_NO, Workout Name|WORKOUT_NAME, Exercise|EXERCISE,"
            + " Set Type|SET_TYPE, Weight (kg)|WEIGHT, Reps|REPS, RPE|RPE, Note|NOTE");

    private final String baseId;
    private final ExportFormat format;

    /** Accepted names per column (lower case). */
    private final String[][] accepted;

    /** The first accepted name per column, as the app writes it. */
    private final String[] display;

    /** Role per column. */
    private final Role[] roles;

    Variant(String baseId, ExportFormat format, String columns) {
      this.baseId = baseId;
      this.format = format;
      String[] cols = columns.split(",\\s*");
      this.accepted = new String[cols.length][];
      this.display = new String[cols.length];
      this.roles = new Role[cols.length];
      for (int i = 0; i < cols.length; i++) {
        int bar = cols[i].lastIndexOf('|');
        String names = cols[i].substring(0, bar);
        display[i] = names.split("/")[0];
        accepted[i] = names.toLowerCase(Locale.ROOT).split("/");
        roles[i] = Role.valueOf(cols[i].substring(bar + 1));
      }
    }

    ExportFormat format() {
      return format;
    }

    /** The number of columns. */
    int size() {
      return roles.length;
    }

    Role role(int column) {
      return roles[column];
    }

    /** The column's name as the app writes it, e.g. {@code Workout Duration}. */
    String display(int column) {
      return display[column];
    }

    /** The reported id for a file whose header states {@code unit} (null: none). */
    String id(WeightUnit unit) {
      if (format != HEVY) {
        return baseId;
      }
      String id = baseId + (unit == WeightUnit.LB ? "-lbs" : "-kg");
      return this == HEVY_RESAVED ? id + "-resaved" : id;
    }
  }

  /** Per format, every column name its variants use (lower case) and the role it has. */
  private static final Map<ExportFormat, Map<String, Role>> NAMES =
      new EnumMap<>(ExportFormat.class);

  static {
    for (Variant v : Variant.values()) {
      Map<String, Role> names = NAMES.computeIfAbsent(v.format(), f -> new HashMap<>());
      for (int i = 0; i < v.size(); i++) {
        for (String name : v.accepted[i]) {
          Role before = names.putIfAbsent(name, v.roles[i]);
          if (before != null && before != v.roles[i]) {
            throw new IllegalStateException(name + " has two roles in " + v.format());
          }
        }
      }
    }
  }

  /**
   * The columns whose names identify a format's export (rule 1): Strong's Set Order with Exercise
   * Name, Hevy's exercise_title, FitNotes' Exercise with Category, Backload's Exercise with Set
   * Type.
   */
  static List<Role> keyRoles(ExportFormat format) {
    return switch (format) {
      case STRONG -> List.of(Role.SET_ORDER, Role.EXERCISE);
      case HEVY -> List.of(Role.EXERCISE);
      case FITNOTES -> List.of(Role.EXERCISE, Role.CATEGORY);
      case BACKLOAD -> List.of(Role.EXERCISE, Role.SET_TYPE);
    };
  }

  /**
   * The columns an import of a format cannot do without. Every other column is optional (rule 1):
   * for Strong, Duration, Workout Duration, Distance, Distance Unit, Seconds, Notes, Workout Notes,
   * RPE, Weight Unit, and also S-new's Workout # and Duration (sec); for FitNotes Comment,
   * Distance, Distance Unit, Time and Weight Unit; for Hevy all but the workout's title and start,
   * the exercise, the set type, the weight and the reps.
   */
  static List<Role> requiredRoles(ExportFormat format) {
    return switch (format) {
      case STRONG ->
          List.of(
              Role.DATE, Role.WORKOUT_NAME, Role.EXERCISE, Role.SET_ORDER, Role.WEIGHT, Role.REPS);
      case HEVY ->
          List.of(
              Role.WORKOUT_NAME, Role.DATE, Role.EXERCISE, Role.SET_TYPE, Role.WEIGHT, Role.REPS);
      case FITNOTES -> List.of(Role.DATE, Role.EXERCISE, Role.CATEGORY, Role.WEIGHT, Role.REPS);
      case BACKLOAD ->
          List.of(Role.DATE, Role.WORKOUT_NO, Role.EXERCISE, Role.SET_TYPE, Role.WEIGHT, Role.REPS);
    };
  }

  /**
   * The English name of the column with this role in a format, as most of its layouts write it:
   * {@code Set Order}, {@code Weight} (not S-2016's {@code kg}).
   */
  static String columnName(ExportFormat format, Role role) {
    Map<String, Integer> uses = new java.util.LinkedHashMap<>();
    for (Variant v : Variant.values()) {
      for (int i = 0; i < v.size(); i++) {
        if (v.format() == format && v.roles[i] == role) {
          uses.merge(v.display[i], 1, Integer::sum);
        }
      }
    }
    return uses.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow(() -> new IllegalArgumentException(role + " of " + format));
  }

  /** The names of the columns with these roles, e.g. {@code Set Order and Exercise Name}. */
  static String columnNames(ExportFormat format, List<Role> roles) {
    List<String> names = new ArrayList<>();
    for (Role role : roles) {
      names.add(columnName(format, role));
    }
    return inWords(names);
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  static String inWords(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /** The reported variant ids of a format ({@code null}: of all), in detection order. */
  static List<String> variantIds(ExportFormat format) {
    List<String> ids = new ArrayList<>();
    for (Variant v : Variant.values()) {
      if (format != null && v.format() != format) {
        continue;
      }
      if (v.format() == HEVY) {
        ids.add(v.id(WeightUnit.KG));
        ids.add(v.id(WeightUnit.LB));
      } else {
        ids.add(v.id(null));
      }
    }
    return List.copyOf(ids);
  }

  /**
   * Recognises a header by its column names (rule 1). The app is the first (Strong, Hevy, FitNotes,
   * Backload) whose key columns ({@link #keyRoles}) are all named; every column is then read by its
   * name, in any order, and columns with unknown names are read past. When one name occurs twice
   * the first column counts. Names are compared after Unicode NFC normalisation and trimming,
   * ignoring case.
   *
   * @param header the header's fields as the file writes them
   * @return the layout, or {@code null} when no app's key columns are all named
   * @throws ImportException on line 1 when the key columns of an app are named but a column the
   *     import needs ({@link #requiredRoles}) is not
   */
  static Layout byName(List<String> header) throws ImportException {
    String[] norm = normalise(header);
    for (ExportFormat format : ExportFormat.values()) {
      Map<String, Role> names = NAMES.get(format);
      int[] index = new int[Role.values().length];
      Arrays.fill(index, -1);
      for (int i = 0; i < norm.length; i++) {
        Role role = names.get(norm[i]);
        if (role != null && role != Role.OTHER && index[role.ordinal()] < 0) {
          index[role.ordinal()] = i;
        }
      }
      if (!keyRoles(format).stream().allMatch(r -> index[r.ordinal()] >= 0)) {
        continue;
      }
      List<String> absent = new ArrayList<>();
      for (Role role : requiredRoles(format)) {
        if (index[role.ordinal()] < 0) {
          absent.add(columnName(format, role));
        }
      }
      if (!absent.isEmpty()) {
        throw new ImportException(
            1,
            null,
            "the header names the "
                + columnNames(format, keyRoles(format))
                + " columns of a "
                + format.displayName()
                + " export, but has no "
                + inWords(absent)
                + " column"
                + (absent.size() == 1 ? "" : "s")
                + "; a "
                + format.displayName()
                + " export needs "
                + columnNames(format, requiredRoles(format))
                + ". "
                + found(header)
                + "; known layouts: "
                + known()
                + ".");
      }
      return closest(format, header, norm, index);
    }
    return null;
  }

  /** The file's layout named after the variant that shares the most columns with it. */
  private static Layout closest(
      ExportFormat format, List<String> header, String[] norm, int[] index) {
    Variant best = null;
    List<String> bestMissing = null;
    int bestShared = -1;
    for (Variant v : Variant.values()) {
      if (v.format() != format) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        if (!has(v, i, norm, index)) {
          missing.add(v.display[i]);
        }
      }
      int shared = v.size() - missing.size();
      if (shared > bestShared || (shared == bestShared && missing.size() < bestMissing.size())) {
        best = v;
        bestShared = shared;
        bestMissing = missing;
      }
    }
    int weight = index[Role.WEIGHT.ordinal()];
    WeightUnit unit = weight < 0 ? null : unitInName(norm[weight]);
    return new Layout(
        best,
        best.id(unit),
        HeaderMatch.BY_NAME,
        List.copyOf(bestMissing),
        unit,
        header.toArray(new String[0]),
        index);
  }

  /** Whether the file has column {@code i} of {@code v}: its role, or for others its name. */
  private static boolean has(Variant v, int i, String[] norm, int[] index) {
    if (v.roles[i] != Role.OTHER) {
      return index[v.roles[i].ordinal()] >= 0;
    }
    for (String name : norm) {
      if (Arrays.asList(v.accepted[i]).contains(name)) {
        return true;
      }
    }
    return false;
  }

  /** The header's names for comparing: NFC, trimmed, lower case. */
  static String[] normalise(List<String> header) {
    String[] norm = new String[header.size()];
    for (int i = 0; i < norm.length; i++) {
      norm[i] =
          Normalizer.normalize(header.get(i), Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
    return norm;
  }

  /**
   * The unit a weight column's name states: the whole name ({@code kg}, {@code lbs}), a unit in
   * parentheses at its end ({@code Weight (kgs)}, also in another language: {@code Gewicht (kg)}),
   * or after its last underscore ({@code weight_lbs}); {@code null} when it states none.
   */
  static WeightUnit unitInName(String norm) {
    WeightUnit unit = WeightUnit.fromText(norm);
    if (unit == null && norm.endsWith(")") && norm.lastIndexOf('(') >= 0) {
      unit = WeightUnit.fromText(norm.substring(norm.lastIndexOf('(') + 1, norm.length() - 1));
    }
    if (unit == null && norm.lastIndexOf('_') >= 0) {
      unit = WeightUnit.fromText(norm.substring(norm.lastIndexOf('_') + 1));
    }
    return unit;
  }

  /** The columns a header has, for messages: {@code found 3 columns: "a", "b", "c"}. */
  static String found(List<String> header) {
    StringJoiner names = new StringJoiner(", ");
    int shown = Math.min(header.size(), 20);
    for (int i = 0; i < shown; i++) {
      names.add(RowHandler.quote(header.get(i)));
    }
    if (header.size() > shown) {
      names.add("...");
    }
    return "Found " + header.size() + (header.size() == 1 ? " column: " : " columns: ") + names;
  }

  /** The known layouts, e.g. {@code Strong (S-2016, ...), Hevy (...), ...}. */
  static String known() {
    StringJoiner formats = new StringJoiner(", ");
    for (ExportFormat format : ExportFormat.values()) {
      formats.add(format.displayName() + " (" + String.join(", ", variantIds(format)) + ")");
    }
    return formats.toString();
  }

  ExportFormat format() {
    return variant.format();
  }

  /** The field position of a role, -1 when absent. */
  int at(Role role) {
    return index[role.ordinal()];
  }

  /** The number of fields every row must have: the header's, trailing empty names included. */
  int fieldCount() {
    return names.length;
  }

  /** The column's name as the header writes it, trimmed. */
  String name(int field) {
    return names[field].strip();
  }
}
