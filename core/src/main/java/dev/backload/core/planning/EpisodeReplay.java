package dev.backload.core.planning;

import dev.backload.core.triage.Disposition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays an open episode's check-ins and monitored sessions in date order (check-ins first within
 * a date) to find where the lifter stands (planner.md section 0):
 *
 * <ul>
 *   <li>an EMERGENCY or URGENT check-in stops the plan (stage 0) until a later check-in is lower
 *       (the red-flag hold of section 0a is decided before the replay, by {@link RedFlagHold}; the
 *       replay follows each check-in's {@link EpisodeCheckIn#planningDisposition()}, in which
 *       URGENT findings an assessment already covered no longer count);
 *   <li>a SEE_PHYSIO result starts the staged return, as does any check-in after one at SEE_PHYSIO
 *       or above: within an episode the staged return is kept until the episode closes, and it
 *       starts afresh after a stop;
 *   <li>a MODIFY result starts adjusted training; two red sessions in a row there, of any
 *       deadlift-family lift (it is the back that is monitored, not the prescribed lift), move the
 *       lifter into the staged return at stage 2;
 *   <li>a TRAIN result ends adjusted training.
 * </ul>
 */
final class EpisodeReplay {

  /** Where the episode stands. */
  enum Phase {
    NONE,
    TRAIN,
    ADJUSTED,
    STAGED,
    STOP
  }

  private final PlanContext ctx;
  private final PreFlare preFlare;
  private final List<ZonedSession> adjustedTrack = new ArrayList<>();
  private Phase phase = Phase.NONE;
  private EpisodeCheckIn latest;
  private LocalDate phaseSince;
  private int peakRestPain;
  private boolean serious;
  private StagedReturn staged;

  private EpisodeReplay(PlanContext ctx, PreFlare preFlare) {
    this.ctx = ctx;
    this.preFlare = preFlare;
  }

  /**
   * Replays an episode.
   *
   * @param checkIns the episode's check-ins up to today, in date order
   */
  static EpisodeReplay run(PlanContext ctx, Episode episode, List<EpisodeCheckIn> checkIns) {
    EpisodeReplay replay = new EpisodeReplay(ctx, PreFlare.of(ctx.log(), episode.onset()));
    List<ZonedSession> sessions =
        ctx.zones().stream().filter(s -> !s.date().isBefore(episode.onset())).toList();
    int c = 0;
    int s = 0;
    while (c < checkIns.size() || s < sessions.size()) {
      if (s == sessions.size()
          || (c < checkIns.size() && !checkIns.get(c).date().isAfter(sessions.get(s).date()))) {
        replay.checkIn(checkIns.get(c++));
      } else {
        replay.session(sessions.get(s++));
      }
    }
    return replay;
  }

  Phase phase() {
    return phase;
  }

  /** The date the current phase began. */
  LocalDate phaseSince() {
    return phaseSince;
  }

  /** The latest check-in, or {@code null} when the episode has none yet. */
  EpisodeCheckIn latest() {
    return latest;
  }

  /** The staged return, when the phase is {@link Phase#STAGED}. */
  StagedReturn staged() {
    return staged;
  }

  private void checkIn(EpisodeCheckIn checkIn) {
    latest = checkIn;
    peakRestPain = Math.max(peakRestPain, checkIn.painNow());
    Disposition disposition = checkIn.planningDisposition();
    if (disposition.isAtLeast(Disposition.URGENT)) {
      enter(Phase.STOP, checkIn.date());
      staged = null;
      serious = true;
      return;
    }
    serious |= disposition.isAtLeast(Disposition.SEE_PHYSIO);
    if (phase == Phase.STAGED) {
      staged.checkIn(checkIn);
    } else if (serious) {
      staged = StagedReturn.fromCheckIn(ctx, preFlare, checkIn, peakRestPain);
      enter(Phase.STAGED, checkIn.date());
    } else if (disposition == Disposition.MODIFY) {
      if (phase != Phase.ADJUSTED) {
        adjustedTrack.clear();
      }
      enter(Phase.ADJUSTED, checkIn.date());
    } else {
      enter(Phase.TRAIN, checkIn.date());
    }
  }

  private void session(ZonedSession session) {
    if (phase == Phase.STAGED) {
      staged.session(session);
    } else if (phase == Phase.ADJUSTED) {
      adjustedTrack.add(session);
      if (PainMonitoring.decide(adjustedTrack) == Decision.DROP_STAGE) {
        staged =
            StagedReturn.afterTwoReds(ctx, preFlare, session.date(), peakRestPain, session.dose());
        enter(Phase.STAGED, session.date());
      }
    }
  }

  private void enter(Phase next, LocalDate date) {
    if (phase != next) {
      phaseSince = date;
    }
    phase = next;
  }
}
