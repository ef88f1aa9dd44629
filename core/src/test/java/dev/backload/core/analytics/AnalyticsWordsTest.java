package dev.backload.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.core.log.HingeVariation;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every flag and every variation has its words, distinct, plain and short enough to print. */
class AnalyticsWordsTest {

  private static <T> void distinctAndPlain(List<T> things, Function<T, String> words, int width) {
    List<String> all = things.stream().map(words).toList();
    assertThat(all).doesNotHaveDuplicates();
    for (String w : all) {
      assertThat(w).isNotBlank().hasSizeLessThanOrEqualTo(width).matches("[\\x20-\\x7e]+");
    }
  }

  @Test
  void everyFlagTypeHasATitleATagAndAMeaning() {
    List<FlagType> types = Arrays.asList(FlagType.values());
    // The terminal summary prints titles in a 28-column field and tags in a table's last column.
    distinctAndPlain(types, AnalyticsWords::flagTitle, 28);
    distinctAndPlain(types, AnalyticsWords::flagTag, 10);
    distinctAndPlain(types, AnalyticsWords::flagMeaning, 400);
    for (FlagType type : types) {
      assertThat(AnalyticsWords.flagMeaning(type)).endsWith(".");
      assertThat(AnalyticsWords.flagTitle(type) + AnalyticsWords.flagMeaning(type))
          .doesNotContainIgnoringCase("risk")
          .doesNotContainIgnoringCase("danger");
    }
  }

  @Test
  void everyVariationHasAName() {
    // The terminal summary prints variation names in a 22-column field.
    distinctAndPlain(Arrays.asList(HingeVariation.values()), AnalyticsWords::variationName, 22);
    assertThat(AnalyticsWords.variationName(HingeVariation.BLOCK_PULL))
        .isEqualTo("Block or rack pull");
  }

  @Test
  void theMeaningsQuoteTheThresholdsOfTheRules() {
    assertThat(AnalyticsWords.flagMeaning(FlagType.SPIKE)).contains("more than 30% above");
    assertThat(AnalyticsWords.flagMeaning(FlagType.RETURN_AFTER_BREAK))
        .contains("more than 14 days");
    assertThat(AnalyticsWords.flagMeaning(FlagType.STACKED_HARD))
        .contains("at most 2 days after another")
        .contains("RPE 8.5 or more")
        .contains("at least 85% of")
        .contains("the 8 weeks before");
    assertThat(AnalyticsWords.flagMeaning(FlagType.FATIGUE_DROP))
        .contains("at least 3 sets")
        .contains("95% or less");
  }
}
