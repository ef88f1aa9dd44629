package dev.backload.core.log;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One logged set in canonical form (analytics.md section 1): what every importer and the app's own
 * log produce, and what the analytics read.
 *
 * @param date local calendar date of the workout's start
 * @param workout the key of the workout the set belongs to (importer-specific, stable per workout)
 * @param exercise exercise name as written, trimmed
 * @param variation the hinge variation of the exercise, or {@code null} when it is not a hinge
 * @param setType warm-up, working, drop or failure
 * @param weightKg load in kilograms, at least 0 (0 is body weight); converted from pounds when
 *     needed
 * @param reps whole repetitions, at least 0
 * @param rpe rating of perceived exertion 1..10 in half steps, or {@code null}
 * @param note the exercise or set note, or {@code null}
 */
public record TrainingSet(
    LocalDate date,
    String workout,
    String exercise,
    HingeVariation variation,
    SetType setType,
    double weightKg,
    int reps,
    Double rpe,
    String note) {

  /** The word in an exercise name that makes its weight assistance rather than load. */
  private static final String ASSISTED = "assisted";

  /** Kilograms in one pound, exactly. */
  public static final double KG_PER_LB = 0.45359237;

  public TrainingSet {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(workout, "workout");
    Objects.requireNonNull(exercise, "exercise");
    Objects.requireNonNull(setType, "setType");
    if (!(weightKg >= 0) || Double.isInfinite(weightKg)) {
      throw new IllegalArgumentException("weightKg must be a finite number >= 0: " + weightKg);
    }
    if (reps < 0) {
      throw new IllegalArgumentException("reps must be >= 0: " + reps);
    }
    if (rpe != null && (rpe < 1 || rpe > 10)) {
      throw new IllegalArgumentException("rpe must be within 1..10: " + rpe);
    }
  }

  /**
   * Creates a set, classifying the exercise's hinge variation from its name.
   *
   * @throws IllegalArgumentException when a value is out of range
   */
  public static TrainingSet of(
      LocalDate date,
      String workout,
      String exercise,
      SetType setType,
      double weightKg,
      int reps,
      Double rpe,
      String note) {
    return new TrainingSet(
        date,
        workout,
        exercise,
        HingeVariation.of(exercise).orElse(null),
        setType,
        weightKg,
        reps,
        rpe,
        note);
  }

  /** Whether the exercise is in the hinge (deadlift) family. */
  public boolean isHinge() {
    return variation != null;
  }

  /** Whether this set counts in the analytics: at least one rep and not a warm-up. */
  public boolean isWorking() {
    return isWorking(reps, setType);
  }

  /** Whether a set of these reps and type is a working set: at least one rep, not a warm-up. */
  public static boolean isWorking(int reps, SetType setType) {
    return reps >= 1 && setType != SetType.WARMUP;
  }

  /**
   * The load that counts for tonnage and e1RM: 0 for assisted exercises (their weight is
   * assistance, not load), {@link #weightKg()} otherwise.
   */
  public double loadKg() {
    return isAssisted(exercise) ? 0.0 : weightKg;
  }

  /**
   * Whether an exercise's weight is assistance, not load: {@code name.toLowerCase(Locale.ROOT)}
   * contains {@code assisted}. Found without building the lower-cased copy (this runs once per set
   * of a large import). Only {@code A-Z} lower-case to the ASCII letters of the word: the one other
   * character that lower-cases to one of them, {@code U+0130}, becomes {@code i} followed by a
   * combining dot, which no letter of the word follows an {@code i} as; so comparing with {@code
   * A-Z} folded gives the same answer.
   */
  public static boolean isAssisted(String name) {
    int last = name.length() - ASSISTED.length();
    for (int i = 0; i <= last; i++) {
      int j = 0;
      while (j < ASSISTED.length()) {
        char c = name.charAt(i + j);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c != ASSISTED.charAt(j)) {
          break;
        }
        j++;
      }
      if (j == ASSISTED.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Rounds an RPE to the nearest half step, a quarter rounding up (7.25 becomes 7.5).
   *
   * @param rpe the value as read
   * @return the rounded value
   */
  public static double roundRpe(double rpe) {
    return Math.floor(rpe * 2 + 0.5) / 2;
  }

  /** An RPE for display: {@code 8} or {@code 8.5}, empty for none. */
  public static String formatRpe(Double rpe) {
    if (rpe == null) {
      return "";
    }
    return rpe == Math.rint(rpe) ? Long.toString(rpe.longValue()) : rpe.toString();
  }
}
