package dev.backload.app.log;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The training log in the database. Every method takes the owner's account id and touches only
 * that account's rows.
 */
@Repository
public class TrainingLog {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  TrainingLog(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /**
   * A set to store. {@code weightKg} is in kilograms whatever the person's display unit.
   *
   * @param exercise name as written, trimmed
   * @param setType warm-up, working, drop or failure
   * @param weightKg load in kg, at least 0
   * @param reps repetitions, at least 0
   * @param rpe 1..10 in half steps, or null
   * @param note optional note, or null
   */
  public record NewSet(
      String exercise, SetType setType, double weightKg, int reps, Double rpe, String note) {

    /** The canonical set of a workout on the given date, for the analytics. */
    public TrainingSet toTrainingSet(LocalDate date, String workoutKey) {
      return TrainingSet.of(date, workoutKey, exercise, setType, weightKg, reps, rpe, note);
    }

    /** The stored form of a canonical set. */
    public static NewSet of(TrainingSet set) {
      return new NewSet(set.exercise(), set.setType(), set.weightKg(), set.reps(), set.rpe(), set.note());
    }
  }

  /**
   * Stores a workout with its sets in order.
   *
   * @param source {@code app} for workouts logged in Backload, else the importer's format name
   * @param sourceKey the importer's workout key, or null for workouts logged in the app
   * @return the new workout's id
   */
  public long addWorkout(
      long accountId, LocalDate date, String name, String source, String sourceKey, List<NewSet> sets) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO workout (account_id, workout_date, name, source, source_key)"
                + " VALUES (:account, :date, :name, :source, :key)")
        .param("account", accountId)
        .param("date", date)
        .param("name", name)
        .param("source", source)
        .param("key", sourceKey)
        .update(keys, "id");
    long workoutId = keys.getKeyAs(Number.class).longValue();
    insertSets(accountId, workoutId, sets);
    return workoutId;
  }

  /** Inserts sets of one workout in one batch, numbered from 1 in list order. */
  void insertSets(long accountId, long workoutId, List<NewSet> sets) {
    List<Object[]> rows = new ArrayList<>(sets.size());
    for (int i = 0; i < sets.size(); i++) {
      NewSet s = sets.get(i);
      rows.add(
          new Object[] {
            workoutId,
            accountId,
            i + 1,
            s.exercise(),
            s.setType().name(),
            s.weightKg(),
            s.reps(),
            s.rpe() == null ? null : BigDecimal.valueOf(s.rpe()),
            s.note()
          });
    }
    template.batchUpdate(
        "INSERT INTO training_set (workout_id, account_id, position, exercise, set_type, weight_kg,"
            + " reps, rpe, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** The importer workout keys already stored for a source, to make imports idempotent. */
  public Set<String> sourceKeys(long accountId, String source) {
    return new HashSet<>(
        jdbc.sql(
                "SELECT source_key FROM workout WHERE account_id = :account AND source = :source"
                    + " AND source_key IS NOT NULL")
            .param("account", accountId)
            .param("source", source)
            .query(String.class)
            .list());
  }

  /**
   * Every set of the account in canonical form, in date order and, within a workout, in logged
   * order: the input of the analytics. The workout key is the workout's id.
   */
  public List<TrainingSet> canonicalSets(long accountId) {
    Map<String, HingeVariation> variations = new HashMap<>();
    return jdbc.sql(
            "SELECT w.id, w.workout_date, s.exercise, s.set_type, s.weight_kg, s.reps, s.rpe, s.note"
                + " FROM training_set s JOIN workout w ON w.id = s.workout_id"
                + " WHERE s.account_id = :account AND w.account_id = :account"
                + " ORDER BY w.workout_date, w.id, s.position")
        .param("account", accountId)
        .query(
            (rs, n) -> {
              String exercise = rs.getString("exercise");
              BigDecimal rpe = rs.getBigDecimal("rpe");
              return new TrainingSet(
                  rs.getObject("workout_date", LocalDate.class),
                  Long.toString(rs.getLong("id")),
                  exercise,
                  variations.computeIfAbsent(exercise, e -> HingeVariation.of(e).orElse(null)),
                  SetType.valueOf(rs.getString("set_type")),
                  rs.getDouble("weight_kg"),
                  rs.getInt("reps"),
                  rpe == null ? null : rpe.doubleValue(),
                  rs.getString("note"));
            })
        .list();
  }
}
