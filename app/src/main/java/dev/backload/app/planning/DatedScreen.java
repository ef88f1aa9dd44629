package dev.backload.app.planning;

import dev.backload.core.planning.Screen;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The short screen as stored and as {@code /api/v1/screen} shows it: the person's results on one
 * date, each {@code null} when not tested.
 *
 * @param date the day the tests were done
 * @param kneeToWallLeftCm knee-to-wall distance, left foot, cm
 * @param kneeToWallRightCm knee-to-wall distance, right foot, cm
 * @param hingesToMidShinFlatBack whether the hands reach mid-shin in a hip hinge with a flat back
 * @param sidePlankLeftS side plank on the left elbow, seconds
 * @param sidePlankRightS side plank on the right elbow, seconds
 * @param backExtensorHoldS back-extensor hold, seconds
 */
public record DatedScreen(
    LocalDate date,
    Double kneeToWallLeftCm,
    Double kneeToWallRightCm,
    Boolean hingesToMidShinFlatBack,
    Double sidePlankLeftS,
    Double sidePlankRightS,
    Double backExtensorHoldS) {

  public DatedScreen {
    Objects.requireNonNull(date, "date");
  }

  /** The results as the planner reads them. */
  public Screen toScreen() {
    return new Screen(
        kneeToWallLeftCm,
        kneeToWallRightCm,
        hingesToMidShinFlatBack,
        sidePlankLeftS,
        sidePlankRightS,
        backExtensorHoldS);
  }

  /** Whether no test has a result. */
  public boolean noResult() {
    return kneeToWallLeftCm == null
        && kneeToWallRightCm == null
        && hingesToMidShinFlatBack == null
        && sidePlankLeftS == null
        && sidePlankRightS == null
        && backExtensorHoldS == null;
  }
}
