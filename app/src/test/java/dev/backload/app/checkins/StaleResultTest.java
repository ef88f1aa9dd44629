package dev.backload.app.checkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** A result is greyed once more than 48 hours have passed since the start of its day. */
class StaleResultTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @Test
  void aResultOfMondayIsCurrentUntilWednesdayMidnightInTheAccountsZone() {
    assertThat(stale(MONDAY.atTime(23, 59))).isFalse();
    assertThat(stale(MONDAY.plusDays(1).atTime(23, 59))).isFalse();
    assertThat(stale(MONDAY.plusDays(2).atStartOfDay())).isFalse();
    assertThat(stale(MONDAY.plusDays(2).atTime(0, 1))).isTrue();
    assertThat(stale(MONDAY.plusDays(30).atTime(12, 0))).isTrue();
  }

  private static boolean stale(java.time.LocalDateTime now) {
    return CheckInOverview.Latest.isStale(MONDAY, ZonedDateTime.of(now, BERLIN));
  }
}
