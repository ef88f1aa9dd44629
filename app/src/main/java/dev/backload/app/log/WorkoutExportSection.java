package dev.backload.app.log;

import dev.backload.app.account.ExportSection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Every workout with its sets in the full export, newest first, as the API shows them. */
@Component
class WorkoutExportSection implements ExportSection {
  private final TrainingLog log;

  WorkoutExportSection(TrainingLog log) {
    this.log = log;
  }

  @Override
  public String name() {
    return "workouts";
  }

  @Override
  public Object export(long accountId) {
    return log.workouts(accountId, null, null).stream()
        .map(
            w ->
                new ExportedWorkout(
                    w.id(),
                    w.date().toString(),
                    w.name(),
                    w.source(),
                    w.sets().stream().map(WorkoutApiController.SetView::of).toList(),
                    w.planned().stream().map(WorkoutApiController.PlannedView::of).toList()))
        .toList();
  }

  /**
   * A workout in the export: as in the API, plus where it came from ({@code app} or an importer).
   * {@code planned}: the sets planned and not done yet.
   */
  record ExportedWorkout(
      long id,
      String date,
      String name,
      String source,
      java.util.List<WorkoutApiController.SetView> sets,
      java.util.List<WorkoutApiController.PlannedView> planned) {}

  @Override
  public Map<String, String> tables() {
    return Map.of(
        "workout",
        "workouts[]",
        "training_set",
        "workouts[].sets[]",
        "planned_set",
        "workouts[].planned[]");
  }
}
