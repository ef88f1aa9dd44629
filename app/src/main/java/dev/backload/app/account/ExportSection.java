package dev.backload.app.account;

import java.util.Map;

/**
 * One part of a person's full export ({@code GET /api/v1/export}). A feature that keeps data about
 * an account adds a Spring bean implementing this, and the export includes it as a member named
 * {@link #name()}; sections appear after the account, ordered by name.
 *
 * <p>Each section also says which database tables it exports and where their rows are in the export
 * ({@link #tables()}): a test walks the schema and fails for a table of personal data that no
 * section declares, or whose rows for an account differ in number from the entries found there.
 */
public interface ExportSection {
  /** The section's member name in the export, e.g. {@code "workouts"}; unique among sections. */
  String name();

  /**
   * Everything this section keeps about the account, as records, lists or maps that Jackson writes.
   * Never secrets (password hashes, token values or their hashes).
   */
  Object export(long accountId);

  /**
   * The tables this section exports, each with the path of its entries in the export: one entry per
   * row of the account. A path starts with {@link #name()} and names members separated by {@code
   * .}; a member ending in {@code []} is a list whose elements are the entries (or hold them), one
   * ending in {@code {}} an object whose values are; a path ending in a plain member counts one
   * entry when it is present and not {@code null}. Examples: {@code workouts[]}, {@code
   * workouts[].sets[]}, {@code planner.plannedWorkouts{}}, {@code healthProfile}.
   */
  Map<String, String> tables();
}
