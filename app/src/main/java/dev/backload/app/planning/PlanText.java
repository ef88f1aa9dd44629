package dev.backload.app.planning;

import dev.backload.app.triage.DispositionView;
import dev.backload.core.planning.Accessory;
import dev.backload.core.planning.RecommendationKind;

/**
 * The plan as readable text for the terminal ({@code backload plan} without {@code --json}): the
 * same parts as the plan page, in the same order, one item per line.
 */
public final class PlanText {

  private PlanText() {}

  /** Renders a plan; every line ends with a newline. */
  public static String render(PlanView plan) {
    StringBuilder out = new StringBuilder();
    line(out, "Plan for " + plan.date() + ": " + plan.modeTitle());
    if (plan.stopped() && !plan.held()) {
      line(out, "");
      line(out, "No session yet.");
      plan.recommendations().stream()
          .filter(
              r ->
                  r.kind() == RecommendationKind.RECORD_ASSESSMENT
                      || r.kind() == RecommendationKind.NEW_CHECK_IN)
          .forEach(r -> line(out, "  " + r.text()));
      if (plan.triage() != null) {
        line(out, "");
        line(out, "If things change");
        line(out, "  " + plan.triage().safetyNet());
      }
      return out.toString();
    }
    if (plan.stopped()) {
      DispositionView view = DispositionView.of(plan.triage().disposition());
      line(out, "");
      line(out, plan.triage().disposition() + ": " + view.headline());
      line(out, "  " + view.summary());
      line(
          out,
          "  Training is on hold since "
              + plan.hold().since()
              + " (rules "
              + String.join(", ", plan.hold().rules())
              + "). Do not train until you have been assessed; only an assessment that clears"
              + " you lifts the hold.");
      line(out, "");
      line(out, "What to do now");
      plan.triage().actions().forEach(a -> line(out, "  - " + a));
      line(out, "");
      line(out, "Why");
      plan.triage().findings().forEach(f -> line(out, "  - " + f.reason()));
      line(out, "");
      line(out, "If things change");
      line(out, "  " + plan.triage().safetyNet());
      return out.toString();
    }
    if (plan.stage() != null) {
      line(
          out,
          "Stage "
              + plan.stage().number()
              + " of 4, "
              + plan.stage().title()
              + ": "
              + plan.stage().content());
    }
    if (plan.stageProgress() != null) {
      line(out, "  Moves on when: " + plan.stageProgress().movesOnWhen());
      line(out, "  Where you stand: " + plan.stageProgress().status());
    }
    line(out, "");
    PlanView.SessionView s = plan.prescription();
    if (s == null) {
      line(out, "No deadlift session to plan from: the log has none yet.");
    } else {
      line(out, "Next deadlift session");
      if (plan.limits() != null) {
        line(out, "  Limits from your assessment: " + plan.limits());
      }
      line(out, "  " + s.exercise() + ", " + s.rangeText());
      line(
          out,
          "  "
              + s.sets()
              + " x "
              + s.reps()
              + (s.loadKg() > 0 ? " at " + s.load().toPlainString() + " " + plan.unit() : "")
              + (s.rpeCap() != null ? ", stop at RPE " + s.rpeCapText() : ""));
      line(out, "  Tempo: " + s.tempo());
      line(out, "  Warm-up:");
      s.warmUp().steps().forEach(w -> line(out, "    - " + w.name() + ": " + w.dose()));
      if (!s.warmUp().rampSets().isEmpty()) {
        line(
            out,
            "    - Ramp-up sets: "
                + s.warmUp().rampSets().stream()
                    .map(r -> r.reps() + " x " + r.load().toPlainString() + " " + plan.unit())
                    .collect(java.util.stream.Collectors.joining(", "))
                + ", then the working sets");
      }
      line(out, "  Before the first working set:");
      s.checklist().forEach(c -> line(out, "    - " + c));
      line(out, "  Why:");
      s.reasons().forEach(r -> line(out, "    - " + r));
      s.adjustments().forEach(a -> line(out, "    - " + a.reason()));
      line(out, "  Accessory block:");
      for (Accessory a : s.accessories()) {
        line(
            out,
            "    - " + a.name() + ": " + a.dose() + (a.weakEvidence() ? " (weak evidence)" : ""));
      }
      line(out, "  Keep track of your back:");
      line(out, "    - " + s.monitoring().before());
      line(out, "    - " + s.monitoring().during());
      line(out, "    - " + s.monitoring().nextMorning());
    }
    if (!plan.recommendations().isEmpty()) {
      line(out, "");
      line(out, "Also");
      plan.recommendations().forEach(r -> line(out, "  - " + r.text()));
    }
    line(out, "");
    line(out, "Deadlift sessions with pain answers");
    if (plan.zoneHistory().isEmpty()) {
      line(out, "  none yet");
    }
    for (PlanView.ZoneView z : plan.zoneHistory()) {
      line(
          out,
          "  "
              + z.date()
              + "  "
              + String.format("%-8s", z.zone())
              + z.exercise()
              + ", "
              + z.load().toPlainString()
              + " "
              + plan.unit()
              + ", "
              + z.sets()
              + " x "
              + z.reps()
              + ": "
              + z.why());
    }
    line(out, "");
    line(out, "What may be driving it");
    if (plan.attributionSummary() == null) {
      line(out, "  No pain episode is open.");
    } else {
      plan.attribution().forEach(a -> line(out, "  - " + a.title() + ": " + a.evidence()));
      line(out, "  " + plan.attributionSummary());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
