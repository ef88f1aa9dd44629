package dev.backload.app.imports;

import dev.backload.core.importing.HeaderMatch;
import dev.backload.core.importing.RowProblem;
import dev.backload.core.importing.UnitSource;
import java.time.LocalDate;
import java.util.List;

/**
 * What the import page's preview shows about an uploaded file before anything is stored.
 *
 * @param app the app that wrote the export, e.g. {@code Strong}
 * @param variant the header variant recognised, e.g. {@code S-classic}
 * @param unit {@code kg} or {@code lb}
 * @param unitSource where the unit came from: the file, the person's choice, or a guess
 * @param firstDate the first workout date in the file (null without sets)
 * @param lastDate the last workout date in the file
 * @param workouts workouts in the file
 * @param sets sets in the file
 * @param newWorkouts workouts the import would add
 * @param presentWorkouts workouts already in the log from an earlier import
 * @param newSets sets the import would add
 * @param possibleDuplicates new workouts whose date and name are already in the log
 * @param nonSetRows Strong rest-timer and note rows, which are not sets
 * @param problems rows left out because of a problem (the first {@value #PROBLEMS_SHOWN})
 * @param problemCount how many rows were left out
 * @param headerMatch how the file's columns were recognised
 * @param missingColumns the optional columns of the layout that the file does not have
 * @param repairedRows FitNotes rows whose exercise name, split at a comma, was joined back
 */
public record ImportPreview(
    String app,
    String variant,
    String unit,
    UnitSource unitSource,
    LocalDate firstDate,
    LocalDate lastDate,
    int workouts,
    int sets,
    int newWorkouts,
    int presentWorkouts,
    int newSets,
    int possibleDuplicates,
    int nonSetRows,
    List<RowProblem> problems,
    int problemCount,
    HeaderMatch headerMatch,
    List<String> missingColumns,
    int repairedRows) {

  static final int PROBLEMS_SHOWN = 200;

  static ImportPreview of(ImportPlan plan) {
    var r = plan.result();
    return new ImportPreview(
        r.format().displayName(),
        r.variant(),
        plan.unit(),
        r.unitSource(),
        plan.firstDate(),
        plan.lastDate(),
        plan.workouts().size(),
        plan.sets(),
        plan.newWorkouts(),
        plan.presentWorkouts(),
        plan.newSets(),
        plan.possibleDuplicates(),
        r.nonSetRowsSkipped(),
        r.skippedRows().stream().limit(PROBLEMS_SHOWN).toList(),
        r.skippedRows().size(),
        r.headerMatch(),
        r.missingColumns(),
        r.repairedRows());
  }

  /** How the columns were read, e.g. {@code by their names; without Workout Duration}. */
  public String columnsText() {
    return ImportWords.columns(headerMatch, missingColumns);
  }

  /** The sentence about rows whose exercise name was joined back, or null when there were none. */
  public String repairedText() {
    return ImportWords.repaired(repairedRows);
  }

  /** Whether the file states its unit (then choosing one changes nothing). */
  public boolean unitFromFile() {
    return unitSource == UnitSource.FILE;
  }

  /** The unit and where it came from, e.g. {@code kilograms, as the file says}. */
  public String unitText() {
    String name = "kg".equals(unit) ? "kilograms" : "pounds";
    return switch (unitSource) {
      case FILE -> name + ", as the file says";
      case USER -> name + ", as you chose";
      case GUESSED -> name + ", guessed from the weights";
    };
  }

  /** Whether the unit was guessed. */
  public boolean unitGuessed() {
    return unitSource == UnitSource.GUESSED;
  }
}
