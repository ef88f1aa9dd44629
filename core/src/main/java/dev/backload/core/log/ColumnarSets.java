package dev.backload.core.log;

import java.time.LocalDate;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list of sets that can also be read field by field without building a {@link TrainingSet} for
 * each: {@code date(i)} is {@code get(i).date()}, {@code loadKg(i)} is {@code get(i).loadKg()}, and
 * so on. The importer's column store is one; the analytics read through these accessors when given
 * one, which spares a short-lived object per set on a large import.
 */
public interface ColumnarSets extends List<TrainingSet>, RandomAccess {

  /** {@code get(index).date()}. */
  LocalDate date(int index);

  /** {@code get(index).workout()}. */
  String workout(int index);

  /** {@code get(index).variation()}. */
  HingeVariation variation(int index);

  /** {@code get(index).setType()}. */
  SetType setType(int index);

  /** {@code get(index).reps()}. */
  int reps(int index);

  /** {@code get(index).rpe()}. */
  Double rpe(int index);

  /** {@code get(index).loadKg()}: the weight, or 0 for an assisted exercise. */
  double loadKg(int index);
}
