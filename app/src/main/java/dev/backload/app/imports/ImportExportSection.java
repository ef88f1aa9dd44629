package dev.backload.app.imports;

import dev.backload.app.account.ExportSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every import of the account in the full export, newest first, as {@code GET /api/v1/imports/{id}}
 * shows it, with the rows it left out. The imported file itself is never kept, so only its name,
 * size and SHA-256 are here; the workouts it added are in {@code workouts} with its format as their
 * {@code source}.
 */
@Component
class ImportExportSection implements ExportSection {
  private final ImportRepository imports;

  ImportExportSection(ImportRepository imports) {
    this.imports = imports;
  }

  @Override
  public String name() {
    return "imports";
  }

  @Override
  public Object export(long accountId) {
    return imports.list(accountId).stream()
        .map(r -> ImportView.of(r, imports.skippedRows(accountId, r.id())))
        .toList();
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("data_import", "imports[]", "data_import_skipped_row", "imports[].skippedRows[]");
  }
}
