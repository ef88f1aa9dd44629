package dev.backload.core.importing;

/** Where the weight unit of an import came from. */
public enum UnitSource {
  /** The file states it: a unit column ({@code Weight Unit}) or a unit in a column name. */
  FILE,
  /** The file states none and the user chose it ({@link ImportOptions#unit()}). */
  USER,
  /** The file states none, the user chose none, and the importer guessed from the weights. */
  GUESSED
}
