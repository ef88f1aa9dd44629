package dev.backload.core.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import dev.backload.core.importing.Layout.Role;
import dev.backload.core.importing.Layout.Variant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recognises a Strong header whose names are not known, such as a Strong export in a language other
 * than English or German, by position (import-formats.md section 0, rule 2): the file is matched
 * against each known Strong layout with its number of columns, and a layout fits when the first
 * rows have, at its positions,
 *
 * <ul>
 *   <li>a {@code yyyy-MM-dd HH:mm:ss} date in Date, and digits in Workout # (S-new);
 *   <li>a set-order value in Set Order (a number or a set code, {@link RowHandler#setOrderType}),
 *       or else, for a rest or note row, no weight and no reps; other values in fewer rows than
 *       sets (the import then reports them, naming their line);
 *   <li>a number or nothing in Weight and Reps;
 *   <li>an exercise name that is not a number in Exercise Name;
 *   <li>nothing, or text with a digit ({@code 1h 5m}, {@code 31min}, {@code 4491}) in Duration.
 * </ul>
 *
 * <p>At least one row must be a set. The known layouts are those of section 1 (S-classic-de is
 * S-classic) and two that real exports showed: S-units without Workout Duration (13 columns, {@code
 * ;}) and S-classic without Duration (11 columns, with RPE); those report the dropped column as
 * missing. When more than one layout fits the file is refused rather than guessed at.
 */
final class HeaderByPosition {

  /** How many data rows are checked against each layout. */
  static final int ROWS_CHECKED = 20;

  /** A known Strong layout: a variant, with one of its columns dropped ({@code dropped} >= 0). */
  private record Known(Variant variant, int dropped) {
    static Known dropping(Variant variant, String column) {
      for (int i = 0; i < variant.size(); i++) {
        if (variant.display(i).equals(column)) {
          return new Known(variant, i);
        }
      }
      throw new IllegalArgumentException(column);
    }

    int size() {
      return variant.size() - (dropped >= 0 ? 1 : 0);
    }

    /** The variant's column at a position of this layout (past the dropped one). */
    int column(int position) {
      return dropped >= 0 && position >= dropped ? position + 1 : position;
    }

    Role role(int position) {
      return variant.role(column(position));
    }

    String id() {
      return variant.id(null) + (dropped >= 0 ? " without " + variant.display(dropped) : "");
    }
  }

  private static final List<Known> KNOWN =
      List.of(
          new Known(Variant.S_2016, -1),
          new Known(Variant.S_2017, -1),
          new Known(Variant.S_CLASSIC, -1),
          new Known(Variant.S_CLASSIC_10, -1),
          new Known(Variant.S_UNITS, -1),
          new Known(Variant.S_NEW, -1),
          Known.dropping(Variant.S_UNITS, "Workout Duration"),
          Known.dropping(Variant.S_CLASSIC, "Duration"));

  /**
   * What matching by position found.
   *
   * @param layout the layout, or {@code null} when none fits, or more than one
   * @param reason why no layout was found, for the message; {@code null} with a layout
   */
  record Outcome(Layout layout, String reason) {}

  private HeaderByPosition() {}

  /** The number of columns of the header, not counting empty names at its end. */
  static int columns(List<String> header) {
    int count = header.size();
    while (count > 0 && header.get(count - 1).isBlank()) {
      count--;
    }
    return count;
  }

  /** Whether a known Strong layout has as many columns as the header. */
  static boolean anyWithColumns(List<String> header) {
    int count = columns(header);
    return KNOWN.stream().anyMatch(k -> k.size() == count);
  }

  /** Why a header that {@link #anyWithColumns} refuses cannot be matched, for the message. */
  static String noneWithColumns(List<String> header) {
    return "no known Strong layout has " + columns(header) + " columns";
  }

  /**
   * Matches a header by position.
   *
   * @param header the header's fields as the file writes them, one that {@link #anyWithColumns}
   *     accepts (the caller checks, and words the refusal with {@link #noneWithColumns})
   * @param rows the first data rows (at most {@value #ROWS_CHECKED} are checked)
   * @param decimalComma whether numbers may use {@code ,} as the decimal separator
   */
  static Outcome match(List<String> header, List<CsvRecord> rows, boolean decimalComma) {
    int count = columns(header);
    List<Known> fitting = new ArrayList<>();
    List<String> misfits = new ArrayList<>();
    for (Known known : KNOWN) {
      if (known.size() != count) {
        continue;
      }
      String misfit = misfit(known, header.size(), rows, decimalComma);
      if (misfit == null) {
        fitting.add(known);
      } else {
        misfits.add(known.id() + ": " + misfit);
      }
    }
    if (fitting.isEmpty()) {
      return new Outcome(
          null,
          "its first rows fit none of the known Strong layouts with "
              + count
              + " columns ("
              + String.join("; ", misfits)
              + ")");
    }
    if (fitting.size() > 1) {
      return new Outcome(
          null,
          "its first rows fit more than one known Strong layout ("
              + Layout.inWords(fitting.stream().map(Known::id).toList())
              + ")");
    }
    return new Outcome(layout(fitting.get(0), header), null);
  }

  private static Layout layout(Known known, List<String> header) {
    int[] index = new int[Role.values().length];
    Arrays.fill(index, -1);
    for (int i = 0; i < known.size(); i++) {
      Role role = known.role(i);
      if (role != Role.OTHER) {
        index[role.ordinal()] = i;
      }
    }
    String weightName = Layout.normalise(header)[index[Role.WEIGHT.ordinal()]];
    WeightUnit unit = Layout.unitInName(weightName);
    return new Layout(
        known.variant(),
        known.variant().id(unit),
        HeaderMatch.BY_POSITION,
        known.dropped() >= 0 ? List.of(known.variant().display(known.dropped())) : List.of(),
        unit,
        header.toArray(new String[0]),
        index);
  }

  /** Why the rows do not fit the layout, or {@code null} when they do. */
  private static String misfit(
      Known known, int fields, List<CsvRecord> rows, boolean decimalComma) {
    if (rows.isEmpty()) {
      return "the file has no rows to check the columns against";
    }
    DateTexts dates = DateTexts.strong();
    int sets = 0;
    String badOrder = null;
    int badOrders = 0;
    for (CsvRecord row : rows.subList(0, Math.min(rows.size(), ROWS_CHECKED))) {
      if (row.getFieldCount() != fields) {
        return "line "
            + row.getStartingLineNumber()
            + " has "
            + row.getFieldCount()
            + " fields, the header "
            + fields;
      }
      boolean noLoad = true;
      String order = null;
      int orderAt = -1;
      for (int i = 0; i < known.size(); i++) {
        String text = row.getField(i);
        String problem =
            switch (known.role(i)) {
              case DATE ->
                  dates.parse(text) == null ? "is not a date like " + dates.example() : null;
              case WORKOUT_NO -> Numbers.plainDigits(text.strip()) < 0 ? "is not a number" : null;
              case EXERCISE ->
                  text.isBlank() || !Double.isNaN(Numbers.parse(text, decimalComma))
                      ? "is not an exercise name"
                      : null;
              case DURATION ->
                  text.isBlank() || text.chars().anyMatch(Character::isDigit)
                      ? null
                      : "is not a duration";
              case WEIGHT, REPS -> {
                double value = Numbers.parse(text, decimalComma);
                if (!text.isBlank() && Double.isNaN(value)) {
                  yield "is not a number";
                }
                noLoad &= text.isBlank() || value == 0;
                yield null;
              }
              case SET_ORDER -> {
                order = text;
                orderAt = i;
                yield null;
              }
              default -> null;
            };
        if (problem != null) {
          return where(row, i, known) + RowHandler.quote(text) + " " + problem;
        }
      }
      char[] chars = order.toCharArray();
      if (RowHandler.setOrderType(chars, 0, chars.length, decimalComma) != null) {
        sets++;
      } else if (!noLoad) {
        // A bad value in one row is reported by the import itself, with its line; many are a
        // misfit.
        badOrders++;
        if (badOrder == null) {
          badOrder = where(row, orderAt, known) + RowHandler.quote(order) + " is not a set order";
        }
      }
    }
    if (sets == 0) {
      return badOrder != null ? badOrder : "none of the first rows is a set";
    }
    return badOrders < sets ? null : badOrder;
  }

  private static String where(CsvRecord row, int position, Known known) {
    return "line "
        + row.getStartingLineNumber()
        + ", column "
        + (position + 1)
        + " ("
        + known.variant().display(known.column(position))
        + "): ";
  }
}
