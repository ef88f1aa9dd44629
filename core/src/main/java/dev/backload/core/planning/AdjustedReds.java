package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two red sessions in a row in adjusted training started by a load spike or a break move the lifter
 * into the staged return at stage 2, as they do after a MODIFY result (planner.md 0: "whatever
 * started it"; {@link EpisodeReplay} handles MODIFY).
 *
 * <p>Nothing stored says when a spike or a break put the lifter in adjusted training, so the
 * monitored sessions are replayed: the second of two red sessions in a row (any deadlift-family
 * lift; pending sessions are skipped) counts when, on the morning of its date, a break was being
 * returned from or a SPIKE week was this week or last ({@link Triggers}, read from the log before
 * that date), and the first red is on or after that adjusted track's start. The staged return then
 * starts on that date and replays every later session and check-in. Its pre-flare loads are those
 * of the 28 days before the trigger: before the last session ahead of the break, or before the
 * spike week. Outside an episode nothing closes it, so it lasts until it has run its course (stage
 * 4 for its whole monitoring period) or an episode begins; then the replay looks on for another.
 */
final class AdjustedReds {
  private AdjustedReds() {}

  /**
   * The staged return two reds in a row in spike or break adjusted training started, if one is
   * still running today.
   *
   * @param from the first date whose sessions count, or {@code null} for the default: the open
   *     episode's onset, else the day the last episode closed, else no bound
   */
  static Optional<StagedReturn> replay(PlanContext ctx, PlannerInput input, LocalDate from) {
    LocalDate start = from != null ? from : defaultStart(input);
    List<ZonedSession> sessions =
        ctx.zones().stream().filter(s -> start == null || !s.date().isBefore(start)).toList();
    ZonedSession previous = null;
    for (int i = 0; i < sessions.size(); i++) {
      ZonedSession s = sessions.get(i);
      if (s.zone() == Zone.PENDING) {
        continue;
      }
      if (s.zone() == Zone.RED && previous != null && previous.zone() == Zone.RED) {
        Optional<Triggers> triggers = adjustedOn(ctx, s.date());
        if (triggers.isPresent() && !previous.date().isBefore(triggers.get().trackStart())) {
          StagedReturn staged =
              StagedReturn.afterTwoReds(
                  ctx,
                  PreFlare.of(ctx.log(), referenceDate(triggers.get())),
                  s.date(),
                  0,
                  s.dose());
          int next = replayAfter(staged, s.date(), sessions, i + 1, input.checkIns(), ctx.today());
          if (next < 0) {
            return Optional.of(staged);
          }
          i = next - 1;
          previous = null;
          continue;
        }
      }
      previous = s;
    }
    return Optional.empty();
  }

  /**
   * Feeds the staged return the sessions from {@code first} on and the check-ins after {@code
   * date}, in date order (check-ins first within a date), until it has run its course.
   *
   * @return -1 when it is still running today, else the index of the first session after it ended
   */
  private static int replayAfter(
      StagedReturn staged,
      LocalDate date,
      List<ZonedSession> sessions,
      int first,
      List<EpisodeCheckIn> checkIns,
      LocalDate today) {
    List<EpisodeCheckIn> later = new ArrayList<>();
    for (EpisodeCheckIn c : checkIns) {
      if (c.date().isAfter(date) && !c.date().isAfter(today)) {
        later.add(c);
      }
    }
    int c = 0;
    int s = first;
    while (c < later.size() || s < sessions.size()) {
      boolean checkInNext =
          s == sessions.size()
              || (c < later.size() && !later.get(c).date().isAfter(sessions.get(s).date()));
      LocalDate next = checkInNext ? later.get(c).date() : sessions.get(s).date();
      if (staged.complete(next)) {
        return s;
      }
      if (checkInNext) {
        staged.checkIn(later.get(c++));
      } else {
        staged.session(sessions.get(s++));
      }
    }
    return staged.complete(today) ? sessions.size() : -1;
  }

  /** What put the lifter in adjusted training on the morning of {@code date}, if anything did. */
  private static Optional<Triggers> adjustedOn(PlanContext ctx, LocalDate date) {
    HingeLog before = ctx.log().before(date);
    Triggers.Break pause = Triggers.breakOn(before, date).orElse(null);
    Triggers.Spike spike =
        pause != null ? null : Triggers.spikeOn(ctx.analysis(), date).orElse(null);
    Triggers triggers = new Triggers(null, pause, spike);
    return triggers.any() ? Optional.of(triggers) : Optional.empty();
  }

  /**
   * The date the pre-flare window ends before: the day after the last session before the break, or
   * the spike week's Monday.
   */
  private static LocalDate referenceDate(Triggers triggers) {
    return triggers.breakInfo() != null
        ? triggers.breakInfo().previousDate().plusDays(1)
        : triggers.spike().weekStart();
  }

  private static LocalDate defaultStart(PlannerInput input) {
    Optional<Episode> open = input.openEpisode();
    if (open.isPresent()) {
      return open.get().onset();
    }
    LocalDate closed = null;
    for (Episode e : input.episodes()) {
      if (e.closedOn() != null
          && !e.closedOn().isAfter(input.today())
          && (closed == null || e.closedOn().isAfter(closed))) {
        closed = e.closedOn();
      }
    }
    return closed;
  }
}
