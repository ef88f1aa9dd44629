package dev.backload.app.triage;

import dev.backload.core.triage.Disposition;

/**
 * How a disposition is headed wherever a result is shown, on the one colour scale of results.
 *
 * <p>The scale has four steps, each with a colour, an icon of its own shape (so that it does not
 * depend on seeing colour) and a word:
 *
 * <ul>
 *   <li>{@link Scale#GREEN} (a circle with a tick): TRAIN;
 *   <li>{@link Scale#AMBER} (a diamond with a bar): MODIFY;
 *   <li>{@link Scale#RED} (a triangle with an exclamation mark): SEE_PHYSIO and URGENT, the two
 *       results that send the person to a clinician;
 *   <li>{@link Scale#EMERGENCY} (an octagon with an exclamation mark, the darkest colour):
 *       EMERGENCY.
 * </ul>
 *
 * @param cssClass the disposition's style hook ({@code disposition-emergency} ...)
 * @param scale the step of the scale
 * @param word the result in a word or two, shown next to the icon
 * @param headline the answer in a few words
 * @param summary one plain sentence under the headline
 */
public record DispositionView(
    String cssClass, Scale scale, String word, String headline, String summary) {

  /** The steps of the colour scale of results, mildest first. */
  public enum Scale {
    GREEN("Go ahead"),
    AMBER("Take care"),
    RED("See a clinician"),
    EMERGENCY("Emergency");

    private final String iconLabel;

    Scale(String iconLabel) {
      this.iconLabel = iconLabel;
    }

    /** The accessible name of the icon. */
    public String iconLabel() {
      return iconLabel;
    }

    /** The style hook of the step ({@code scale-green} ...). */
    public String cssClass() {
      return "scale-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static DispositionView of(Disposition disposition) {
    return switch (disposition) {
      case EMERGENCY ->
          new DispositionView(
              "disposition-emergency",
              Scale.EMERGENCY,
              "Emergency",
              "Get emergency care now",
              "What you describe needs a doctor straight away: go to an emergency department or"
                  + " call your emergency number. Do not wait and do not train.");
      case URGENT ->
          new DispositionView(
              "disposition-urgent",
              Scale.RED,
              "Urgent",
              "See a doctor soon",
              "Something in your answers should be checked by a doctor soon; the steps below say"
                  + " how soon. No heavy lifting until then.");
      case SEE_PHYSIO ->
          new DispositionView(
              "disposition-see-physio",
              Scale.RED,
              "Get assessed",
              "Book an assessment",
              "This looks like more than ordinary soreness. Book a physiotherapist or doctor in"
                  + " the next week or two, and train only in a reduced form until then.");
      case MODIFY ->
          new DispositionView(
              "disposition-modify",
              Scale.AMBER,
              "Adjust",
              "Keep training, adjusted",
              "Nothing here points to a serious problem, but today's training should be"
                  + " lighter or easier on the back.");
      case TRAIN ->
          new DispositionView(
              "disposition-train",
              Scale.GREEN,
              "Train",
              "Normal training soreness",
              "This looks like the ordinary stiffness that follows hard deadlifts. Train as"
                  + " planned.");
    };
  }
}
