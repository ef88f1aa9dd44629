package dev.backload.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shared strict reader on its own; the check-in's use of it is in {@code CheckInFieldsTest}.
 */
class StrictJsonTest {

  /** A caller's own exception type, to show the reader raises what the caller asks for. */
  static final class Bad extends RuntimeException {
    Bad(String field, String problem) {
      super(field + ": " + problem);
    }
  }

  private final StrictJson read = new StrictJson(Bad::new);

  private enum Colour {
    RED,
    GREEN
  }

  @Test
  void wholeNumbersAcceptEveryIntegralJsonNumberWithinTheRange() {
    assertThat(read.whole("n", 3, 0, 10)).isEqualTo(3);
    assertThat(read.whole("n", 3.0, 0, 10)).isEqualTo(3);
    assertThat(read.whole("n", new BigDecimal("4.00"), 0, 10)).isEqualTo(4);
    assertThat(read.whole("n", BigInteger.TEN, 0, 10)).isEqualTo(10);
    assertThat(read.whole("n", (byte) 2, 0, 10)).isEqualTo(2);
    assertThatThrownBy(() -> read.whole("n", "3", 0, 10))
        .isInstanceOf(Bad.class)
        .hasMessage("n: must be a whole number");
    assertThatThrownBy(() -> read.whole("n", 2.5, 0, 10)).hasMessage("n: must be a whole number");
    assertThatThrownBy(() -> read.whole("n", 1e300, 0, 10))
        .hasMessage("n: must be between 0 and 10");
    assertThatThrownBy(() -> read.whole("n", -1, 0, Integer.MAX_VALUE))
        .hasMessage("n: must be 0 or more");
  }

  @Test
  void numbersAreKeptAsWrittenAndMustBeFinite() {
    assertThat(read.number("x", 0.1)).isEqualTo(new BigDecimal("0.1"));
    assertThat(read.number("x", new BigDecimal("24.0000000001")))
        .isEqualTo(new BigDecimal("24.0000000001"));
    assertThatThrownBy(() -> read.number("x", Double.NaN)).hasMessage("x: must be a number");
    assertThatThrownBy(() -> read.number("x", "1")).hasMessage("x: must be a number");
    assertThat(read.finite("x", 12.5)).isEqualTo(12.5);
    assertThatThrownBy(() -> read.finite("x", new BigDecimal("1e400")))
        .hasMessage("x: must be a finite number");
  }

  @Test
  void objectsArraysAndConstantsAreCheckedAndNamedByPath() {
    assertThat(read.object("o", Map.of("a", 1), Set.of("a", "b"))).containsEntry("a", 1);
    assertThatThrownBy(() -> read.object("o", Map.of("c", 1), Set.of("a")))
        .hasMessage("o.c: unknown field");
    assertThatThrownBy(() -> read.object("o", List.of(), Set.of()))
        .hasMessage("o: must be an object");
    assertThat(read.array("l", List.of(1))).isEqualTo(List.of(1));
    assertThatThrownBy(() -> read.array("l", "1")).hasMessage("l: must be an array");
    assertThat(read.constants("c", List.of("GREEN", "RED"), Colour.class))
        .containsExactly(Colour.GREEN, Colour.RED);
    assertThatThrownBy(() -> read.constants("c", List.of("RED", "red"), Colour.class))
        .hasMessage("c[1]: must be one of RED, GREEN");
    assertThatThrownBy(() -> read.bool("b", "true")).hasMessage("b: must be true or false");
    assertThat(StrictJson.path("", "a")).isEqualTo("a");
    assertThat(StrictJson.path("p", "a")).isEqualTo("p.a");
  }
}
