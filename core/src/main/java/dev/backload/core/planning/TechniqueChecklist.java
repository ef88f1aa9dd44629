package dev.backload.core.planning;

import java.util.List;

/**
 * The short technique checklist every prescription carries, to look at before the first working set
 * (planner.md 2, version 2; seed 000): bar close, hinge at the hips, neutral spine, brace, push the
 * floor away.
 */
final class TechniqueChecklist {
  static final List<String> ITEMS =
      List.of(
          "Bar close: over the middle of your foot at the start, brushing your legs on the way up.",
          "Hinge at the hips: send them back, so the hips and not the low back do the bending.",
          "Neutral spine: back flat from hips to head, with no rounding under the weight.",
          "Brace: breathe in and tighten your trunk before each rep, and hold it to the top.",
          "Push the floor away: drive through your whole foot instead of pulling with your back.");

  private TechniqueChecklist() {}
}
