package dev.backload.app.log;

import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.log.TrainingLog.Workout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging workouts: each change in one transaction, scoped to the owner. Methods answer empty or
 * false when the account has no such workout or set, and then change nothing.
 */
@Service
public class WorkoutService {
  private final TrainingLog log;

  WorkoutService(TrainingLog log) {
    this.log = log;
  }

  /** Stores a new workout logged in the app and returns it. */
  @Transactional
  public Workout create(long accountId, LocalDate date, String name, List<NewSet> sets) {
    long id = log.addWorkout(accountId, date, name, "app", null, sets);
    return log.findWorkout(accountId, id).orElseThrow();
  }

  /** Replaces a workout's date, name and sets. */
  @Transactional
  public Optional<Workout> replace(
      long accountId, long workoutId, LocalDate date, String name, List<NewSet> sets) {
    if (!log.updateWorkout(accountId, workoutId, date, name)) {
      return Optional.empty();
    }
    log.replaceSets(accountId, workoutId, sets);
    return log.findWorkout(accountId, workoutId);
  }

  /** Changes a workout's date and name, keeping its sets. */
  @Transactional
  public boolean rename(long accountId, long workoutId, LocalDate date, String name) {
    return log.updateWorkout(accountId, workoutId, date, name);
  }

  @Transactional
  public boolean delete(long accountId, long workoutId) {
    return log.deleteWorkout(accountId, workoutId);
  }

  @Transactional
  public Optional<Long> addSet(long accountId, long workoutId, NewSet set) {
    return log.addSet(accountId, workoutId, set);
  }

  @Transactional
  public boolean updateSet(long accountId, long workoutId, long setId, NewSet set) {
    return log.updateSet(accountId, workoutId, setId, set);
  }

  @Transactional
  public boolean deleteSet(long accountId, long workoutId, long setId) {
    return log.deleteSet(accountId, workoutId, setId);
  }
}
