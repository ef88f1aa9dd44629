/**
 * Importers for the training-log exports of Strong, Hevy and FitNotes (the formats of {@code
 * shared/spec/import-formats.md}) and of Backload's own CSV export ({@link
 * dev.backload.core.importing.BackloadCsv}, which also writes it), producing the canonical sets of
 * analytics.md section 1.
 *
 * <p>Entry point: {@link dev.backload.core.importing.ExportImporter#read(java.io.Reader,
 * ImportOptions)}. The format and header variant are recognised from the header row by the columns'
 * names, or for a Strong header in an unknown language by position ({@link
 * dev.backload.core.importing.ExportImporter#VARIANTS}, {@link HeaderMatch}); CSV is read with
 * FastCSV; each row becomes a {@link dev.backload.core.log.TrainingSet} or a {@link RowProblem}; a
 * problem fails the import with an {@link ImportException} naming the line and column unless bad
 * rows are skipped.
 */
package dev.backload.core.importing;
