package dev.backload.core.checkins;

import dev.backload.core.planning.MonitoringRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One value worked out from history for a stored check-in, in words for the result page.
 *
 * @param label what the value is
 * @param value the value
 */
public record DerivedFact(String label, String value) {

  /**
   * The derived values of a stored check-in, in the order they were derived.
   *
   * @param effectiveInput every field the rulebook was applied to, in canonical form
   * @param derived the names of the fields worked out from history ({@code context.} ones prefixed)
   */
  public static List<DerivedFact> of(Map<String, Object> effectiveInput, List<String> derived) {
    Map<String, Object> in = effectiveInput;
    Map<?, ?> context = (Map<?, ?>) in.get("context");
    List<DerivedFact> facts = new ArrayList<>();
    for (String field : derived) {
      Object value =
          field.startsWith("context.")
              ? context.get(field.substring("context.".length()))
              : in.get(field);
      facts.add(new DerivedFact(label(field), text(field, value)));
    }
    return facts;
  }

  static String label(String field) {
    return switch (field) {
      case "painPeak" -> "Worst pain in this episode";
      case "daysSinceOnset" -> "Days since this episode began";
      case "trend" -> "Compared with your last check-ins";
      case "painfulSessionsInARow" ->
          "Deadlift sessions in a row with pain of "
              + MonitoringRules.PAINFUL_SESSION_PAIN
              + " out of 10 or more";
      case "age" -> "Age (from your profile)";
      case "cancerHistory" -> "Cancer at some point (from your profile)";
      case "osteoporosisOrSteroids" ->
          "Osteoporosis or long-term steroid tablets (from your profile)";
      case "immunosuppressed" -> "Weakened immune system (from your profile)";
      case "context.hingeWeekChangePct" -> "Deadlift volume this week so far, against last week";
      case "context.daysSinceLastHinge" -> "Days between your last two deadlift sessions";
      default -> field;
    };
  }

  static String text(String field, Object value) {
    if (value instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (field.equals("painPeak")) {
      return value + " out of 10";
    }
    if (field.equals("trend")) {
      return switch (String.valueOf(value)) {
        case "IMPROVING" -> "better";
        case "WORSENING" -> "worse";
        default -> "about the same";
      };
    }
    if (field.equals("context.hingeWeekChangePct") && value instanceof Number n) {
      long pct = Math.round(n.doubleValue());
      return String.format(Locale.ROOT, "%+d%%", pct);
    }
    return String.valueOf(value);
  }
}
