package dev.backload.app.monitoring;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pain-monitoring answers per workout (table {@code pain_monitoring}). Every method takes the
 * owner's account id and touches only that account's rows.
 */
@Repository
public class MonitoringStore {
  private final JdbcClient jdbc;

  MonitoringStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The three answers of one workout, each 0..10 or {@code null}. */
  public record Answers(Integer baseline, Integer during, Integer nextMorning) {
    public static final Answers NONE = new Answers(null, null, null);

    /** These answers with the given ones put in place ({@code null} keeps the stored answer). */
    public Answers with(Integer baseline, Integer during, Integer nextMorning) {
      return new Answers(
          baseline != null ? baseline : this.baseline,
          during != null ? during : this.during,
          nextMorning != null ? nextMorning : this.nextMorning);
    }
  }

  /** Every stored answer of the account, by workout id. */
  public Map<Long, Answers> all(long accountId) {
    Map<Long, Answers> answers = new HashMap<>();
    jdbc.sql(
            "SELECT workout_id, baseline, during_session, next_morning FROM pain_monitoring"
                + " WHERE account_id = :account")
        .param("account", accountId)
        .query(
            rs -> {
              answers.put(
                  rs.getLong("workout_id"),
                  new Answers(
                      rs.getObject("baseline", Integer.class),
                      rs.getObject("during_session", Integer.class),
                      rs.getObject("next_morning", Integer.class)));
            });
    return answers;
  }

  /**
   * Locks one of the account's workouts for the rest of the transaction and gives its date.
   *
   * @return empty for another person's or an unknown workout
   */
  Optional<LocalDate> lockWorkout(long accountId, long workoutId) {
    return jdbc.sql(
            "SELECT workout_date FROM workout WHERE id = :id AND account_id = :account FOR UPDATE")
        .param("id", workoutId)
        .param("account", accountId)
        .query(LocalDate.class)
        .optional();
  }

  /** Whether the workout has at least one working deadlift-family set (analytics.md section 1). */
  boolean isHingeWorkout(long accountId, long workoutId) {
    return jdbc.sql(
            "SELECT exercise, set_type, reps FROM training_set"
                + " WHERE workout_id = :id AND account_id = :account")
        .param("id", workoutId)
        .param("account", accountId)
        .query(
            (rs, n) ->
                rs.getInt("reps") >= 1
                    && !SetType.WARMUP.name().equals(rs.getString("set_type"))
                    && HingeVariation.isHinge(rs.getString("exercise")))
        .list()
        .contains(true);
  }

  Answers find(long accountId, long workoutId) {
    return jdbc.sql(
            "SELECT baseline, during_session, next_morning FROM pain_monitoring"
                + " WHERE workout_id = :id AND account_id = :account")
        .param("id", workoutId)
        .param("account", accountId)
        .query(
            (rs, n) ->
                new Answers(
                    rs.getObject("baseline", Integer.class),
                    rs.getObject("during_session", Integer.class),
                    rs.getObject("next_morning", Integer.class)))
        .optional()
        .orElse(Answers.NONE);
  }

  /** Stores the answers of a workout locked with {@link #lockWorkout}. */
  void save(long accountId, long workoutId, Answers answers) {
    int updated =
        jdbc.sql(
                "UPDATE pain_monitoring SET baseline = :baseline, during_session = :during,"
                    + " next_morning = :next, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE workout_id = :id AND account_id = :account")
            .param("baseline", answers.baseline())
            .param("during", answers.during())
            .param("next", answers.nextMorning())
            .param("id", workoutId)
            .param("account", accountId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO pain_monitoring (account_id, workout_id, baseline, during_session,"
                  + " next_morning) VALUES (:account, :id, :baseline, :during, :next)")
          .param("baseline", answers.baseline())
          .param("during", answers.during())
          .param("next", answers.nextMorning())
          .param("id", workoutId)
          .param("account", accountId)
          .update();
    }
  }
}
