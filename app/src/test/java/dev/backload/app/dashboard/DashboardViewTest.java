package dev.backload.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.analytics.ChartData;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's view of an analysis: range, unit, flags in words, the charts' data. */
class DashboardViewTest {
  private static final LocalDate MONDAY = LocalDate.parse("2025-01-06");

  /** Deadlifts every Monday for 30 weeks, 100 kg x 5 x 3, with one week of 5 sets (a spike). */
  private static Analysis thirtyWeeks() {
    List<TrainingSet> sets = new ArrayList<>();
    for (int w = 0; w < 30; w++) {
      LocalDate date = MONDAY.plusWeeks(w);
      int count = w == 20 ? 5 : 3;
      for (int i = 0; i < count; i++) {
        sets.add(
            TrainingSet.of(
                date, "w" + w, "Deadlift (Barbell)", SetType.WORKING, 100, 5, null, null));
      }
    }
    return TrainingLoadAnalysis.analyze(sets);
  }

  @Test
  void theRangeCountsBackFromTheLastWeek() {
    DashboardView view = DashboardView.of(thirtyWeeks(), "kg", DashboardView.Range.WEEKS_12, null);
    assertThat(view.from()).isEqualTo(MONDAY.plusWeeks(18));
    List<String> labels = view.data().weeks().labels();
    assertThat(labels).hasSize(12).startsWith("2025-05-12");
    assertThat(DashboardView.of(thirtyWeeks(), "kg", DashboardView.Range.ALL, null).from())
        .isEqualTo(MONDAY);
    assertThat(DashboardView.Range.of("nonsense")).isEqualTo(DashboardView.Range.WEEKS_26);
  }

  @Test
  void spikesAreMarkedAndDescribedInTheUnitShown() {
    DashboardView view = DashboardView.of(thirtyWeeks(), "lb", DashboardView.Range.ALL, null);
    assertThat(view.unit()).isEqualTo("lb");
    DashboardView.FlagLine spike =
        view.flags().stream().filter(f -> f.type().equals("SPIKE")).findFirst().orElseThrow();
    assertThat(spike.date()).isEqualTo(MONDAY.plusWeeks(20));
    assertThat(spike.when()).isEqualTo("Week of 26 May 2025");
    assertThat(spike.text()).contains("67% higher").contains("5,512\u00a0lb against 3,307\u00a0lb");
    ChartData.Weeks weeks = view.data().weeks();
    assertThat(weeks.spike().get(20)).isEqualTo(true);
    assertThat(weeks.hinge().get(0)).isEqualTo(3306.9); // 1500 kg in lb
    assertThat(view.recentWeeks()).hasSize(DashboardView.TABLE_WEEKS);
    assertThat(view.recentWeeks().get(0).start()).isEqualTo(MONDAY.plusWeeks(29));
  }

  @Test
  void flagsAreNewestFirstAndNeverTalkOfRisk() {
    DashboardView view = DashboardView.of(thirtyWeeks(), "kg", DashboardView.Range.ALL, null);
    assertThat(view.flags()).isNotEmpty();
    for (int i = 1; i < view.flags().size(); i++) {
      assertThat(view.flags().get(i).date()).isBeforeOrEqualTo(view.flags().get(i - 1).date());
    }
    view.flags().forEach(f -> assertThat(f.title() + f.text()).doesNotContainIgnoringCase("risk"));
  }

  @Test
  void painIsInTheDataOnlyWhenThereIsAPainSeries() {
    Analysis analysis = thirtyWeeks();
    DashboardView without = DashboardView.of(analysis, "kg", DashboardView.Range.WEEKS_12, null);
    assertThat(without.data().pain()).isNull();
    assertThat(without.data().json()).doesNotContain("\"pain\"");
    assertThat(without.painAvailable()).isFalse();

    List<PainPoint> pain =
        List.of(
            new PainPoint(MONDAY, 2),
            new PainPoint(MONDAY.plusWeeks(25), 4),
            new PainPoint(MONDAY.plusWeeks(40), 1));
    DashboardView with = DashboardView.of(analysis, "kg", DashboardView.Range.WEEKS_12, pain);
    assertThat(with.painAvailable()).isTrue();
    assertThat(with.painPoints()).isEqualTo(2); // the first is before the range
    assertThat(with.data().pain())
        .isEqualTo(
            List.of(new ChartData.PainAt("2025-06-30", 4), new ChartData.PainAt("2025-10-13", 1)));
  }

  @Test
  void anEmptyLogHasNoRangeAndNoFlags() {
    DashboardView view =
        DashboardView.of(
            TrainingLoadAnalysis.analyze(List.of()), "kg", DashboardView.Range.WEEKS_26, List.of());
    assertThat(view.empty()).isTrue();
    assertThat(view.hasWorkingSets()).isFalse();
    assertThat(view.from()).isNull();
    assertThat(view.flags()).isEmpty();
    assertThat(view.latest()).isNull();
    assertThat(view.data().pain()).isNotNull();
  }
}
