package dev.backload.app.imports;

import dev.backload.app.log.TrainingLog;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.core.importing.ExportImporter;
import dev.backload.core.importing.ImportException;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import dev.backload.core.importing.RowProblem;
import dev.backload.core.log.TrainingSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports Strong, Hevy and FitNotes exports into a person's training log: reads the file with the
 * core importer, works out which workouts are new, and stores them with the import's record in one
 * transaction, so that an import either adds all its new workouts or nothing.
 *
 * <p>Idempotent: every imported workout keeps the importer's workout key ({@code
 * workout.source_key}, unique per account and source), so importing the same or an overlapping file
 * again adds only the workouts not yet stored; importing the very same file again when it would add
 * nothing stores nothing at all and answers with the earlier import.
 */
@Service
public class ImportService {
  /** Lengths the training log's columns take. */
  static final int MAX_SOURCE_KEY = 400;

  static final int MAX_NAME = 200;
  static final int MAX_EXERCISE = 200;
  static final int MAX_NOTE = 2000;
  static final int MAX_FILE_NAME = 255;

  private final TrainingLog log;
  private final ImportRepository imports;
  private final JdbcClient jdbc;

  ImportService(TrainingLog log, ImportRepository imports, JdbcClient jdbc) {
    this.log = log;
    this.imports = imports;
    this.jdbc = jdbc;
  }

