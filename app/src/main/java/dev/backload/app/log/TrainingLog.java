package dev.backload.app.log;

import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training log in the database. Every method takes the owner's account id and touches only that
 * account's rows. Each change runs in one transaction (the caller's, when there is one); a change
 * to a workout or set the account does not have answers empty or false and changes nothing.
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
      return new NewSet(
          set.exercise(), set.setType(), set.weightKg(), set.reps(), set.rpe(), set.note());
    }
  }

  /**
   * Stores a workout with its sets in order.
   *
   * @param source {@code app} for workouts logged in Backload, else the importer's format name
   * @param sourceKey the importer's workout key, or null for workouts logged in the app
   * @return the new workout's id
   */
  @Transactional
  public long addWorkout(
      long accountId,
      LocalDate date,
      String name,
      String source,
      String sourceKey,
      List<NewSet> sets) {
    return addWorkout(accountId, date, name, source, sourceKey, sets, null, List.of());
  }

  /**
   * Stores a workout with its sets in order, with the client's ids.
   *
   * @param clientId the client's id of the workout, or null
   * @param setClientIds the client's id of each set (null entries allowed), or an empty list
   * @throws org.springframework.dao.DuplicateKeyException when a client id is already used
   */
  @Transactional
  public long addWorkout(
      long accountId,
      LocalDate date,
      String name,
      String source,
      String sourceKey,
      List<NewSet> sets,
      String clientId,
      List<String> setClientIds) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO workout (account_id, workout_date, name, source, source_key, client_id)"
                + " VALUES (:account, :date, :name, :source, :key, :client)")
        .param("account", accountId)
        .param("date", date)
        .param("name", name)
        .param("source", source)
        .param("key", sourceKey)
        .param("client", clientId)
        .update(keys, "id");
    long workoutId = keys.getKeyAs(Number.class).longValue();
    insertSets(accountId, workoutId, sets, setClientIds);
    return workoutId;
  }

  /** Inserts sets of one workout in one batch, numbered from 1 in list order. */
  void insertSets(long accountId, long workoutId, List<NewSet> sets, List<String> clientIds) {
    List<Object[]> rows = new ArrayList<>(sets.size());
    for (int i = 0; i < sets.size(); i++) {
      Object[] columns = setColumns(workoutId, accountId, i + 1, sets.get(i));
      Object[] row = Arrays.copyOf(columns, columns.length + 1);
      row[columns.length] = i < clientIds.size() ? clientIds.get(i) : null;
      rows.add(row);
    }
    template.batchUpdate(
        "INSERT INTO training_set (workout_id, account_id, position, exercise, set_type, weight_kg,"
            + " reps, rpe, note, client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /**
   * The columns a set has in both {@code training_set} and {@code planned_set}, in the order of
   * their inserts: workout, account, position, exercise, set type, load, reps, RPE, note.
   */
  private static Object[] setColumns(long workoutId, long accountId, int position, NewSet s) {
    return new Object[] {
      workoutId,
      accountId,
      position,
      s.exercise(),
      s.setType().name(),
      s.weightKg(),
      s.reps(),
      s.rpe() == null ? null : BigDecimal.valueOf(s.rpe()),
      s.note()
    };
  }

  /** The account's workout with this client id, if any. */
  public Optional<Long> workoutByClientId(long accountId, String clientId) {
    return jdbc.sql("SELECT id FROM workout WHERE account_id = :account AND client_id = :client")
        .param("account", accountId)
        .param("client", clientId)
        .query(Long.class)
        .optional();
  }

  /** Where a set with this client id is: its workout's id and its own. */
  public record SetRef(long workoutId, long setId) {}

  /** The account's set with this client id, if any. */
  public Optional<SetRef> setByClientId(long accountId, String clientId) {
    return jdbc.sql(
            "SELECT workout_id, id FROM training_set WHERE account_id = :account"
                + " AND client_id = :client")
        .param("account", accountId)
        .param("client", clientId)
        .query((rs, n) -> new SetRef(rs.getLong("workout_id"), rs.getLong("id")))
        .optional();
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

  /**
   * A stored set.
   *
   * @param id the set's id
   * @param exercise name as written
   * @param setType warm-up, working, drop or failure
   * @param weightKg load in kg
   * @param reps repetitions
   * @param rpe 1..10 in half steps, or null
   * @param note note, or null
   * @param clientId the client's id of the set, or null
   */
  public record StoredSet(
      long id,
      String exercise,
      SetType setType,
      double weightKg,
      int reps,
      Double rpe,
      String note,
      String clientId) {

    /** The hinge variation of the exercise, or null when it is not a hinge. */
    public HingeVariation variation() {
      return HingeVariation.of(exercise).orElse(null);
    }

    /** The values without the id. */
    public NewSet values() {
      return new NewSet(exercise, setType, weightKg, reps, rpe, note);
    }
  }

  /**
   * A set planned but not done yet (an unticked row of the set grid); never part of the log.
   *
   * @param id the planned set's id
   * @param weightKg planned load in kg
   */
  public record PlannedSet(
      long id,
      String exercise,
      SetType setType,
      double weightKg,
      int reps,
      Double rpe,
      String note) {}

  /**
   * A workout with its sets in logged order, and the sets planned but not done yet.
   *
   * @param source {@code app} or the importer's format name
   * @param clientId the client's id of the workout, or null
   */
  public record Workout(
      long id,
      LocalDate date,
      String name,
      String source,
      String clientId,
      List<StoredSet> sets,
      List<PlannedSet> planned) {}

  /**
   * A line of the history: a workout with its number of sets and of hinge (deadlift-family) sets.
   */
  public record WorkoutSummary(long id, LocalDate date, String name, int sets, int hingeSets) {}

  private static final String SET_COLUMNS =
      "s.id AS set_id, s.exercise, s.set_type, s.weight_kg, s.reps, s.rpe, s.note,"
          + " s.client_id AS set_client_id";

  private static StoredSet mapSet(java.sql.ResultSet rs) throws java.sql.SQLException {
    BigDecimal rpe = rs.getBigDecimal("rpe");
    return new StoredSet(
        rs.getLong("set_id"),
        rs.getString("exercise"),
        SetType.valueOf(rs.getString("set_type")),
        rs.getDouble("weight_kg"),
        rs.getInt("reps"),
        rpe == null ? null : rpe.doubleValue(),
        rs.getString("note"),
        rs.getString("set_client_id"));
  }

  /** One of the account's workouts with its sets; empty when the account has no such workout. */
  public Optional<Workout> findWorkout(long accountId, long workoutId) {
    List<Workout> found =
        workouts(
            "w.account_id = :account AND w.id = :id",
            Map.of("account", accountId, "id", workoutId));
    return found.stream().findFirst();
  }

  /**
   * The account's workouts with their sets, newest first (by date, then most recently created).
   *
   * @param from first date, or null
   * @param to last date, or null
   */
  public List<Workout> workouts(long accountId, LocalDate from, LocalDate to) {
    Map<String, Object> params = new HashMap<>();
    params.put("account", accountId);
    StringBuilder where = new StringBuilder("w.account_id = :account");
    if (from != null) {
      where.append(" AND w.workout_date >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" AND w.workout_date <= :to");
      params.put("to", to);
    }
    return workouts(where.toString(), params);
  }

  private List<Workout> workouts(String where, Map<String, Object> params) {
    Map<Long, Workout> byId = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "SELECT w.id, w.workout_date, w.name, w.source, w.client_id, "
                + SET_COLUMNS
                + " FROM workout w LEFT JOIN training_set s"
                + " ON s.workout_id = w.id AND s.account_id = w.account_id WHERE "
                + where
                + " ORDER BY w.workout_date DESC, w.id DESC, s.position, s.id")
        .params(params)
        .query(
            rs -> {
              long id = rs.getLong("id");
              Workout w = byId.get(id);
              if (w == null) {
                w =
                    new Workout(
                        id,
                        rs.getObject("workout_date", LocalDate.class),
                        rs.getString("name"),
                        rs.getString("source"),
                        rs.getString("client_id"),
                        new ArrayList<>(),
                        List.of());
                byId.put(id, w);
              }
              rs.getLong("set_id");
              if (!rs.wasNull()) {
                w.sets().add(mapSet(rs));
              }
            });
    Map<Long, List<PlannedSet>> planned = byId.isEmpty() ? Map.of() : planned(params, where);
    return byId.values().stream()
        .map(
            w ->
                new Workout(
                    w.id(),
                    w.date(),
                    w.name(),
                    w.source(),
                    w.clientId(),
                    List.copyOf(w.sets()),
                    planned.getOrDefault(w.id(), List.of())))
        .toList();
  }

  private Map<Long, List<PlannedSet>> planned(Map<String, Object> params, String where) {
    Map<Long, List<PlannedSet>> byWorkout = new HashMap<>();
    jdbc.sql(
            "SELECT p.workout_id, p.id, p.exercise, p.set_type, p.weight_kg, p.reps, p.rpe, p.note"
                + " FROM planned_set p JOIN workout w ON w.id = p.workout_id"
                + " AND w.account_id = p.account_id WHERE "
                + where
                + " ORDER BY p.position, p.id")
        .params(params)
        .query(
            rs -> {
              BigDecimal rpe = rs.getBigDecimal("rpe");
              byWorkout
                  .computeIfAbsent(rs.getLong("workout_id"), k -> new ArrayList<>())
                  .add(
                      new PlannedSet(
                          rs.getLong("id"),
                          rs.getString("exercise"),
                          SetType.valueOf(rs.getString("set_type")),
                          rs.getDouble("weight_kg"),
                          rs.getInt("reps"),
                          rpe == null ? null : rpe.doubleValue(),
                          rs.getString("note")));
            });
    return byWorkout;
  }

  /**
   * A page of the history, newest first.
   *
   * @param limit at most this many workouts
   * @param offset skipping this many newer ones
   */
  public List<WorkoutSummary> history(long accountId, int limit, int offset) {
    Map<Long, WorkoutSummary> byId = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "SELECT id, workout_date, name FROM workout WHERE account_id = :account"
                + " ORDER BY workout_date DESC, id DESC LIMIT :limit OFFSET :offset")
        .param("account", accountId)
        .param("limit", limit)
        .param("offset", offset)
        .query(
            rs -> {
              long id = rs.getLong("id");
              byId.put(
                  id,
                  new WorkoutSummary(
                      id,
                      rs.getObject("workout_date", LocalDate.class),
                      rs.getString("name"),
                      0,
                      0));
            });
    if (byId.isEmpty()) {
      return List.of();
    }
    Map<Long, int[]> counts = new HashMap<>();
    jdbc.sql(
            "SELECT workout_id, exercise, COUNT(*) AS n FROM training_set"
                + " WHERE account_id = :account AND workout_id IN (:ids) GROUP BY workout_id, exercise")
        .param("account", accountId)
        .param("ids", List.copyOf(byId.keySet()))
        .query(
            rs -> {
              int[] c = counts.computeIfAbsent(rs.getLong("workout_id"), k -> new int[2]);
              int n = rs.getInt("n");
              c[0] += n;
              if (HingeVariation.isHinge(rs.getString("exercise"))) {
                c[1] += n;
              }
            });
    return byId.values().stream()
        .map(
            w -> {
              int[] c = counts.getOrDefault(w.id(), new int[2]);
              return new WorkoutSummary(w.id(), w.date(), w.name(), c[0], c[1]);
            })
        .toList();
  }

  /** The number of the account's workouts. */
  public long workoutCount(long accountId) {
    return jdbc.sql("SELECT COUNT(*) FROM workout WHERE account_id = :account")
        .param("account", accountId)
        .query(Long.class)
        .single();
  }

  /**
   * Changes a workout's date and name.
   *
   * @return false when the account has no such workout
   */
  @Transactional
  public boolean updateWorkout(long accountId, long workoutId, LocalDate date, String name) {
    return jdbc.sql(
                "UPDATE workout SET workout_date = :date, name = :name"
                    + " WHERE id = :id AND account_id = :account")
            .param("date", date)
            .param("name", name)
            .param("id", workoutId)
            .param("account", accountId)
            .update()
        == 1;
  }

  /**
   * Replaces a workout's date, name and sets (the sets get new ids).
   *
   * @return the workout as stored, or empty when the account has no such workout
   */
  @Transactional
  public Optional<Workout> replaceWorkout(
      long accountId,
      long workoutId,
      LocalDate date,
      String name,
      List<NewSet> sets,
      List<String> setClientIds) {
    if (!updateWorkout(accountId, workoutId, date, name)) {
      return Optional.empty();
    }
    replaceSets(accountId, workoutId, sets, setClientIds);
    return findWorkout(accountId, workoutId);
  }

  /**
   * Replaces all sets of one of the account's workouts.
   *
   * @return false when the account has no such workout (nothing changed)
   */
  @Transactional
  public boolean replaceSets(
      long accountId, long workoutId, List<NewSet> sets, List<String> setClientIds) {
    if (!owns(accountId, workoutId)) {
      return false;
    }
    jdbc.sql("DELETE FROM training_set WHERE workout_id = :id AND account_id = :account")
        .param("id", workoutId)
        .param("account", accountId)
        .update();
    insertSets(accountId, workoutId, sets, setClientIds);
    return true;
  }

  /**
   * Deletes a workout with its sets.
   *
   * @return false when the account has no such workout
   */
  @Transactional
  public boolean deleteWorkout(long accountId, long workoutId) {
    return jdbc.sql("DELETE FROM workout WHERE id = :id AND account_id = :account")
            .param("id", workoutId)
            .param("account", accountId)
            .update()
        == 1;
  }

  /**
   * Appends a set to one of the account's workouts.
   *
   * @return the new set's id, or empty when the account has no such workout
   */
  @Transactional
  public Optional<Long> addSet(long accountId, long workoutId, NewSet set) {
    return addSet(accountId, workoutId, set, null, null);
  }

  /**
   * Appends a set to one of the account's workouts: a set done. When it is the tick of a planned
   * set, that planned set goes (in the same transaction).
   *
   * @param clientId the client's id of the set, or null
   * @param plannedId the planned set this set was done from, or null
   * @return the new set's id, or empty when the account has no such workout
   * @throws org.springframework.dao.DuplicateKeyException when the client id is already used
   */
  @Transactional
  public Optional<Long> addSet(
      long accountId, long workoutId, NewSet set, String clientId, Long plannedId) {
    if (!owns(accountId, workoutId)) {
      return Optional.empty();
    }
    if (plannedId != null) {
      jdbc.sql(
              "DELETE FROM planned_set WHERE id = :id AND workout_id = :workout"
                  + " AND account_id = :account")
          .param("id", plannedId)
          .param("workout", workoutId)
          .param("account", accountId)
          .update();
    }
    int position =
        jdbc.sql(
                "SELECT COALESCE(MAX(position), 0) FROM training_set"
                    + " WHERE workout_id = :id AND account_id = :account")
            .param("id", workoutId)
            .param("account", accountId)
            .query(Integer.class)
            .single();
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO training_set (workout_id, account_id, position, exercise, set_type,"
                + " weight_kg, reps, rpe, note, client_id) VALUES (:workout, :account, :position,"
                + " :exercise, :type, :weight, :reps, :rpe, :note, :client)")
        .param("workout", workoutId)
        .param("account", accountId)
        .param("position", position + 1)
        .param("exercise", set.exercise())
        .param("type", set.setType().name())
        .param("weight", set.weightKg())
        .param("reps", set.reps())
        .param("rpe", set.rpe() == null ? null : BigDecimal.valueOf(set.rpe()))
        .param("note", set.note())
        .param("client", clientId)
        .update(keys, "id");
    return Optional.of(keys.getKeyAs(Number.class).longValue());
  }

  /**
   * Changes a set of one of the account's workouts.
   *
   * @return false when the account has no such set in that workout
   */
  @Transactional
  public boolean updateSet(long accountId, long workoutId, long setId, NewSet set) {
    return jdbc.sql(
                "UPDATE training_set SET exercise = :exercise, set_type = :type, weight_kg = :weight,"
                    + " reps = :reps, rpe = :rpe, note = :note"
                    + " WHERE id = :id AND workout_id = :workout AND account_id = :account")
            .param("exercise", set.exercise())
            .param("type", set.setType().name())
            .param("weight", set.weightKg())
            .param("reps", set.reps())
            .param("rpe", set.rpe() == null ? null : BigDecimal.valueOf(set.rpe()))
            .param("note", set.note())
            .param("id", setId)
            .param("workout", workoutId)
            .param("account", accountId)
            .update()
        == 1;
  }

  /**
   * Deletes a set of one of the account's workouts.
   *
   * @return false when the account has no such set in that workout
   */
  @Transactional
  public boolean deleteSet(long accountId, long workoutId, long setId) {
    return jdbc.sql(
                "DELETE FROM training_set WHERE id = :id AND workout_id = :workout"
                    + " AND account_id = :account")
            .param("id", setId)
            .param("workout", workoutId)
            .param("account", accountId)
            .update()
        == 1;
  }

  /** The exercise names the account has used, most recently used first (at most {@code limit}). */
  public List<String> exerciseNames(long accountId, int limit) {
    return jdbc.sql(
            "SELECT exercise FROM training_set WHERE account_id = :account"
                + " GROUP BY exercise ORDER BY MAX(id) DESC LIMIT :limit")
        .param("account", accountId)
        .param("limit", limit)
        .query(String.class)
        .list();
  }

  /**
   * Streams every set of the account with its workout's name, workouts in date order (then in the
   * order they were created), sets in logged order: what the CSV export writes. The workout key of
   * each set is the workout's id.
   */
  public void forEachSet(long accountId, BiConsumer<TrainingSet, String> action) {
    Map<String, HingeVariation> variations = new HashMap<>();
    jdbc.sql(
            "SELECT w.id, w.workout_date, w.name, s.exercise, s.set_type, s.weight_kg, s.reps, s.rpe,"
                + " s.note FROM training_set s JOIN workout w ON w.id = s.workout_id"
                + " WHERE s.account_id = :account AND w.account_id = :account"
                + " ORDER BY w.workout_date, w.id, s.position, s.id")
        .param("account", accountId)
        .query(
            rs -> {
              String exercise = rs.getString("exercise");
              BigDecimal rpe = rs.getBigDecimal("rpe");
              action.accept(
                  new TrainingSet(
                      rs.getObject("workout_date", LocalDate.class),
                      Long.toString(rs.getLong("id")),
                      exercise,
                      variations.computeIfAbsent(exercise, e -> HingeVariation.of(e).orElse(null)),
                      SetType.valueOf(rs.getString("set_type")),
                      rs.getDouble("weight_kg"),
                      rs.getInt("reps"),
                      rpe == null ? null : rpe.doubleValue(),
                      rs.getString("note")),
                  rs.getString("name"));
            });
  }

  /** Adds planned (not done) sets to one of the account's workouts, in order. */
  @Transactional
  public void addPlannedSets(long accountId, long workoutId, List<NewSet> sets) {
    List<Object[]> rows = new ArrayList<>(sets.size());
    for (int i = 0; i < sets.size(); i++) {
      rows.add(setColumns(workoutId, accountId, i + 1, sets.get(i)));
    }
    template.batchUpdate(
        "INSERT INTO planned_set (workout_id, account_id, position, exercise, set_type, weight_kg,"
            + " reps, rpe, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /**
   * Drops the planned sets of one of the account's workouts that were not done.
   *
   * @return how many were dropped
   */
  @Transactional
  public int dropPlannedSets(long accountId, long workoutId) {
    return jdbc.sql("DELETE FROM planned_set WHERE workout_id = :id AND account_id = :account")
        .param("id", workoutId)
        .param("account", accountId)
        .update();
  }

  /**
   * What the account did the last time before a workout for each of some exercises: the sets of
   * that exercise, in logged order, of the latest earlier workout that has it (by date, then the
   * order workouts were stored; imported history included). An exercise never done before has no
   * entry.
   */
  public Map<String, List<StoredSet>> previous(
      long accountId, long workoutId, LocalDate date, Set<String> exercises) {
    Map<String, List<StoredSet>> previous = new HashMap<>();
    for (String exercise : exercises) {
      Optional<Long> last =
          jdbc.sql(
                  "SELECT w.id FROM workout w WHERE w.account_id = :account"
                      + " AND (w.workout_date < :date OR (w.workout_date = :date AND w.id < :id))"
                      + " AND EXISTS (SELECT 1 FROM training_set s WHERE s.workout_id = w.id"
                      + " AND s.account_id = :account AND s.exercise = :exercise)"
                      + " ORDER BY w.workout_date DESC, w.id DESC LIMIT 1")
              .param("account", accountId)
              .param("date", date)
              .param("id", workoutId)
              .param("exercise", exercise)
              .query(Long.class)
              .optional();
      last.ifPresent(
          id ->
              previous.put(
                  exercise,
                  jdbc.sql(
                          "SELECT "
                              + SET_COLUMNS
                              + " FROM training_set s WHERE s.workout_id = :id"
                              + " AND s.account_id = :account AND s.exercise = :exercise"
                              + " ORDER BY s.position, s.id")
                      .param("id", id)
                      .param("account", accountId)
                      .param("exercise", exercise)
                      .query((rs, n) -> mapSet(rs))
                      .list()));
    }
    return previous;
  }

  private boolean owns(long accountId, long workoutId) {
    return jdbc.sql("SELECT COUNT(*) FROM workout WHERE id = :id AND account_id = :account")
            .param("id", workoutId)
            .param("account", accountId)
            .query(Long.class)
            .single()
        == 1;
  }
}
