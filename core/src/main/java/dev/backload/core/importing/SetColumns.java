package dev.backload.core.importing;

import dev.backload.core.log.ColumnarSets;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;

/**
 * The sets of one import, stored column by column and handed out as {@link TrainingSet}s built on
 * {@link #get(int)} with the canonical constructor.
 *
 * <p>Why: an import of a million sets would otherwise keep a million small objects alive while it
 * runs, and copying them from one garbage-collector generation to the next costs about as much as
 * parsing the CSV. A few large arrays cost almost nothing to keep (about 30 bytes per set instead
 * of 60), dates, workout keys and exercises are shared, and a guessed unit is applied by scaling
 * one array. The per-set columns are all primitive: a set's date, workout key and exercise are
 * numbers into small tables of the values themselves, so the collector never has to scan a
 * million-element array of references (which, written after it was allocated, it would at every
 * young collection).
 *
 * <p>Filled by the importer, then {@linkplain #freeze() frozen}: unmodifiable from then on, like
 * {@link java.util.List#copyOf}. Two {@code get} calls return equal, not identical, sets.
 */
final class SetColumns extends AbstractList<TrainingSet> implements ColumnarSets {

  /**
   * An exercise name as read, trimmed, with its hinge variation and whether its weight is
   * assistance (one instance per name).
   */
  record Exercise(String name, HingeVariation variation, boolean assisted) {
    Exercise(String name, HingeVariation variation) {
      this(name, variation, TrainingSet.isAssisted(name));
    }
  }

  private static final SetType[] TYPES = SetType.values();

  /** The RPE values 1, 1.5, ..., 10, indexed by {@code 2 * rpe - 2}. */
  private static final Double[] RPES = new Double[19];

  static {
    for (int i = 0; i < RPES.length; i++) {
      RPES[i] = (i + 2) / 2.0;
    }
  }

  private int size;
  private boolean frozen;

  /** Per set, the index of its date in {@link #dateTable}. */
  private int[] dates = new int[16];

  /** Per set, the index of its workout key in {@link #workoutTable}. */
  private int[] workouts = new int[16];

  /** Per set, the index of its exercise in {@link #exerciseTable}. */
  private int[] exercises = new int[16];

  /** The dates of the sets, one entry per run of sets given the same instance. */
  private final Table<LocalDate> dateTable = new Table<>();

  /** The workout keys, one entry per run of sets given the same instance. */
  private final Table<String> workoutTable = new Table<>();

  /** The exercises, one entry per run of sets given the same instance. */
  private final Table<Exercise> exerciseTable = new Table<>();

  private byte[] types = new byte[16];
  private double[] weights = new double[16];
  private int[] reps = new int[16];

  /** Twice the RPE (2..20), 0 for none. */
  private byte[] rpes = new byte[16];

  /**
   * Per set, 1 + the index of its note in {@link #noteTable}, 0 for none; made for the first note.
   */
  private int[] notes;

  private final Table<String> noteTable = new Table<>();

  /**
   * Appends a set. The values must be valid for {@link TrainingSet}; the RPE a half step in 1..10.
   *
   * @throws IllegalStateException when frozen
   */
  void add(
      LocalDate date,
      String workout,
      Exercise exercise,
      SetType type,
      double weightKg,
      int repCount,
      Double rpe,
      String note) {
    if (frozen) {
      throw new IllegalStateException("frozen");
    }
    if (size == dates.length) {
      grow();
    }
    dates[size] = dateTable.indexOf(date);
    workouts[size] = workoutTable.indexOf(workout);
    exercises[size] = exerciseTable.indexOf(exercise);
    types[size] = (byte) type.ordinal();
    weights[size] = weightKg;
    reps[size] = repCount;
    rpes[size] = rpe == null ? 0 : (byte) (rpe * 2);
    if (note != null) {
      if (notes == null) {
        notes = new int[dates.length];
      }
      notes[size] = 1 + noteTable.indexOf(note);
    }
    size++;
  }

  /** Multiplies every weight by a factor (a unit decided after reading). */
  void scaleWeights(double factor) {
    if (frozen) {
      throw new IllegalStateException("frozen");
    }
    for (int i = 0; i < size; i++) {
      weights[i] *= factor;
    }
  }

  /** Makes this list unmodifiable; returns it. */
  SetColumns freeze() {
    frozen = true;
    return this;
  }

  /** Whether {@link #freeze()} was called. */
  boolean isFrozen() {
    return frozen;
  }

  @Override
  public TrainingSet get(int index) {
    checkIndex(index);
    Exercise exercise = exerciseTable.get(exercises[index]);
    int rpe = rpes[index];
    return new TrainingSet(
        dateTable.get(dates[index]),
        workoutTable.get(workouts[index]),
        exercise.name(),
        exercise.variation(),
        TYPES[types[index]],
        weights[index],
        reps[index],
        rpe == 0 ? null : RPES[rpe - 2],
        notes == null || notes[index] == 0 ? null : noteTable.get(notes[index] - 1));
  }

  @Override
  public LocalDate date(int index) {
    checkIndex(index);
    return dateTable.get(dates[index]);
  }

  @Override
  public String workout(int index) {
    checkIndex(index);
    return workoutTable.get(workouts[index]);
  }

  @Override
  public HingeVariation variation(int index) {
    checkIndex(index);
    return exerciseTable.get(exercises[index]).variation();
  }

  @Override
  public SetType setType(int index) {
    checkIndex(index);
    return TYPES[types[index]];
  }

  @Override
  public int reps(int index) {
    checkIndex(index);
    return reps[index];
  }

  @Override
  public Double rpe(int index) {
    checkIndex(index);
    int rpe = rpes[index];
    return rpe == 0 ? null : RPES[rpe - 2];
  }

  @Override
  public double loadKg(int index) {
    checkIndex(index);
    return exerciseTable.get(exercises[index]).assisted() ? 0.0 : weights[index];
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + size);
    }
  }

  @Override
  public int size() {
    return size;
  }

  private void grow() {
    int capacity = dates.length * 2;
    dates = Arrays.copyOf(dates, capacity);
    workouts = Arrays.copyOf(workouts, capacity);
    exercises = Arrays.copyOf(exercises, capacity);
    types = Arrays.copyOf(types, capacity);
    weights = Arrays.copyOf(weights, capacity);
    reps = Arrays.copyOf(reps, capacity);
    rpes = Arrays.copyOf(rpes, capacity);
    if (notes != null) {
      notes = Arrays.copyOf(notes, capacity);
    }
  }

  /**
   * Values in the order given, a new entry whenever the value is not the same instance as the last
   * one: sets arrive in runs (the rows of a workout, of an exercise) that share their instances, so
   * the table stays small (at most one entry per run).
   */
  private static final class Table<T> {
    private Object[] values = new Object[16];
    private int count;

    int indexOf(T value) {
      if (count > 0 && values[count - 1] == value) {
        return count - 1;
      }
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count] = value;
      return count++;
    }

    @SuppressWarnings("unchecked")
    T get(int index) {
      return (T) values[index];
    }
  }
}
