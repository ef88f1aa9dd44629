package dev.backload.core.planning;

import static dev.backload.core.planning.PlannerThresholds.BACK_OFF_FRACTION;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The monitoring decision turned into the next dose of a track (planner.md section 1), shared by
 * the staged return, adjusted training and the as-planned mode. Each call adds its one-line reason.
 */
final class Tracks {
  private Tracks() {}

  /**
   * The next dose.
   *
   * @param track the track's sessions in date order
   * @param entry the dose when the track has no session yet
   * @param progress the next dose after a green one; it adds its own reason
   * @param incrementKg for the back-off after a red session with nothing to go back to
   * @param reasons receives the reason
   */
  static Dose next(
      List<ZonedSession> track,
      Dose entry,
      Function<ZonedSession, Dose> progress,
      double incrementKg,
      List<String> reasons) {
    Decision decision = PainMonitoring.decide(track);
    if (decision == Decision.START) {
      return entry;
    }
    ZonedSession last = track.get(track.size() - 1);
    if (decision == Decision.WAIT) {
      reasons.add(
          "Your session on "
              + last.date()
              + " still needs its next-morning answer, so"
              + " repeat it rather than add anything.");
      return last.dose();
    }
    List<ZonedSession> decided = PainMonitoring.decided(track);
    ZonedSession lastDecided = decided.get(decided.size() - 1);
    if (decision == Decision.PROGRESS) {
      return progress.apply(lastDecided);
    }
    if (decision == Decision.REPEAT) {
      reasons.add(
          "Your session on "
              + lastDecided.date()
              + " was amber: repeat it before adding"
              + " anything.");
      return lastDecided.dose();
    }
    Optional<ZonedSession> tolerated = PainMonitoring.lastTolerated(decided);
    if (tolerated.isPresent()) {
      reasons.add(
          "Your session on "
              + lastDecided.date()
              + " was red: go back to the session of "
              + tolerated.get().date()
              + ", the last one that was green or amber.");
      return tolerated.get().dose();
    }
    reasons.add(
        "Your session on "
            + lastDecided.date()
            + " was red and no earlier session here was"
            + " green or amber: about "
            + Math.round(BACK_OFF_FRACTION * 100)
            + "% less weight.");
    Dose red = lastDecided.dose();
    return red.withLoadKg(Loads.scale(red.loadKg(), 1 - BACK_OFF_FRACTION, incrementKg));
  }

  /**
   * Outside a staged return there is no stage to drop: two red sessions in a row ask for a new
   * check-in instead, which routes the plan again.
   */
  static Optional<Recommendation> twoRedsOutsideStages(List<ZonedSession> track) {
    if (PainMonitoring.decide(track) != Decision.DROP_STAGE) {
      return Optional.empty();
    }
    return Optional.of(
        new Recommendation(
            RecommendationKind.NEW_CHECK_IN,
            "Two sessions in a row were red: do a new check-in so the plan can be adjusted, and"
                + " consider booking an assessment with a physiotherapist or doctor."));
  }
}
