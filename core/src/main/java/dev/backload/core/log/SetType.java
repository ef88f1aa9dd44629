package dev.backload.core.log;

/** The role a set played in a workout. Only {@link #WARMUP} sets are excluded from working sets. */
public enum SetType {
  WARMUP,
  WORKING,
  DROP,
  FAILURE
}
