package dev.backload.app.checkins;

import dev.backload.app.account.ExportSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every assessment of the account in the full export, newest first, with what each covers. */
@Component
class AssessmentExportSection implements ExportSection {
  private final RedFlags redFlags;

  AssessmentExportSection(RedFlags redFlags) {
    this.redFlags = redFlags;
  }

  @Override
  public String name() {
    return "assessments";
  }

  @Override
  public Object export(long accountId) {
    return redFlags.list(accountId);
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("assessment", "assessments[]");
  }
}
