package dev.backload.app.log;

import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for what a person may log, shared by the API and the pages. Problems are collected,
 * each naming its field ({@code date}, {@code sets[0].reps}...), and thrown together by {@link
 * #check()}. Texts are trimmed, and an empty name or note is none.
 */
final class LogInput {
  static final int MAX_SETS = 200;
  static final int MAX_NAME = 200;
  static final int MAX_EXERCISE = 200;
  static final int MAX_NOTE = 2000;
  static final int MAX_REPS = 10_000;
  static final double MAX_WEIGHT_KG = 2000;
  static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** A problem with one field. */
  record Problem(String field, String message) {}

  /** The input broke at least one rule; the problems in field order. */
  static final class Invalid extends RuntimeException {
    private final List<Problem> problems;

    Invalid(List<Problem> problems) {
      super(problems.get(0).field() + ": " + problems.get(0).message());
      this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
      return problems;
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  /** Throws {@link Invalid} when a problem was found. */
  void check() {
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
  }

  void problem(String field, String message) {
    problems.add(new Problem(field, message));
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * A workout date: ISO {@code 2026-11-20}, not before 1900 and not after tomorrow (a log records
   * what happened; tomorrow is allowed for a person whose clock is ahead of their settings).
   *
   * @param today today in the person's time zone ({@link dev.backload.app.account.AccountCalendar})
   */
  LocalDate date(String field, String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      problem(field, "The date is missing; use a date like 2026-11-20.");
      return null;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      problem(field, "Not a date; use a date like 2026-11-20.");
      return null;
    }
    if (date.isBefore(EARLIEST) || date.isAfter(today.plusDays(1))) {
      problem(field, "The date must be between 1900-01-01 and today.");
      return null;
    }
    return date;
  }

  /** A workout name: optional, at most 200 characters. */
  String name(String field, String text) {
    String name = optionalText(text);
    if (name != null && name.length() > MAX_NAME) {
      problem(field, "A workout name has at most " + MAX_NAME + " characters.");
    }
    noNul(field, name);
    return name;
  }

  /** The longest client id: a UUID (36 characters) fits with room to spare. */
  static final int MAX_CLIENT_ID = 64;

  /**
   * A client-generated id of a workout or set: optional; 1 to 64 letters, digits, {@code -} or
   * {@code _} (a UUID fits).
   *
   * @return the id, trimmed, or null when none was given or it has a problem
   */
  String clientId(String field, String text) {
    String id = optionalText(text);
    if (id == null) {
      return null;
    }
    if (id.length() > MAX_CLIENT_ID || !id.matches("[A-Za-z0-9_-]+")) {
      problem(
          field, "A clientId has 1 to " + MAX_CLIENT_ID + " letters, digits, - or _, like a UUID.");
      return null;
    }
    return id;
  }

  /** Databases cannot store the NUL character in text. */
  private void noNul(String field, String text) {
    if (text != null && text.indexOf('\0') >= 0) {
      problem(field, "The text contains a NUL character, which cannot be stored.");
    }
  }

  /** Checks the number of sets. */
  void setCount(String field, int count) {
    if (count > MAX_SETS) {
      problem(field, "A workout has at most " + MAX_SETS + " sets.");
    }
  }

  /**
   * One set.
   *
   * @param prefix the set's field prefix, e.g. {@code sets[0].}, or empty
   * @param weightKg the load in kg, or null
   * @param weight the load in {@code unit}, or null (when both are null the load is 0)
   * @param unit {@code kg} or {@code lb} for {@code weight}; null means {@code defaultUnit}
   * @param setType a {@link SetType} name, any case; null means working
   * @return the set, or null when it has a problem
   */
  NewSet set(
      String prefix,
      String exercise,
      Double weightKg,
      Double weight,
      String unit,
      Double reps,
      Double rpe,
      String setType,
      String note,
      WeightUnit defaultUnit) {
    int before = problems.size();
    String name = optionalText(exercise);
    if (name == null) {
      problem(prefix + "exercise", "The exercise is missing.");
    } else if (name.length() > MAX_EXERCISE) {
      problem(prefix + "exercise", "An exercise name has at most " + MAX_EXERCISE + " characters.");
    }
    noNul(prefix + "exercise", name);
    SetType type = SetType.WORKING;
    if (setType != null && !setType.isBlank()) {
      try {
        type = SetType.valueOf(setType.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problem(prefix + "setType", "The set type must be WARMUP, WORKING, DROP or FAILURE.");
      }
    }
    double kg = 0;
    if (weightKg != null && weight != null) {
      problem(prefix + "weight", "Give either weightKg, or weight with its unit, not both.");
    } else if (weightKg != null) {
      kg = checkWeight(prefix + "weightKg", weightKg, weightKg);
    } else if (weight != null) {
      Optional<WeightUnit> u =
          unit == null || unit.isBlank()
              ? Optional.of(defaultUnit)
              : WeightUnit.ofSymbol(unit.strip().toLowerCase(Locale.ROOT));
      if (u.isEmpty()) {
        problem(prefix + "unit", "The unit must be kg or lb.");
      } else {
        kg = checkWeight(prefix + "weight", weight, u.get().toKg(weight));
      }
    } else if (unit != null && WeightUnit.ofSymbol(unit).isEmpty()) {
      problem(prefix + "unit", "The unit must be kg or lb.");
    }
    int repCount = 0;
    if (reps == null) {
      problem(prefix + "reps", "The number of reps is missing.");
    } else if (!Double.isFinite(reps) || reps < 0 || reps != Math.rint(reps) || reps > MAX_REPS) {
      problem(prefix + "reps", "Reps must be a whole number from 0 to " + MAX_REPS + ".");
    } else {
      repCount = reps.intValue();
    }
    Double roundedRpe = null;
    if (rpe != null) {
      if (!Double.isFinite(rpe) || rpe < 1 || rpe > 10) {
        problem(prefix + "rpe", "RPE must be between 1 and 10.");
      } else {
        roundedRpe = TrainingSet.roundRpe(rpe);
      }
    }
    String noteText = optionalText(note);
    if (noteText != null && noteText.length() > MAX_NOTE) {
      problem(prefix + "note", "A note has at most " + MAX_NOTE + " characters.");
    }
    noNul(prefix + "note", noteText);
    if (problems.size() > before) {
      return null;
    }
    return new NewSet(name, type, kg, repCount, roundedRpe, noteText);
  }

  private double checkWeight(String field, double entered, double kg) {
    if (!Double.isFinite(entered) || entered < 0 || kg > MAX_WEIGHT_KG) {
      problem(field, "The weight must be a number from 0 to " + (int) MAX_WEIGHT_KG + " kg.");
      return 0;
    }
    return kg + 0.0; // -0.0 becomes 0.0
  }

  /** Trimmed text, or null when empty. */
  static String optionalText(String text) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
