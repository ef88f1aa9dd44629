package dev.backload.core.planning;

import java.util.Objects;

/**
 * Something the plan asks the person to do besides the session.
 *
 * @param kind what kind of step
 * @param text the step in one or two plain sentences
 */
public record Recommendation(RecommendationKind kind, String text) {
  public Recommendation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
