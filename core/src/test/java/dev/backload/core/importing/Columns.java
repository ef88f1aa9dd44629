package dev.backload.core.importing;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.backload.core.log.TrainingSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A fixture's columns, to write the file again with columns dropped, reordered, added or renamed,
 * the ways real exports vary (import-formats.md section 0). Written with LF line ends, quoting only
 * the fields that need it.
 *
 * @param delimiter the file's delimiter
 * @param header the column names
 * @param rows the data rows, one list of fields each
 */
record Columns(char delimiter, List<String> header, List<List<String>> rows) {

  /** Columns whose values become the note; dropping one leaves the sets without notes. */
  private static final Set<String> NOTE_COLUMNS =
      Set.of("Notes", "Notizen", "Comment", "exercise_notes");

  static Columns of(String fixture) {
    try {
      String text = Files.readString(Fixtures.path(fixture));
      String first = text.lines().findFirst().orElseThrow();
      char delimiter =
          first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
              ? ';'
              : ',';
      List<List<String>> records = new ArrayList<>();
      try (CsvReader<CsvRecord> csv =
          CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(text)) {
        for (CsvRecord r : csv) {
          records.add(new ArrayList<>(r.getFields()));
        }
      }
      return new Columns(delimiter, records.get(0), records.subList(1, records.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file as text. */
  String csv() {
    StringBuilder b = new StringBuilder();
    line(b, header);
    for (List<String> row : rows) {
      line(b, row);
    }
    return b.toString();
  }

  private void line(StringBuilder b, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        b.append(delimiter);
      }
      String f = fields.get(i);
      boolean quote =
          f.indexOf(delimiter) >= 0 || f.contains("\"") || f.contains("\n") || f.contains("\r");
      b.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
    }
    b.append('\n');
  }

  /** The same without the named column. */
  Columns without(String column) {
    int at = header.indexOf(column);
    if (at < 0) {
      throw new IllegalArgumentException("no column " + column + " in " + header);
    }
    return select(range(header.size()).stream().filter(i -> i != at).toList());
  }

  /** The same with the columns in reverse order. */
  Columns reversed() {
    List<Integer> order = range(header.size());
    Collections.reverse(order);
    return select(order);
  }

  /** The columns in this order (positions into this file's columns; some may be left out). */
  Columns select(List<Integer> order) {
    List<List<String>> newRows = new ArrayList<>();
    for (List<String> row : rows) {
      newRows.add(order.stream().map(row::get).toList());
    }
    return new Columns(delimiter, order.stream().map(header::get).toList(), newRows);
  }

  /** The same with a column added at {@code position}, {@code value} on every row. */
  Columns withColumn(int position, String name, String value) {
    List<String> newHeader = new ArrayList<>(header);
    newHeader.add(position, name);
    List<List<String>> newRows = new ArrayList<>();
    for (List<String> row : rows) {
      List<String> r = new ArrayList<>(row);
      r.add(position, value);
      newRows.add(r);
    }
    return new Columns(delimiter, newHeader, newRows);
  }

  /** The same with every column named {@code prefix} and its number, as no table knows them. */
  Columns renamed(String prefix) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      names.add(prefix + (i + 1));
    }
    return new Columns(delimiter, names, rows);
  }

  /** The sets a file without {@code column} gives: without notes or RPE when it held them. */
  static List<TrainingSet> without(List<TrainingSet> sets, String column) {
    boolean note = NOTE_COLUMNS.contains(column);
    boolean rpe = column.equalsIgnoreCase("RPE");
    return sets.stream()
        .map(
            s ->
                TrainingSet.of(
                    s.date(),
                    s.workout(),
                    s.exercise(),
                    s.setType(),
                    s.weightKg(),
                    s.reps(),
                    rpe ? null : s.rpe(),
                    note ? null : s.note()))
        .toList();
  }

  private static List<Integer> range(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }
}
