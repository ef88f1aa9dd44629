package dev.backload.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "7 Apr 2026, 10:14|2026-04-07",
        "1 May 2025, 23:05|2025-05-01",
        "Jun 11, 2026, 1:01 PM|2026-06-11",
        "Jul 6, 2024, 12:13 AM|2024-07-06",
        "Jun 11, 2026, 1:01\u202FPM|2026-06-11",
        "jun 11, 2026, 1:01 pm|2026-06-11",
        "7 April 2026, 10:14|2026-04-07",
        "2026-04-07 10:14:00|2026-04-07",
      })
  void hevyDates(String text, LocalDate date) {
    assertThat(DateTexts.hevy().parse(text)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-04-07T10:14",
        "07.04.2026 10:14",
        "7 Apr 2026",
        "31 Apr 2026, 10:14",
        "Jun 11, 2026, 13:01 PM",
        ""
      })
  void unknownHevyDates(String text) {
    assertThat(DateTexts.hevy().parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "2021-12-04 01:33:57,2021-12-04",
    "2024-02-29 23:59:59,2024-02-29",
    "2021-12-04 01:33,2021-12-04",
    "' 2021-12-04 01:33:57 ',2021-12-04"
  })
  void strongDates(String text, LocalDate date) {
    assertThat(DateTexts.strong().parse(text)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021-12-04",
        "2023-02-29 10:00:00",
        "2021-12-04 24:00:00",
        "2021-12-04 10:60:00",
        "2021-12-04 10:00:60",
        "2021/12/04 10:00:00",
        "2021-1-04 10:00:00",
        "２０２１-12-04 10:00:00"
      })
  void invalidStrongDates(String text) {
    assertThat(DateTexts.strong().parse(text)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"2022-09-14,2022-09-14", "2024-02-29,2024-02-29"})
  void fitNotesDates(String text, LocalDate date) {
    assertThat(DateTexts.fitNotes().parse(text)).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2022-09-14 10:00:00", "2022-02-30", "14/09/2022"})
  void invalidFitNotesDates(String text) {
    assertThat(DateTexts.fitNotes().parse(text)).isNull();
  }
}
