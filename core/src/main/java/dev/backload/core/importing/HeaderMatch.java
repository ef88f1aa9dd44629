package dev.backload.core.importing;

/** How the importer recognised the columns of a file (import-formats.md section 0). */
public enum HeaderMatch {
  /** By the names in the header row, in any order; optional columns may be missing (rule 1). */
  BY_NAME,
  /**
   * By position: the header's names are not known (a Strong export in another language), so the
   * file was matched to a known Strong layout by its number of columns and the values of its first
   * rows (rule 2).
   */
  BY_POSITION
}
