package dev.backload.app.checkins;

import dev.backload.app.account.ExportSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every check-in of the account in the full export, newest first, as {@code GET
 * /api/v1/checkins/{id}} shows it: the input as given, the effective input, the triage result and
 * the planner context.
 */
@Component
class CheckInExportSection implements ExportSection {
  private final CheckInStore checkIns;

  CheckInExportSection(CheckInStore checkIns) {
    this.checkIns = checkIns;
  }

  @Override
  public String name() {
    return "checkIns";
  }

  @Override
  public Object export(long accountId) {
    return checkIns.list(accountId).stream().map(CheckInApiController.CheckInJson::of).toList();
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("check_in", "checkIns[]");
  }
}
