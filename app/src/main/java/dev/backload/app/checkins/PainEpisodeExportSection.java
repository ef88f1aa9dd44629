package dev.backload.app.checkins;

import dev.backload.app.account.ExportSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every pain episode of the account in the full export, oldest first: its id (which the check-ins
 * name as {@code episodeId}), the day it began and the day it ended ({@code null} while open).
 */
@Component
class PainEpisodeExportSection implements ExportSection {
  private final CheckInStore checkIns;

  PainEpisodeExportSection(CheckInStore checkIns) {
    this.checkIns = checkIns;
  }

  @Override
  public String name() {
    return "painEpisodes";
  }

  @Override
  public Object export(long accountId) {
    return checkIns.episodes(accountId);
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("pain_episode", "painEpisodes[]");
  }
}
