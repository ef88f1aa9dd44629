package dev.backload.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The service's small rules that need no database. */
class ImportServiceTest {
  @Test
  void theFileNameKeptIsTheLastSegmentWithoutControlCharacters() {
    assertThat(ImportService.displayName("../../../tmp/x.csv")).isEqualTo("x.csv");
    assertThat(ImportService.displayName("C:\\Users\\me\\strong.csv")).isEqualTo("strong.csv");
    assertThat(ImportService.displayName("a\r\nb.csv")).isEqualTo("ab.csv");
    assertThat(ImportService.displayName("dir/")).isNull();
    assertThat(ImportService.displayName(null)).isNull();
    assertThat(ImportService.displayName("é".repeat(300))).hasSize(255);
  }

  @Test
  void aLongWorkoutKeyIsStoredAsItsHash() {
    assertThat(ImportService.sourceKey("2024-01-08 18:00:00 Pull A"))
        .isEqualTo("2024-01-08 18:00:00 Pull A");
    String longKey = "7 Apr 2026, 10:14 " + "x".repeat(500);
    String stored = ImportService.sourceKey(longKey);
    assertThat(stored).startsWith("sha256:").hasSize(71);
    assertThat(ImportService.sourceKey(longKey)).isEqualTo(stored);
  }
}
