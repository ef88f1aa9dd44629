package dev.backload.app.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.dashboard.DashboardView;
import dev.backload.core.analytics.AnalyticsWords;
import dev.backload.core.analytics.Flag;
import dev.backload.core.analytics.FlagType;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The HTML report without a browser: its policy allows exactly the inline scripts and style it has,
 * its chart data is the dashboard's chart model, and it says what the terminal summary and the
 * dashboard say (the browser test draws it).
 */
class HtmlReportTest {
  private static final Pattern INLINE =
      Pattern.compile("<(script|style)>(.*?)</\\1>", Pattern.DOTALL);
  private static final Pattern DATA =
      Pattern.compile(
          "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

  private static AnalyzedExport export(String fixture) throws Exception {
    Path csv = Path.of(HtmlReportTest.class.getResource("/analyze/" + fixture).toURI());
    return AnalyzedExport.of(
        fixture,
        ExportImporter.read(csv, ImportOptions.defaults().withUnit(WeightUnit.KG)),
        WeightUnit.KG);
  }

  @Test
  void thePolicyHashesExactlyTheInlineScriptsAndTheStyle() throws Exception {
    String page = HtmlReport.render(export("strong-small.csv"), LocalDate.of(2024, 3, 1));
    Matcher policy =
        Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")
            .matcher(page);
    assertThat(policy.find()).isTrue();
    List<String> scripts = new ArrayList<>();
    List<String> styles = new ArrayList<>();
    Matcher m = INLINE.matcher(page);
    while (m.find()) {
      (m.group(1).equals("script") ? scripts : styles).add(HtmlReport.hash(m.group(2)));
    }
    assertThat(scripts).hasSize(2);
    assertThat(styles).hasSize(1);
    assertThat(policy.group(1))
        .isEqualTo(
            "default-src 'none'; script-src "
                + String.join(" ", scripts)
                + "; style-src "
                + styles.get(0)
                + "; img-src data:; base-uri 'none'; form-action 'none'");
    // The template's own comment is not written out, and nothing of Thymeleaf is left.
    assertThat(page).doesNotContain(" th:").doesNotContain("Thymeleaf").doesNotContain("xmlns");
  }

  @Test
  void theChartDataIsTheSharedChartModelOfTheWholeLogInKilograms() throws Exception {
    AnalyzedExport export = export("strong-small.csv");
    Matcher m = DATA.matcher(HtmlReport.render(export, LocalDate.of(2024, 3, 1)));
    assertThat(m.find()).isTrue();
    JsonNode data = Json.mapper().readTree(m.group(1));
    ChartData expected = ChartData.whole(export.analysis());
    assertThat(data).isEqualTo(Json.mapper().readTree(Json.mapper().writeValueAsString(expected)));
    assertThat(data.get("unit").asString()).isEqualTo("kg");
    assertThat(data.has("pain")).isFalse();
    assertThat(data.get("weeks").get("labels").get(0).asString()).isEqualTo("2024-01-01");
    assertThat(data.get("e1rm").get("series").get(0).get("name").asString())
        .isEqualTo("Romanian deadlift");
  }

  @Test
  void theReportTheSummaryAndTheDashboardUseTheSameWords() throws Exception {
    AnalyzedExport export = export("strong-small.csv");
    String html = HtmlReport.render(export, LocalDate.of(2024, 3, 1));
    String summary = AnalysisReport.render(export).replaceAll("\\s+", " ");
    DashboardView dashboard =
        DashboardView.of(export.analysis(), "kg", DashboardView.Range.ALL, null);
    Set<FlagType> types = EnumSet.noneOf(FlagType.class);
    export.analysis().flags().stream().map(Flag::type).forEach(types::add);
    assertThat(types).containsExactlyInAnyOrder(FlagType.values()); // the fixture has them all
    for (FlagType type : types) {
      String title = AnalyticsWords.flagTitle(type);
      String meaning = AnalyticsWords.flagMeaning(type).replace("'", "&#39;");
      assertThat(html).contains(title).contains(meaning);
      assertThat(summary).contains(title).contains(AnalyticsWords.flagMeaning(type));
      assertThat(dashboard.flags()).anySatisfy(f -> assertThat(f.title()).isEqualTo(title));
      assertThat(DashboardView.flagMeanings())
          .contains(new DashboardView.FlagMeaning(title, AnalyticsWords.flagMeaning(type)));
    }
    for (HingeVariation v : List.of(HingeVariation.CONVENTIONAL, HingeVariation.ROMANIAN)) {
      String name = AnalyticsWords.variationName(v);
      assertThat(html).contains(name);
      assertThat(summary).contains(name);
      assertThat(dashboard.data().e1rm().series())
          .anySatisfy(s -> assertThat(s.name()).isEqualTo(name));
    }
  }
}