  /** A file the log cannot take although the importer read it (a value longer than a column). */
  public static final class ImportRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ImportRejected(String message) {
      super(message);
    }
  }

  /**
   * What an import did.
   *
   * @param record the stored import; with {@code created} false, the earlier import of the same
   *     file, with this run's counts (nothing added)
   * @param created whether this run stored anything
   * @param skippedRows the rows left out because of a problem, in file order
   */
  public record Outcome(ImportRecord record, boolean created, List<RowProblem> skippedRows) {}

  /**
   * Reads an uploaded export as UTF-8 (the bytes must have passed {@link UploadScan}).
   *
   * @throws ImportException naming the line (and column) of the first problem
   * @throws IOException when the upload cannot be read
   */
  public static ImportResult read(InputStreamSource file, ImportOptions options)
      throws ImportException, IOException {
    try (InputStream in = file.getInputStream();
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
      return ExportImporter.read(reader, options);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Works out what importing the result would do for the account; stores nothing. */
  @Transactional(readOnly = true)
  public ImportPlan plan(long accountId, ImportResult result) {
    String source = result.format().name().toLowerCase(Locale.ROOT);
    Set<String> present = log.sourceKeys(accountId, source);
    Map<String, Builder> byKey = new LinkedHashMap<>();
    List<TrainingSet> sets = result.sets();
    LocalDate first = null;
    LocalDate last = null;
    for (int i = 0; i < sets.size(); i++) {
      TrainingSet set = sets.get(i);
      checkLengths(set);
      Builder b = byKey.computeIfAbsent(set.workout(), key -> new Builder(set.date()));
      b.add(i);
      if (first == null || set.date().isBefore(first)) {
        first = set.date();
      }
      if (last == null || set.date().isAfter(last)) {
        last = set.date();
      }
    }
    Set<String> datesAndNames = storedDatesAndNames(accountId);
    List<ImportPlan.PlannedWorkout> workouts = new ArrayList<>(byKey.size());
    int possibleDuplicates = 0;
    for (var entry : byKey.entrySet()) {
      String sourceKey = sourceKey(entry.getKey());
      Builder b = entry.getValue();
      String name = workoutName(result, entry.getKey(), b.date);
      boolean isPresent = present.contains(sourceKey);
      if (!isPresent && datesAndNames.contains(dateAndName(b.date, name))) {
        possibleDuplicates++;
      }
      workouts.add(
          new ImportPlan.PlannedWorkout(
              sourceKey, b.date, name, Arrays.copyOf(b.indexes, b.size), isPresent));
    }
    workouts.sort(Comparator.comparing(ImportPlan.PlannedWorkout::date));
    return new ImportPlan(result, source, workouts, first, last, possibleDuplicates);
  }

  /**
   * Stores the new workouts of a file and the import's record, all or nothing.
   *
   * @param scan the upload's first pass (hash and size)
   * @param fileName the name the client sent, kept as text only
   */
  @Transactional(rollbackFor = Exception.class)
  public Outcome store(long accountId, ImportResult result, UploadScan scan, String fileName) {
    ImportPlan plan = plan(accountId, result);
    List<TrainingSet> sets = result.sets();
    for (ImportPlan.PlannedWorkout w : plan.workouts()) {
      if (w.present()) {
        continue;
      }
      List<NewSet> newSets = new ArrayList<>(w.setIndexes().length);
      for (int i : w.setIndexes()) {
        newSets.add(NewSet.of(sets.get(i)));
      }
      log.addWorkout(accountId, w.date(), w.name(), plan.source(), w.sourceKey(), newSets);
    }
    ImportRecord record =
        new ImportRecord(
            0,
            scan.sha256(),
            displayName(fileName),
            scan.bytes(),
            plan.source(),
            result.variant(),
            plan.unit(),
            plan.unitGuessed(),
            plan.firstDate(),
            plan.lastDate(),
            plan.newWorkouts(),
            plan.presentWorkouts(),
            plan.newSets(),
            result.skippedRows().size(),
            ImportRecord.recognisedBy(result.headerMatch()),
            result.missingColumns(),
            result.repairedRows(),
            null);
    if (plan.newWorkouts() == 0) {
      var earlier = imports.findByFile(accountId, scan.sha256());
      if (earlier.isPresent()) {
        ImportRecord e = earlier.get();
        return new Outcome(withCounts(e, record), false, result.skippedRows());
      }
    }
    long id = imports.insert(accountId, record, result.skippedRows());
    return new Outcome(imports.find(accountId, id).orElseThrow(), true, result.skippedRows());
  }

  /** The earlier import's identity with this run's reading and counts. */
  private static ImportRecord withCounts(ImportRecord earlier, ImportRecord now) {
    return new ImportRecord(
        earlier.id(),
        earlier.fileSha256(),
        earlier.fileName(),
        earlier.fileBytes(),
        now.format(),
        now.variant(),
        now.unit(),
        now.unitGuessed(),
        now.firstDate(),
        now.lastDate(),
        now.workoutsAdded(),
        now.workoutsAlreadyPresent(),
        now.setsAdded(),
        now.skippedRowCount(),
        now.recognisedBy(),
        now.missingColumns(),
        now.repairedRows(),
        earlier.importedAt());
  }

  /** The account's imports, newest first. */
  public List<ImportRecord> list(long accountId) {
    return imports.list(accountId);
  }

  /** The account's import with this id; empty for another person's or an unknown id. */
  public Optional<ImportRecord> find(long accountId, long id) {
    return imports.find(accountId, id);
  }

  /** The kept skipped rows of the account's import. */
  public List<RowProblem> skippedRows(long accountId, long id) {
    return imports.skippedRows(accountId, id);
  }

  /** The account's earliest import of the file with this SHA-256. */
  public Optional<ImportRecord> findByFile(long accountId, String sha256) {
    return imports.findByFile(accountId, sha256);
  }

  /**
   * The file name to keep and show: the last path segment of what the client sent, without control
   * characters, at most {@value #MAX_FILE_NAME} characters; {@code null} when there is none.
   */
  static String displayName(String clientName) {
    if (clientName == null) {
      return null;
    }
    String name = clientName;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    name =
        name.codePoints()
            .filter(c -> !Character.isISOControl(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString()
            .strip();
    if (name.isEmpty()) {
      return null;
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }

  /** The importer's key, or its SHA-256 when it is longer than the column. */
  static String sourceKey(String workoutKey) {
    if (workoutKey.length() <= MAX_SOURCE_KEY) {
      return workoutKey;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(workoutKey.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Strong's workout name or Hevy's title; otherwise the app's name and the date. */
  static String workoutName(ImportResult result, String key, LocalDate date) {
    String name = result.workoutNames().get(key);
    if (name == null || name.isBlank()) {
      name = result.format().displayName() + " " + date;
    }
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
  }

  private static void checkLengths(TrainingSet set) {
    if (set.exercise().length() > MAX_EXERCISE) {
      throw new ImportRejected(
          "the exercise name \""
              + set.exercise().substring(0, 40)
              + "...\" on "
              + set.date()
              + " is longer than "
              + MAX_EXERCISE
              + " characters");
    }
    if (set.note() != null && set.note().length() > MAX_NOTE) {
      throw new ImportRejected(
          "a note of "
              + set.exercise()
              + " on "
              + set.date()
              + " is longer than "
              + MAX_NOTE
              + " characters; shorten it in the app and export again");
    }
  }

  private Set<String> storedDatesAndNames(long accountId) {
    Set<String> keys = new HashSet<>();
    jdbc.sql(
            "SELECT workout_date, name FROM workout WHERE account_id = :account AND name IS NOT"
                + " NULL")
        .param("account", accountId)
        .query(
            rs -> {
              keys.add(dateAndName(rs.getObject(1, LocalDate.class), rs.getString(2)));
            });
    return keys;
  }

  private static String dateAndName(LocalDate date, String name) {
    return date + "|" + name.strip().toLowerCase(Locale.ROOT);
  }

  /** The set positions of one workout, collected in file order. */
  private static final class Builder {
    final LocalDate date;
    int[] indexes = new int[8];
    int size;

    Builder(LocalDate date) {
      this.date = date;
    }

    void add(int index) {
      if (size == indexes.length) {
        indexes = Arrays.copyOf(indexes, size * 2);
      }
      indexes[size++] = index;
    }
  }
}
