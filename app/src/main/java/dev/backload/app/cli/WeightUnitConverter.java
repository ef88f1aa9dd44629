package dev.backload.app.cli;

import dev.backload.core.importing.WeightUnit;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --unit kg|lb} of {@code analyze} and {@code plan}: in any case, "kgs" and "lbs" too. */
final class WeightUnitConverter implements ITypeConverter<WeightUnit> {
  @Override
  public WeightUnit convert(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "kg", "kgs" -> WeightUnit.KG;
      case "lb", "lbs" -> WeightUnit.LB;
      default -> throw new TypeConversionException("--unit must be kg or lb, not '" + text + "'");
    };
  }
}
