package dev.backload.app.triage;

import dev.backload.core.triage.Disposition;

/**
 * How a disposition is headed on the result page.
 *
 * @param cssClass the style hook ({@code disposition-emergency} ...)
 * @param headline the answer in a few words
 * @param summary one plain sentence under the headline
 */
public record DispositionView(String cssClass, String headline, String summary) {

  public static DispositionView of(Disposition disposition) {
    return switch (disposition) {
      case EMERGENCY ->
          new DispositionView(
              "disposition-emergency",
              "Get emergency care now",
              "What you describe needs a doctor straight away: go to an emergency department or"
                  + " call your emergency number. Do not wait and do not train.");
      case URGENT ->
          new DispositionView(
              "disposition-urgent",
              "See a doctor soon",
              "Something in your answers should be checked by a doctor soon; the steps below say"
                  + " how soon. No heavy lifting until then.");
      case SEE_PHYSIO ->
          new DispositionView(
              "disposition-see-physio",
              "Book an assessment",
              "This looks like more than ordinary soreness. Book a physiotherapist or doctor in"
                  + " the next week or two, and train only in a reduced form until then.");
      case MODIFY ->
          new DispositionView(
              "disposition-modify",
              "Keep training, adjusted",
              "Nothing here points to a serious problem, but today's training should be"
                  + " lighter or easier on the back.");
      case TRAIN ->
          new DispositionView(
              "disposition-train",
              "Normal training soreness",
              "This looks like the ordinary stiffness that follows hard deadlifts. Train as"
                  + " planned.");
    };
  }
}
