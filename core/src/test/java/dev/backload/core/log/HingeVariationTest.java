package dev.backload.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HingeVariationTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "Deadlift (Barbell), CONVENTIONAL",
        "'  deadlift old data ', CONVENTIONAL",
        "Trap Bar Deadlift, TRAP_BAR",
        "Hex bar deadlift, TRAP_BAR",
        "Trapbar Deadlift, TRAP_BAR",
        "Deadlift with straps, CONVENTIONAL",
        "Sumo Deadlift (Barbell), SUMO",
        "Romanian Deadlift (Dumbbell), ROMANIAN",
        "RDL, ROMANIAN",
        "DB RDLs, ROMANIAN",
        "Stiff Leg Deadlift, STIFF_LEG",
        "Straight Leg Deadlift, STIFF_LEG",
        "Deficit Deadlift, DEFICIT",
        "Rack Pull, BLOCK_PULL",
        "Block Pull (Barbell), BLOCK_PULL",
        "Deadlift off blocks, BLOCK_PULL",
        "Snatch Grip Deadlift, SNATCH_GRIP",
        "Sumo Romanian Deadlift, SUMO",
        "Hurdle Hops, NONE",
        "Deadlift High Pull, NONE",
        "Bench Press (Barbell), NONE",
        "Straight Arm Pulldown, NONE",
        "Trap Raise, NONE",
      })
  void classifiesByTheSpecOrder(String name, HingeVariation expected) {
    assertThat(HingeVariation.of(name)).isEqualTo(Optional.ofNullable(expected));
    assertThat(HingeVariation.isHinge(name)).isEqualTo(expected != null);
  }

  @org.junit.jupiter.api.Test
  void nullNameIsNotAHinge() {
    assertThat(HingeVariation.of(null)).isEmpty();
  }
}
