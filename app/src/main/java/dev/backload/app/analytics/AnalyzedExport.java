package dev.backload.app.analytics;

import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.importing.ExportFormat;
import dev.backload.core.importing.HeaderMatch;
import dev.backload.core.importing.ImportResult;
import dev.backload.core.importing.UnitSource;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.TrainingSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An imported export together with its training-load analysis: everything the text and HTML reports
 * show, without the sets themselves.
 *
 * @param fileName the file's name as the user gave it (shown escaped in HTML)
 * @param format the app that wrote the export
 * @param variant the header variant, e.g. {@code S-classic}
 * @param unit the unit the weights were read in
 * @param unitSource whether the file stated the unit, the user chose it, or it was guessed
 * @param requestedUnit the unit the user asked for ({@code --unit}), or {@code null}
 * @param rowsRead data rows read (sets, non-set rows and skipped rows)
 * @param skippedRows rows left out because of a problem
 * @param headerMatch how the file's columns were recognised
 * @param missingColumns the optional columns of the layout that the file lacks
 * @param repairedRows FitNotes rows whose exercise name, split at a comma, was joined back
 * @param hingeExercises the deadlift-family exercises of the file, most working sets first
 * @param analysis the analytics of analytics.md
 */
public record AnalyzedExport(
    String fileName,
    ExportFormat format,
    String variant,
    WeightUnit unit,
    UnitSource unitSource,
    WeightUnit requestedUnit,
    int rowsRead,
    int skippedRows,
    HeaderMatch headerMatch,
    List<String> missingColumns,
    int repairedRows,
    List<HingeExercise> hingeExercises,
    Analysis analysis) {

  /**
   * A deadlift-family exercise as the file names it.
   *
   * @param name the exercise name as written, trimmed
   * @param variation its hinge variation
   * @param workingSets its working sets in the file
   */
  public record HingeExercise(String name, HingeVariation variation, int workingSets) {}

  public AnalyzedExport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitSource, "unitSource");
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(headerMatch, "headerMatch");
    missingColumns = List.copyOf(missingColumns);
    hingeExercises = List.copyOf(hingeExercises);
  }

  /**
   * Analyses an import.
   *
   * @param fileName the name to show for the file
   * @param imported what the importer read
   * @param requestedUnit the unit the user asked for, or {@code null}
   */
  public static AnalyzedExport of(
      String fileName, ImportResult imported, WeightUnit requestedUnit) {
    return new AnalyzedExport(
        fileName,
        imported.format(),
        imported.variant(),
        imported.unit(),
        imported.unitSource(),
        requestedUnit,
        imported.rowsRead(),
        imported.skippedRows().size(),
        imported.headerMatch(),
        imported.missingColumns(),
        imported.repairedRows(),
        hingeExercises(imported.sets()),
        TrainingLoadAnalysis.analyze(imported.sets()));
  }

  private static List<HingeExercise> hingeExercises(List<TrainingSet> sets) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, HingeVariation> variations = new LinkedHashMap<>();
    for (TrainingSet set : sets) {
      if (set.isHinge()) {
        int[] count = counts.computeIfAbsent(set.exercise(), name -> new int[1]);
        variations.putIfAbsent(set.exercise(), set.variation());
        if (set.isWorking()) {
          count[0]++;
        }
      }
    }
    List<HingeExercise> exercises = new ArrayList<>();
    counts.forEach(
        (name, count) -> exercises.add(new HingeExercise(name, variations.get(name), count[0])));
    exercises.sort(
        Comparator.comparingInt(HingeExercise::workingSets)
            .reversed()
            .thenComparing(HingeExercise::name));
    return exercises;
  }
}
