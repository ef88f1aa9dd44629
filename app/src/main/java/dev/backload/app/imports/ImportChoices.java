package dev.backload.app.imports;

import dev.backload.core.importing.ExportFormat;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.WeightUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The choices a person can make about an import (the API's and the page's form fields), checked and
 * turned into the core importer's options.
 */
final class ImportChoices {
  private ImportChoices() {}

  /** A form field with a value that is not allowed. */
  static final class InvalidChoice extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    InvalidChoice(String field, String message) {
      super(message);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  /**
   * Reads the fields; a blank or missing field means the default.
   *
   * @param unit {@code kg} or {@code lb}: the unit of a file that states none (else guessed)
   * @param format the app the file is expected to come from ({@code strong}, {@code hevy}, ...)
   * @param skipBadRows {@code true} to leave out rows with a problem and list them, {@code false}
   * @throws InvalidChoice naming the field
   */
  static ImportOptions options(String unit, String format, String skipBadRows) {
    return new ImportOptions(unit(unit), format(format), skipBadRows(skipBadRows));
  }

  static WeightUnit unit(String unit) {
    if (unit == null || unit.isBlank()) {
      return null;
    }
    return switch (unit.strip().toLowerCase(Locale.ROOT)) {
      case "kg" -> WeightUnit.KG;
      case "lb" -> WeightUnit.LB;
      default -> throw new InvalidChoice("unit", "unit must be kg or lb");
    };
  }

  static ExportFormat format(String format) {
    if (format == null || format.isBlank()) {
      return null;
    }
    for (ExportFormat f : ExportFormat.values()) {
      if (f.name().equalsIgnoreCase(format.strip())) {
        return f;
      }
    }
    throw new InvalidChoice(
        "format",
        "format must be one of "
            + Arrays.stream(ExportFormat.values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  static boolean skipBadRows(String skip) {
    if (skip == null || skip.isBlank()) {
      return false;
    }
    return switch (skip.strip().toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default -> throw new InvalidChoice("skipBadRows", "skipBadRows must be true or false");
    };
  }
}
