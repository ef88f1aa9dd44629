package dev.backload.core.triage;

import java.util.Objects;

/**
 * One rule of the rulebook that matched a check-in.
 *
 * @param rule the rule id, e.g. {@code E1} or {@code M10} (triage.md section 3)
 * @param level the rule's level; the disposition is the highest level among the findings
 * @param reason why it matters, in one plain-language sentence for the lifter
 * @param source the sources the rule comes from, as the spec names them
 */
public record Finding(String rule, Disposition level, String reason, String source) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
  }
}
