package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The as-planned mode: the lifter's own programme with monitoring reminders. The prescription shows
 * the last logged top set of the last deadlift-family date for reference; the monitoring of that
 * variation still applies (amber repeats, red goes back, pending waits), and two red sessions in a
 * row of any deadlift-family lift ask for a new check-in.
 */
final class AsPlanned {
  private AsPlanned() {}

  /** The reference session, or {@code null} when the log has no deadlift-family session. */
  static Prescription prescribe(PlanContext ctx, List<Recommendation> recs) {
    Optional<LocalDate> last = ctx.log().lastOnOrBefore(ctx.today());
    if (last.isEmpty()) {
      return null;
    }
    WorkingDose top = ctx.log().top(last.get()).orElseThrow();
    List<ZonedSession> track =
        ctx.zones().stream().filter(s -> s.session().variation() == top.variation()).toList();
    List<String> reasons = new ArrayList<>();
    reasons.add(
        "Train as your programme says; the weight shown is your last top set, from "
            + last.get()
            + ", for reference.");
    Dose dose =
        Tracks.next(
            track,
            top.toDose(),
            green -> {
              reasons.add(
                  "Your session on "
                      + green.date()
                      + " was green: progress as your"
                      + " programme says.");
              return top.toDose();
            },
            ctx.incrementKg(),
            reasons);
    // The back is what is monitored: two reds in a row of any deadlift-family lift ask for a
    // check-in.
    Tracks.twoRedsOutsideStages(ctx.zones()).ifPresent(recs::add);
    return Prescription.of(
        dose.withLoadKg(ctx.round(dose.loadKg())),
        ctx.incrementKg(),
        "your usual tempo",
        null,
        List.of(),
        List.of(),
        reasons);
  }
}
