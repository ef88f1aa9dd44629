package dev.backload.app.planning;

import dev.backload.app.config.Json;
import dev.backload.core.planning.Prescription;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The prescriptions workouts were started from (table {@code planned_workout}). Every method takes
 * the owner's account id and touches only that account's rows.
 */
@Repository
class PlannedWorkouts {
  private final JdbcClient jdbc;

  PlannedWorkouts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Remembers the prescription one of the account's workouts was started from. */
  void save(long accountId, long workoutId, Prescription prescription) {
    jdbc.sql(
            "INSERT INTO planned_workout (workout_id, account_id, prescription_json)"
                + " VALUES (:workout, :account, :json)")
        .param("workout", workoutId)
        .param("account", accountId)
        .param("json", Json.mapper().writeValueAsString(prescription))
        .update();
  }

  /** Every remembered prescription of the account, by workout id. */
  Map<Long, Prescription> all(long accountId) {
    Map<Long, Prescription> result = new HashMap<>();
    jdbc.sql(
            "SELECT workout_id, prescription_json FROM planned_workout WHERE account_id = :account")
        .param("account", accountId)
        .query(
            rs -> {
              result.put(
                  rs.getLong("workout_id"),
                  Json.mapper().readValue(rs.getString("prescription_json"), Prescription.class));
            });
    return result;
  }

  /** The account's workout on a date that was started from the plan, the latest if several. */
  Optional<Long> startedOn(long accountId, LocalDate date) {
    return jdbc
        .sql(
            "SELECT p.workout_id FROM planned_workout p JOIN workout w ON w.id = p.workout_id"
                + " WHERE p.account_id = :account AND w.account_id = :account"
                + " AND w.workout_date = :date ORDER BY p.workout_id DESC")
        .param("account", accountId)
        .param("date", date)
        .query(Long.class)
        .list()
        .stream()
        .findFirst();
  }
}
