package dev.backload.app.triage;

import java.util.List;

/**
 * The safety net as a lifter reads it under every result: six short signs to act on at once. The
 * same facts as the result's {@code safetyNet} text (core {@code Advice.SAFETY_NET}, which the API
 * keeps unchanged), cut into a list that can be read at a glance: the emergency signs of triage.md
 * (E1-E7 and E9) in plain words.
 */
public final class SafetyNet {

  /** The signs, one short line each. */
  public static final List<String> SIGNS =
      List.of(
          "A new change in your bladder or bowels: trouble peeing, not feeling it, or losing"
              + " control",
          "Numbness or tingling around your genitals, back passage, buttocks or inner thighs",
          "A new loss of feeling in your genitals, or of sexual function",
          "Pain, tingling, numbness or weakness in both legs",
          "A fever while feeling very unwell, or chest pain",
          "Back pain that began after a serious accident, such as a fall or a crash");

  /** What to do when weakness in one leg keeps getting worse: sooner than routine, not 999. */
  public static final String ONE_LEG =
      "If weakness in one leg keeps getting worse, see a doctor the same day.";

  private SafetyNet() {}
}
