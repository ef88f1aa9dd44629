package dev.backload.core.triage;

import java.util.List;

/**
 * The user-facing text of a result that does not belong to one rule: the next steps for each
 * disposition (triage.md section 4) and the safety net shown on every result.
 */
final class Advice {

  /**
   * What the emergency symptoms are and what to do about them; shown on every result, TRAIN
   * included (IFOMPT 2020; GIRFT 2023).
   */
  static final String SAFETY_NET =
      "Get emergency help straight away (go to an emergency department or call your local"
          + " emergency number, such as 999, 112 or 911) if any of these appear: a new change in"
          + " your bladder or bowels, such as trouble starting or stopping peeing, not being able"
          + " to go, not feeling it, or losing control; numbness or tingling around your genitals,"
          + " back passage, buttocks or inner thighs; a new loss of feeling in the genitals or of"
          + " sexual function; pain, tingling, numbness or weakness in both legs; a fever while"
          + " feeling very unwell; chest pain; or back pain that began after a serious accident"
          + " such as a fall or a crash. Do not wait for a routine appointment. If weakness in one"
          + " leg keeps getting worse, see a doctor the same day.";

  private Advice() {}

  /**
   * The next steps for a disposition, 2 to 4 short items.
   *
   * <p>URGENT normally allows "today, or within 48 hours". When the check-in reports a fever
   * (infection suspicion: same day, clinical-sources.md 1.4) or weakness that is getting worse (U7:
   * today, not within 48 h), the first step asks for a doctor today with no 48-hour allowance.
   */
  static List<String> actions(Disposition disposition, CheckIn checkIn) {
    return switch (disposition) {
      case EMERGENCY ->
          List.of(
              "Go to an emergency department or call your local emergency number now.",
              "Do not wait for a GP, physio or other routine appointment.",
              "Do not train until you have been checked.");
      case URGENT ->
          List.of(
              sameDay(checkIn)
                  ? "Contact a doctor today; this should not wait for another day."
                  : "Contact a doctor today, or within 48 hours at the latest.",
              "No deadlifts or other heavy lifting until a doctor has seen you.",
              "If anything from the emergency list below appears meanwhile, get emergency help at"
                  + " once.");
      case SEE_PHYSIO ->
          List.of(
              "Book an assessment with a physiotherapist or doctor within the next week or two.",
              "Until then, keep moving and train only in the reduced form your plan suggests.",
              "Stop any exercise that brings on pain, tingling or numbness in your leg.");
      case MODIFY ->
          List.of(
              "Keep training, made easier: less weight or fewer sets, a shorter range such as block"
                  + " pulls, a slower tempo, or an easier variation such as the trap bar or RDL.",
              "Keep your pain during the session at "
                  + TriageThresholds.SESSION_PAIN_AMBER_MAX
                  + " out of 10 or lower.",
              "Check how your back feels the next morning and log it.");
      case TRAIN ->
          List.of(
              "This looks like ordinary soreness from training: go ahead with your planned"
                  + " session.",
              "Take your time warming up before the heavy sets.",
              "Keep logging your sessions and how your back feels.");
    };
  }

  private static boolean sameDay(CheckIn checkIn) {
    return checkIn.fever() || checkIn.weaknessProgressing();
  }
}
