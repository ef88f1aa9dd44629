package dev.backload.app.monitoring;

import dev.backload.app.account.ExportSection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The pain-monitoring answers of the account in the full export, one entry per workout that has
 * any, by workout id: back pain (0 to 10) on the morning before, the worst during the session and
 * on waking the next day, each {@code null} when not answered.
 */
@Component
class PainMonitoringExportSection implements ExportSection {
  private final MonitoringStore store;

  PainMonitoringExportSection(MonitoringStore store) {
    this.store = store;
  }

  /** The answers of one workout, each 0..10 or {@code null}. */
  record ExportedAnswers(long workoutId, Integer baseline, Integer during, Integer nextMorning) {}

  @Override
  public String name() {
    return "painMonitoring";
  }

  @Override
  public Object export(long accountId) {
    List<ExportedAnswers> answers =
        store.all(accountId).entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
            .map(
                e ->
                    new ExportedAnswers(
                        e.getKey(),
                        e.getValue().baseline(),
                        e.getValue().during(),
                        e.getValue().nextMorning()))
            .toList();
    return answers;
  }

  @Override
  public Map<String, String> tables() {
    return Map.of("pain_monitoring", "painMonitoring[]");
  }
}
