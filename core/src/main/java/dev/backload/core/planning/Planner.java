package dev.backload.core.planning;

import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.TriageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The planner's entry point (planner.md): picks the mode, replays the open episode, and builds the
 * next session, the stage, the zones, the attribution and the recommendations. Pure: the same input
 * always gives an equal plan, and nothing reads a clock.
 */
public final class Planner {

  private Planner() {}

  /**
   * Plans the next session.
   *
   * <p>Mode selection (planner.md 0 and 0a): a red-flag hold ({@link PlannerInput#hold()}) decides
   * first: stop, with the holding check-in's result. Without a hold, the plan also stops, with no
   * session, while the latest assessment is {@code NOT_CLEARED}, and after a clearing assessment
   * until the next check-in (planner.md 0a: the normal rules apply from the next check-in on).
   * Then, with an open episode, its replay decides: staged return (a SEE_PHYSIO result, or two red
   * sessions in a row in adjusted training) or adjusted training (MODIFY). Otherwise the staged
   * return when two red sessions in a row came in adjusted training started by a spike or a break
   * ({@link AdjustedReds}); adjusted training when a break is being returned from or there was a
   * SPIKE week this week or last (a spike while a break is rebuilt is the rebuild itself and is not
   * counted again); as planned when nothing calls for a change. A closed episode counts as none.
   *
   * @param input what the planner reads; nothing dated after {@code input.today()} is used
   * @return the plan
   */
  public static Plan plan(PlannerInput input) {
    PlanContext ctx =
        new PlanContext(
            input.today(),
            input.incrementKg(),
            new HingeLog(
                input.log().stream().filter(s -> !s.date().isAfter(input.today())).toList()),
            input.analysis(),
            input.screen(),
            PainMonitoring.zones(
                input.monitoring().stream()
                    .filter(s -> !s.date().isAfter(input.today()))
                    .toList()));
    List<Recommendation> recs = new ArrayList<>();
    for (ZonedSession s : ctx.zones()) {
      if (s.zone() == Zone.PENDING) {
        recs.add(
            new Recommendation(
                RecommendationKind.ANSWER_NEXT_MORNING,
                "Record how your back felt on waking after your session on "
                    + s.date()
                    + ": the next step depends on it."));
      }
    }
    Optional<Episode> episode = input.openEpisode();
    EpisodeReplay replay =
        episode.map(e -> EpisodeReplay.run(ctx, e, input.checkInsOf(e))).orElse(null);
    List<Attribution> attribution =
        episode.map(e -> LimiterAttribution.attribute(input, e)).orElse(List.of());
    String summary = episode.map(e -> LimiterAttribution.summary(attribution)).orElse(null);
    TriageResult triage =
        replay == null || replay.latest() == null ? null : replay.latest().triage();
    EpisodeReplay.Phase phase = replay == null ? EpisodeReplay.Phase.NONE : replay.phase();

    Assessment assessment = input.latestAssessment().orElse(null);
    String limits = assessment == null ? null : assessment.limits();
    RedFlagHold hold = input.hold().orElse(null);
    if (hold != null) {
      recs.add(
          new Recommendation(
              RecommendationKind.SEEK_CARE,
              "Follow the result of your check-in on "
                  + hold.checkIn().date()
                  + " now. No training is planned until you have been assessed."));
      recs.add(
          new Recommendation(
              RecommendationKind.RECORD_ASSESSMENT,
              "Once you have been seen, record the assessment: who saw you and what they"
                  + " concluded. Only that lifts the hold; a check-in without pain does not."));
      StageProgress screen =
          new StageProgress(
              hold.since(),
              "An assessment that clears you to train.",
              "Training is on hold after a red-flag answer: no session for now.",
              null);
      return stop(ctx, screen, attribution, summary, recs, hold.checkIn().triage(), hold, null);
    }
    boolean notCleared =
        assessment != null && assessment.outcome() == AssessmentOutcome.NOT_CLEARED;
    boolean checkInDue = assessment != null && input.assessedSinceLatestCheckIn();
    if (notCleared || checkInDue) {
      EpisodeCheckIn latest = input.latestCheckIn().orElse(null);
      if (notCleared) {
        recs.add(
            new Recommendation(
                RecommendationKind.RECORD_ASSESSMENT,
                "Your latest assessment did not clear you to train. Record the next one once a"
                    + " clinician has cleared you; until then no session is planned."));
      } else {
        recs.add(
            new Recommendation(
                RecommendationKind.NEW_CHECK_IN,
                "You have been assessed since your last check-in. Check in again so the plan can"
                    + " choose your next session from how your back is today."));
      }
      StageProgress screen =
          new StageProgress(
              assessment.date(),
              notCleared
                  ? "An assessment that clears you to train."
                  : "A new check-in after your assessment.",
              "The plan waits before it sets a session.",
              null);
      TriageResult latestResult = latest == null ? null : latest.triage();
      return stop(ctx, screen, attribution, summary, recs, latestResult, null, limits);
    }
    if (phase == EpisodeReplay.Phase.STOP) {
      // The replay stops only on a check-in that starts a hold, and a hold was handled above: fail
      // closed rather than plan a session if that ever stops being true.
      throw new IllegalStateException("a red-flag check-in without a red-flag hold");
    }
    StagedReturn staged =
        phase == EpisodeReplay.Phase.STAGED
            ? replay.staged()
            : phase == EpisodeReplay.Phase.ADJUSTED
                ? null
                : AdjustedReds.replay(
                        ctx, input, phase == EpisodeReplay.Phase.TRAIN ? replay.phaseSince() : null)
                    .orElse(null);
    if (staged != null) {
      recs.addAll(staged.recommendations(ctx.today()));
      if (triage != null && triage.disposition() == Disposition.SEE_PHYSIO) {
        recs.add(
            new Recommendation(
                RecommendationKind.LEG_SYMPTOMS,
                "Stop any exercise that brings on pain, tingling or numbness in a leg."));
      }
      return new Plan(
          Mode.STAGED_RETURN,
          staged.stage(),
          staged.progress(ctx.today()),
          ctx.zones(),
          staged.prescription(ctx.today()),
          attribution,
          summary,
          recs,
          triage,
          null,
          limits);
    }
    Triggers.Break pause = Triggers.breakOn(ctx.log(), ctx.today()).orElse(null);
    Triggers triggers =
        new Triggers(
            phase == EpisodeReplay.Phase.ADJUSTED ? replay.phaseSince() : null,
            pause,
            pause != null ? null : Triggers.spikeOn(ctx.analysis(), ctx.today()).orElse(null));
    if (triggers.any()) {
      Prescription adjusted = AdjustedTraining.prescribe(ctx, triggers);
      return new Plan(
          Mode.ADJUSTED,
          null,
          null,
          ctx.zones(),
          adjusted,
          attribution,
          summary,
          recs,
          triage,
          null,
          limits);
    }
    Prescription planned = AsPlanned.prescribe(ctx, recs);
    return new Plan(
        Mode.AS_PLANNED,
        null,
        null,
        ctx.zones(),
        planned,
        attribution,
        summary,
        recs,
        triage,
        null,
        limits);
  }

  /** A plan without a session: stop mode at the screen (planner.md 0 and 0a). */
  private static Plan stop(
      PlanContext ctx,
      StageProgress progress,
      List<Attribution> attribution,
      String summary,
      List<Recommendation> recs,
      TriageResult triage,
      RedFlagHold hold,
      String limits) {
    return new Plan(
        Mode.STOP,
        Stage.SCREEN,
        progress,
        ctx.zones(),
        null,
        attribution,
        summary,
        recs,
        triage,
        hold,
        limits);
  }
}
