package dev.backload.app.account;

/**
 * One part of a person's full export ({@code GET /api/v1/export}). A feature that keeps data about
 * an account adds a Spring bean implementing this, and the export includes it as a member named
 * {@link #name()}; sections appear after the account, ordered by name.
 */
public interface ExportSection {
  /** The section's member name in the export, e.g. {@code "workouts"}; unique among sections. */
  String name();

  /**
   * Everything this section keeps about the account, as records, lists or maps that Jackson writes.
   * Never secrets (password hashes, token values).
   */
  Object export(long accountId);
}
