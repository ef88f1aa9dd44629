package dev.backload.app.checkins;

import dev.backload.app.account.ExportSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The account's health profile in the full export, as stored: the age as given and the day it was
 * given (the age grows with the calendar from there), and the three lasting health facts; {@code
 * null} when the person has not filled it in.
 */
@Component
class HealthProfileExportSection implements ExportSection {
  private final HealthProfiles profiles;

  HealthProfileExportSection(HealthProfiles profiles) {
    this.profiles = profiles;
  }

  @Override
  public String name() {
    return "healthProfile";
  }

  @Override
  public Object export(long accountId) {
    return profiles.find(accountId).orElse(null);
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("health_profile", "healthProfile");
  }
}
