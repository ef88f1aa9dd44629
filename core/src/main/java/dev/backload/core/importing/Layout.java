package dev.backload.core.importing;

import static dev.backload.core.importing.ExportFormat.BACKLOAD;
import static dev.backload.core.importing.ExportFormat.FITNOTES;
import static dev.backload.core.importing.ExportFormat.HEVY;
import static dev.backload.core.importing.ExportFormat.STRONG;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One header layout recognised in a file: the variant, where each field the importer reads sits, and
 * the unit the header states. Built by {@link #match(List)} from the header row.
 *
 * @param variant the header variant
 * @param id the variant id reported to the user (Hevy's also names the weight unit)
 * @param headerUnit the unit the header states ({@code kg}, {@code Weight (lbs)}, {@code
 *     weight_kg}...), or {@code null} when the header states none
 * @param names the header's column names as the file writes them (for messages)
 * @param index field position per {@link Role} ordinal, -1 when the layout has no such column
 */
record Layout(Variant variant, String id, WeightUnit headerUnit, String[] names, int[] index) {

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
    /** Read past: distance, seconds, durations, categories, workout notes. */
    OTHER
  }

  /**
   * Weight column names that state a unit. Names not listed here ({@code Weight}, {@code Gewicht})
   * state none.
   */
  private static final Map<String, WeightUnit> WEIGHT_HEADER_UNITS =
      Map.ofEntries(
          Map.entry("kg", WeightUnit.KG),
          Map.entry("kgs", WeightUnit.KG),
          Map.entry("lb", WeightUnit.LB),
          Map.entry("lbs", WeightUnit.LB),
          Map.entry("weight (kg)", WeightUnit.KG),
          Map.entry("weight (kgs)", WeightUnit.KG),
          Map.entry("weight (lb)", WeightUnit.LB),
          Map.entry("weight (lbs)", WeightUnit.LB),
          Map.entry("weight_kg", WeightUnit.KG),
          Map.entry("weight_lbs", WeightUnit.LB),
          Map.entry("weight_lb", WeightUnit.LB));

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
        "Date|DATE, Workout Name|WORKOUT_NAME, Duration|OTHER, Exercise Name|EXERCISE,"
            + " Set Order|SET_ORDER, Weight|WEIGHT, Reps|REPS, Distance|OTHER, Seconds|OTHER,"
            + " Notes|NOTE, Workout Notes|OTHER, RPE|RPE"),
    S_CLASSIC_10(
        "S-classic-10",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Duration|OTHER, Exercise Name|EXERCISE,"
            + " Set Order|SET_ORDER, Weight|WEIGHT, Reps|REPS, Distance|OTHER, Seconds|OTHER,"
            + " RPE|RPE"),
    S_CLASSIC_DE(
        "S-classic-de",
        STRONG,
        "Datum|DATE, Workout-Name|WORKOUT_NAME, Dauer|OTHER, Name der Übung|EXERCISE,"
            + " Reihenfolge festlegen|SET_ORDER, Gewicht|WEIGHT, Wiederh.|REPS,"
            + " Entfernung|OTHER, Sekunden|OTHER, Notizen|NOTE, Workout-Notizen|OTHER, RPE|RPE"),
    S_UNITS(
        "S-units",
        STRONG,
        "Date|DATE, Workout Name|WORKOUT_NAME, Exercise Name|EXERCISE, Set Order|SET_ORDER,"
            + " Weight|WEIGHT, Weight Unit|WEIGHT_UNIT, Reps|REPS, RPE|RPE, Distance|OTHER,"
            + " Distance Unit|OTHER, Seconds|OTHER, Notes|NOTE, Workout Notes|OTHER,"
            + " Workout Duration|OTHER"),
    S_NEW(
        "S-new",
        STRONG,
        "Workout #|WORKOUT_NO, Date|DATE, Workout Name|WORKOUT_NAME, Duration (sec)|OTHER,"
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
        "Date|DATE, Exercise|EXERCISE, Category|OTHER,"
            + " Weight (lbs)/Weight (kgs)/Weight (kg)/Weight (lb)|WEIGHT, Reps|REPS,"
            + " Distance|OTHER, Distance Unit|OTHER, Time|OTHER"),
    FITNOTES_OLD_COMMENT(
        "fitnotes-old-comment",
        FITNOTES,
        "Date|DATE, Exercise|EXERCISE, Category|OTHER,"
            + " Weight (lbs)/Weight (kgs)/Weight (kg)/Weight (lb)|WEIGHT, Reps|REPS,"
            + " Distance|OTHER, Distance Unit|OTHER, Time|OTHER, Comment|NOTE"),
    FITNOTES_UNIT(
        "fitnotes-unit",
        FITNOTES,
        "Date|DATE, Exercise|EXERCISE, Category|OTHER, Weight|WEIGHT,"
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
    /** Role per column. */
    private final Role[] roles;

    Variant(String baseId, ExportFormat format, String columns) {
      this.baseId = baseId;
      this.format = format;
      String[] cols = columns.split(",\\s*");
      this.accepted = new String[cols.length][];
      this.roles = new Role[cols.length];
      for (int i = 0; i < cols.length; i++) {
        int bar = cols[i].lastIndexOf('|');
        accepted[i] = cols[i].substring(0, bar).toLowerCase(Locale.ROOT).split("/");
        roles[i] = Role.valueOf(cols[i].substring(bar + 1));
      }
    }

    ExportFormat format() {
      return format;
    }

    /** The reported id for a file whose header states {@code unit} (null: none). */
    String id(WeightUnit unit) {
      if (format != HEVY) {
        return baseId;
      }
      String id = baseId + (unit == WeightUnit.LB ? "-lbs" : "-kg");
      return this == HEVY_RESAVED ? id + "-resaved" : id;
    }

    /** The column names, e.g. {@code Date,Workout Name,...} (first accepted name of each). */
    String headerExample() {
      StringBuilder b = new StringBuilder();
      for (String[] names : accepted) {
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(names[0]);
      }
      return b.toString();
    }
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
   * Recognises a header row. Names are compared after Unicode NFC normalisation and trimming,
   * ignoring case; empty names after the last column (a trailing delimiter) are ignored.
   *
   * @param header the header's fields as the file writes them
   * @return the layout, or {@code null} when the header is none of the known variants
   */
  static Layout match(List<String> header) {
    int count = header.size();
    while (count > 0 && header.get(count - 1).isBlank()) {
      count--;
    }
    String[] norm = new String[count];
    for (int i = 0; i < count; i++) {
      norm[i] = Normalizer.normalize(header.get(i), Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }
    for (Variant v : Variant.values()) {
      if (v.accepted.length != count || !matches(v, norm)) {
        continue;
      }
      int[] index = new int[Role.values().length];
      Arrays.fill(index, -1);
      WeightUnit unit = null;
      for (int i = 0; i < count; i++) {
        Role role = v.roles[i];
        if (role != Role.OTHER) {
          index[role.ordinal()] = i;
        }
        if (role == Role.WEIGHT) {
          unit = WEIGHT_HEADER_UNITS.get(norm[i]);
        }
      }
      return new Layout(v, v.id(unit), unit, header.toArray(new String[0]), index);
    }
    return null;
  }

  private static boolean matches(Variant v, String[] norm) {
    for (int i = 0; i < norm.length; i++) {
      if (!Arrays.asList(v.accepted[i]).contains(norm[i])) {
        return false;
      }
    }
    return true;
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
