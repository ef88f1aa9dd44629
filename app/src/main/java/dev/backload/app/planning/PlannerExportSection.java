package dev.backload.app.planning;

import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.ExportSection;
import dev.backload.core.planning.Prescription;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** The planner's data in the full export: the increment, every screen, every planned workout. */
@Component
class PlannerExportSection implements ExportSection {
  private final AccountRepository accounts;
  private final ScreenStore screens;
  private final PlannedWorkouts planned;

  PlannerExportSection(AccountRepository accounts, ScreenStore screens, PlannedWorkouts planned) {
    this.accounts = accounts;
    this.screens = screens;
    this.planned = planned;
  }

  /**
   * The section.
   *
   * @param loadIncrementKg the loadable increment, kilograms
   * @param screens every screen, newest first
   * @param plannedWorkouts the prescription each workout was started from, by workout id
   */
  record PlannerData(
      double loadIncrementKg, List<DatedScreen> screens, Map<Long, Prescription> plannedWorkouts) {}

  @Override
  public String name() {
    return "planner";
  }

  @Override
  public Object export(long accountId) {
    return new PlannerData(
        accounts.loadIncrementKg(accountId),
        screens.all(accountId),
        new TreeMap<>(planned.all(accountId)));
  }

  @Override
  public Map<String, String> tables() {
    return Map.of(
        "movement_screen", "planner.screens[]", "planned_workout", "planner.plannedWorkouts{}");
  }
}
