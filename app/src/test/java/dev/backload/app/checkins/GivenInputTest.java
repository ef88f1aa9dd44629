package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backload.core.checkins.HealthProfile;
import dev.backload.core.checkins.HistoryFacts;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.InvalidCheckInException;
import dev.backload.core.triage.Trend;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the person gives always wins; what is left out comes from history and the profile. */
class GivenInputTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 21);
  private static final HistoryFacts FACTS =
      new HistoryFacts(
          6,
          4,
          Trend.WORSENING,
          2,
          35.0,
          16,
          new HealthProfile(40, DAY.minusYears(2).minusDays(1), true, false, true));

  @Test
  void historyFillsWhatIsNotGiven() {
    GivenInput given = GivenInput.parse(Map.of("painNow", 3));
    var effective = given.effective(FACTS, DAY);
    CheckIn c = effective.checkIn();
    assertThat(c.painPeak()).isEqualTo(6);
    assertThat(c.daysSinceOnset()).isEqualTo(4);
    assertThat(c.trend()).isEqualTo(Trend.WORSENING);
    assertThat(c.painfulSessionsInARow()).isEqualTo(2);
    assertThat(c.age()).isEqualTo(42);
    assertThat(c.cancerHistory()).isTrue();
    assertThat(c.immunosuppressed()).isTrue();
    assertThat(c.context().hingeWeekChangePct()).isEqualTo(35.0);
    assertThat(c.context().daysSinceLastHinge()).isEqualTo(16);
    assertThat(effective.derived())
        .containsExactly(
            "painPeak",
            "daysSinceOnset",
            "trend",
            "painfulSessionsInARow",
            "age",
            "cancerHistory",
            "osteoporosisOrSteroids",
            "immunosuppressed",
            "context.hingeWeekChangePct",
            "context.daysSinceLastHinge");
    assertThat(given.fields()).containsOnlyKeys("painNow");
  }

  @Test
  void whatThePersonGivesWins() {
    Map<String, Object> json = new HashMap<>();
    json.put("painNow", 3);
    json.put("painPeak", 3);
    json.put("daysSinceOnset", 1);
    json.put("trend", "IMPROVING");
    json.put("painfulSessionsInARow", 0);
    json.put("age", 30);
    json.put("cancerHistory", false);
    json.put("context", Map.of("daysSinceLastHinge", 2));
    GivenInput given = GivenInput.parse(json);
    var effective = given.effective(FACTS, DAY);
    CheckIn c = effective.checkIn();
    assertThat(c.painPeak()).isEqualTo(3);
    assertThat(c.daysSinceOnset()).isEqualTo(1);
    assertThat(c.trend()).isEqualTo(Trend.IMPROVING);
    assertThat(c.painfulSessionsInARow()).isZero();
    assertThat(c.age()).isEqualTo(30);
    assertThat(c.cancerHistory()).isFalse();
    assertThat(c.context().daysSinceLastHinge()).isEqualTo(2);
    assertThat(c.context().hingeWeekChangePct()).isEqualTo(35.0);
    assertThat(effective.derived())
        .containsExactly(
            "osteoporosisOrSteroids", "immunosuppressed", "context.hingeWeekChangePct");
    assertThat(given.fields()).containsKeys("painPeak", "cancerHistory", "context");
    assertThat(given.fields().get("context")).isEqualTo(Map.of("daysSinceLastHinge", 2));
  }

  @Test
  void nullMeansNotGiven() {
    Map<String, Object> json = new HashMap<>();
    json.put("painNow", 2);
    json.put("trend", null);
    json.put("painPeak", null);
    GivenInput given = GivenInput.parse(json);
    assertThat(given.fields()).containsOnlyKeys("painNow");
    assertThat(given.effective(FACTS, DAY).derived()).contains("trend", "painPeak");
  }

  @Test
  void unknownHistoryLeavesTheSpecDefaults() {
    var effective = GivenInput.parse(Map.of("painNow", 0)).effective(HistoryFacts.NONE, DAY);
    assertThat(effective.derived()).isEmpty();
    assertThat(effective.checkIn()).isEqualTo(CheckIn.builder(0).build());
  }

  @Test
  void aDerivedPeakIsNeverBelowTodaysPain() {
    HistoryFacts low = new HistoryFacts(2, null, null, null, null, null, null);
    assertThat(GivenInput.parse(Map.of("painNow", 5)).effective(low, DAY).checkIn().painPeak())
        .isEqualTo(5);
  }

  @Test
  void invalidInputNamesTheFieldAsTheAnonymousApiDoes() {
    assertThatThrownBy(() -> GivenInput.parse(Map.of("painNow", 3, "mood", "fine")))
        .isInstanceOf(InvalidCheckInException.class)
        .extracting(e -> ((InvalidCheckInException) e).field())
        .isEqualTo("mood");
    assertThatThrownBy(() -> GivenInput.parse(Map.of("painNow", 11)))
        .extracting(e -> ((InvalidCheckInException) e).field())
        .isEqualTo("painNow");
  }

  @Test
  void theProfileAgeGrowsWithTheCalendar() {
    HealthProfile profile = new HealthProfile(64, LocalDate.of(2025, 3, 1), false, false, false);
    assertThat(profile.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(64);
    assertThat(profile.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(65);
  }
}
