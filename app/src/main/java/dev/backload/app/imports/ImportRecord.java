package dev.backload.app.imports;

import dev.backload.core.importing.ExportFormat;
import dev.backload.core.importing.HeaderMatch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One stored import: what was read from which file and what it added to the log.
 *
 * @param id database id
 * @param fileSha256 the SHA-256 of the uploaded bytes
 * @param fileName the file name the browser or client sent, as text only (never a path here)
 * @param fileBytes the size of the upload
 * @param format the app that wrote the export, lower case ({@code strong}, {@code hevy}, ...)
 * @param variant the header variant the importer recognised, e.g. {@code S-classic}
 * @param unit {@code kg} or {@code lb}: the unit the weights were read in
 * @param unitGuessed whether that unit was guessed from the weights
 * @param firstDate the first workout date in the file, or {@code null} when it had no sets
 * @param lastDate the last workout date in the file, or {@code null}
 * @param workoutsAdded workouts of the file stored by this import
 * @param workoutsAlreadyPresent workouts of the file that an earlier import had already stored
 * @param setsAdded sets stored by this import
 * @param skippedRowCount rows left out because of a problem (only when asked to skip them)
 * @param recognisedBy how the columns were recognised: {@code name} or {@code position}
 * @param missingColumns the optional columns of the layout that the file did not have
 * @param repairedRows FitNotes rows whose exercise name, split at a comma, was joined back
 * @param importedAt when the import was stored
 */
public record ImportRecord(
    long id,
    String fileSha256,
    String fileName,
    long fileBytes,
    String format,
    String variant,
    String unit,
    boolean unitGuessed,
    LocalDate firstDate,
    LocalDate lastDate,
    int workoutsAdded,
    int workoutsAlreadyPresent,
    int setsAdded,
    int skippedRowCount,
    String recognisedBy,
    List<String> missingColumns,
    int repairedRows,
    Instant importedAt) {

  public ImportRecord {
    missingColumns = List.copyOf(missingColumns);
  }

  /** How an import's columns were recognised, as stored and shown by the API. */
  static String recognisedBy(HeaderMatch match) {
    return match == HeaderMatch.BY_POSITION ? "position" : "name";
  }

  /** The app's name as people know it, e.g. {@code Hevy}. */
  public String appName() {
    for (ExportFormat f : ExportFormat.values()) {
      if (f.name().equalsIgnoreCase(format)) {
        return f.displayName();
      }
    }
    return format;
  }

  /** The date of the import (UTC). */
  public LocalDate importedOn() {
    return importedAt == null ? null : LocalDate.ofInstant(importedAt, ZoneOffset.UTC);
  }
}
