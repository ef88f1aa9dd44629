package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.config.Json;
import dev.backload.app.support.ExportFiles;
import dev.backload.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code backload analyze} on the real exports in {@code shared/data/real-exports} (found by
 * walking up from the working directory; the tests are skipped with a message when it is absent).
 */
class AnalyzeRealExportsTest {

  private static Path requireRealExports() {
    Path dir = ExportFiles.realExports();
    Assumptions.assumeTrue(
        dir != null,
        "shared/data/real-exports not found above "
            + System.getProperty("user.dir")
            + ": real-export tests skipped");
    return dir;
  }

  private record Run(int status, String out, String err) {}

  private static Run analyze(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] all = new String[args.length + 1];
    all[0] = "analyze";
    System.arraycopy(args, 0, all, 1, args.length);
    int status =
        BackloadCommand.run(
            all,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            TestClock.fixed());
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void strongOneInPoundsGivesTheSummaryOfTheSpec() {
    Path file = requireRealExports().resolve("strong-1.csv");
    Assumptions.assumeTrue(Files.exists(file), "strong-1.csv is absent: skipped");
    Run run = analyze(file.toString(), "--unit", "lb", "--json");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode summary = Json.mapper().readTree(run.out()).get("summary");
    assertThat(summary.get("firstDate").stringValue()).isEqualTo("2020-12-07");
    assertThat(summary.get("lastDate").stringValue()).isEqualTo("2021-11-25");
    assertThat(summary.get("workouts").intValue()).isEqualTo(250);
    assertThat(summary.get("sets").intValue()).isEqualTo(4988);
    assertThat(summary.get("workingSets").intValue()).isEqualTo(4097);
    assertThat(summary.get("hingeWorkingSets").intValue()).isEqualTo(309);
  }

  @TestFactory
  Stream<DynamicTest> everyRealExportAnalysesWithoutError(@TempDir Path tmp) throws IOException {
    Path dir = requireRealExports();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Path html = tmp.resolve(file.getFileName() + ".html");
                      Run text = analyze(file.toString(), "--html", html.toString());
                      assertThat(text.status()).as(text.err()).isZero();
                      assertThat(text.out()).contains("Period:").contains("Flags:");
                      assertThat(html).isNotEmptyFile();
                      Run json = analyze(file.toString(), "--json");
                      assertThat(json.status()).as(json.err()).isZero();
                      JsonNode root = Json.mapper().readTree(json.out());
                      assertThat(root.get("days").size()).isPositive();
                      assertThat(root.get("summary").get("sets").intValue()).isPositive();
                    }));
  }
}
