package dev.backload.core.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "8",
        "8.0",
        "135.0",
        "0",
        "0.0",
        "-0",
        "17.5",
        "74.99999999999999",
        "185.00000000000003",
        "6.80388555",
        "1e2",
        "1.5E-3",
        "+5",
        ".5",
        "5.",
        "0.1",
        "0.30000000000000004",
        "123456789012345678901234567890",
        "9007199254740993",
        "1e22",
        "1e23",
        "4.9e-324",
        "1.7976931348623157e308",
        "00012.50"
      })
  void readsExactlyWhatDoubleParseDoubleReads(String text) {
    assertThat(Numbers.parse(text, false)).isEqualTo(Double.parseDouble(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "-",
        ".",
        "e5",
        "1e",
        "1e+",
        "NaN",
        "Infinity",
        "-Infinity",
        "0x10",
        "1d",
        "1f",
        "1,5",
        "1.2.3",
        "1 2",
        "12kg",
        "1e999",
        "--1",
        "٣"
      })
  void rejectsWhatIsNotAPlainDecimal(String text) {
    assertThat(Numbers.parse(text, false)).isNaN();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"62,5|62.5", "' 8 '|8", "1,25e1|12.5"})
  void readsADecimalCommaWhenAllowedAndTrimsBlanks(String text, double expected) {
    assertThat(Numbers.parse(text, true)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"8,8", "0,0", "123456789,123456789", "1234567890,-1", "8.0,-1", "-1,-1", "' 8',-1"})
  void plainDigits(String text, int expected) {
    assertThat(Numbers.plainDigits(text)).isEqualTo(expected);
  }
}
