package dev.backload.core.log;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadlift-family ("hinge") variation, recognised from an exercise name as analytics.md section 1
 * defines it.
 *
 * <p>An exercise is in the hinge family when its lower-cased name contains {@code deadlift}, {@code
 * rack pull} or {@code block pull}, or has the word {@code rdl}/{@code rdls}, and does not contain
 * {@code high pull}. A <em>word</em> is a maximal run of {@code a-z0-9}. The variation is the first
 * of the constants below, in declaration order, whose test matches; {@link #CONVENTIONAL}
 * otherwise.
 */
public enum HingeVariation {
  TRAP_BAR,
  SUMO,
  ROMANIAN,
  STIFF_LEG,
  DEFICIT,
  BLOCK_PULL,
  SNATCH_GRIP,
  CONVENTIONAL;

  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

  /**
   * Classifies an exercise name.
   *
   * @param exerciseName the name as written (case and surrounding spaces do not matter)
   * @return the variation, or empty when the exercise is not in the hinge family
   */
  public static Optional<HingeVariation> of(String exerciseName) {
    if (exerciseName == null) {
      return Optional.empty();
    }
    String name = exerciseName.toLowerCase(Locale.ROOT);
    Set<String> words = words(name);
    boolean rdl = words.contains("rdl") || words.contains("rdls");
    boolean hinge =
        (name.contains("deadlift")
                || name.contains("rack pull")
                || name.contains("block pull")
                || rdl)
            && !name.contains("high pull");
    if (!hinge) {
      return Optional.empty();
    }
    if (words.contains("trap")
        || words.contains("hex")
        || words.contains("trapbar")
        || words.contains("hexbar")) {
      return Optional.of(TRAP_BAR);
    }
    if (name.contains("sumo")) {
      return Optional.of(SUMO);
    }
    if (name.contains("romanian") || rdl) {
      return Optional.of(ROMANIAN);
    }
    if (name.contains("stiff") || name.contains("straight")) {
      return Optional.of(STIFF_LEG);
    }
    if (name.contains("deficit")) {
      return Optional.of(DEFICIT);
    }
    if (name.contains("rack pull") || name.contains("block pull") || name.contains("block")) {
      return Optional.of(BLOCK_PULL);
    }
    if (name.contains("snatch")) {
      return Optional.of(SNATCH_GRIP);
    }
    return Optional.of(CONVENTIONAL);
  }

  /** Whether the exercise belongs to the hinge (deadlift) family. */
  public static boolean isHinge(String exerciseName) {
    return of(exerciseName).isPresent();
  }

  private static Set<String> words(String lowerCaseName) {
    Set<String> words = new java.util.HashSet<>();
    Matcher m = WORD.matcher(lowerCaseName);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
