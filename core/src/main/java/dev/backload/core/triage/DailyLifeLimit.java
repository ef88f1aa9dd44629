package dev.backload.core.triage;

/**
 * An everyday activity that back pain has limited on 2 or more days (check-in field {@code
 * dailyLife}, a set).
 */
public enum DailyLifeLimit {
  SITTING,
  BENDING,
  SLEEPING,
  WALKING
}
