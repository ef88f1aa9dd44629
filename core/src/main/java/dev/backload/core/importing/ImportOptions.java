package dev.backload.core.importing;

/**
 * How to read an export.
 *
 * @param unit the user's unit for files that state none (Strong S-classic, S-classic-10,
 *     S-classic-de and S-2017); also used for a weight whose per-row unit cell is empty. A unit
 *     stated by the file always wins. {@code null}: guess from the weights ({@link
 *     UnitSource#GUESSED}).
 * @param format the format the caller expects, or {@code null} for any; a file of another format is
 *     an {@link ImportException} on line 1
 * @param skipBadRows {@code false}: the first row with a problem fails the whole import; {@code
 *     true}: such rows are left out and listed in {@link ImportResult#skippedRows()}
 */
public record ImportOptions(WeightUnit unit, ExportFormat format, boolean skipBadRows) {

  /** No unit chosen, any format, a bad row fails the import. */
  public static ImportOptions defaults() {
    return new ImportOptions(null, null, false);
  }

  /** These options with the given unit for unit-less files. */
  public ImportOptions withUnit(WeightUnit newUnit) {
    return new ImportOptions(newUnit, format, skipBadRows);
  }

  /** These options expecting the given format. */
  public ImportOptions withFormat(ExportFormat newFormat) {
    return new ImportOptions(unit, newFormat, skipBadRows);
  }

  /** These options with bad rows skipped (and listed) rather than failing the import. */
  public ImportOptions withSkipBadRows(boolean skip) {
    return new ImportOptions(unit, format, skip);
  }
}
