package dev.backload.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a realistic Strong export of the newest layout ({@code S-new}: {@code ;}-delimited, every
 * field quoted, a {@code Workout #} column, weights in kilograms) with exactly the requested number
 * of set rows: a club's shared account from 2017 on (about ten years for a million sets), 9 to 14
 * sessions a day of about 24 sets each, for twelve lifters who get stronger in 12-week cycles.
 *
 * <p>Each session is a pull, push or legs day: warm-up sets ({@code W}) before the main lifts,
 * deadlift variations (conventional, sumo, trap bar, deficit, rack pull, Romanian, stiff-leg),
 * squats, presses, rows and accessories; RPE on about a third of the working sets; now and then a
 * failure ({@code F}) or drop ({@code D}) set, a timed plank, an assisted pull-up, and notes with
 * {@code ;}, quotes or a line break in them. The same seed gives the same bytes.
 */
public final class HistoryGenerator {
  static final String HEADER =
      "\"Workout #\";\"Date\";\"Workout Name\";\"Duration (sec)\";\"Exercise Name\";\"Set Order\";"
          + "\"Weight (kg)\";\"Reps\";\"RPE\";\"Distance (meters)\";\"Seconds\";\"Notes\";"
          + "\"Workout Notes\"";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  private static final LocalDate START = LocalDate.of(2017, 1, 2);
  private static final int LIFTERS = 12;
  private static final String[] NAMES = {
    "Maya", "Jonas", "Aiko", "Sam", "Priya", "Lukas", "Ines", "Tom", "Zofia", "Kwame", "Elif",
    "Ravi"
  };
  private static final String[] DEADLIFTS = {
    "Deadlift (Barbell)",
    "Sumo Deadlift (Barbell)",
    "Trap Bar Deadlift",
    "Deficit Deadlift (Barbell)",
    "Rack Pull (Barbell)"
  };
  private static final String[] NOTES = {
    "belt on for the top sets", "felt tight; stopped early", "grip gave out, used \"hook\" grip",
    "lower back a bit stiff\nwarmed up longer", "PR!", "slow eccentric"
  };

  private final SplittableRandom random;
  private final Writer out;
  private final long target;
  private long sets;
  private long workout;
  private final StringBuilder row = new StringBuilder(256);

  private HistoryGenerator(Writer out, long target, long seed) {
    this.out = out;
    this.target = target;
    this.random = new SplittableRandom(seed);
  }

  /**
   * Writes the file unless it is already there (same name, same content for the same arguments).
   *
   * @return the file
   */
  public static Path ensure(Path file, long sets, long seed) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > 0) {
      return file;
    }
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "history-", ".tmp");
    try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      new HistoryGenerator(w, sets, seed).write();
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /** {@code java -cp benchmarks.jar dev.backload.bench.HistoryGenerator FILE [SETS]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "strong-new-1m.csv");
    long sets = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
    Files.deleteIfExists(file);
    ensure(file, sets, 42);
    System.out.println(file + ": " + Files.size(file) + " bytes");
  }

  private void write() throws IOException {
    out.write(HEADER);
    out.write('\n');
    // Per lifter: strength in kg for deadlift, squat and bench, growing in 12-week cycles.
    double[] base = new double[LIFTERS];
    for (int l = 0; l < LIFTERS; l++) {
      base[l] = 80 + random.nextInt(100);
    }
    int day = 0;
    while (sets < target) {
      LocalDate date = START.plusDays(day);
      int sessions = 9 + random.nextInt(6);
      for (int s = 0; s < sessions && sets < target; s++) {
        int lifter = random.nextInt(LIFTERS);
        double cycle = (day % 84) / 84.0; // 12-week cycle
        double strength = base[lifter] * (1 + day / 2920.0 * 0.6) * (0.9 + 0.12 * cycle);
        session(date, lifter, strength, s);
      }
      day++;
    }
  }

  private void session(LocalDate date, int lifter, double strength, int slot) throws IOException {
    workout++;
    LocalDateTime start = date.atTime(6 + slot, random.nextInt(60), random.nextInt(60));
    int kind = random.nextInt(3);
    String name = (kind == 0 ? "Pull" : kind == 1 ? "Push" : "Legs") + " (" + NAMES[lifter] + ")";
    String workoutNote = random.nextInt(20) == 0 ? "deload week" : "";
    Session s =
        new Session(
            String.valueOf(workout),
            start.format(TIME),
            name,
            String.valueOf(2400 + random.nextInt(3600)),
            workoutNote);
    switch (kind) {
      case 0 -> {
        String deadlift = DEADLIFTS[(int) ((date.toEpochDay() / 28 + lifter) % DEADLIFTS.length)];
        main(s, deadlift, strength, 3, 3 + random.nextInt(3), 3 + random.nextInt(3));
        lift(s, "Romanian Deadlift (Barbell)", strength * 0.55, 3, 8);
        lift(s, "Bent Over Row (Barbell)", strength * 0.45, 4, 8);
        lift(s, "Lat Pulldown (Cable)", strength * 0.35, 3, 10);
        lift(s, "Assisted Pull Up", 20 + random.nextInt(4) * 5, 3, 8);
        lift(s, "Bicep Curl (Dumbbell)", 12 + random.nextInt(5), 3 + random.nextInt(2), 12);
      }
      case 1 -> {
        main(s, "Bench Press (Barbell)", strength * 0.6, 2, 5, 5);
        lift(s, "Overhead Press (Barbell)", strength * 0.38, 4, 6);
        lift(s, "Incline Bench Press (Dumbbell)", strength * 0.2, 3, 10);
        lift(s, "Triceps Pushdown (Cable)", 25 + random.nextInt(15), 3, 12);
        lift(s, "Lateral Raise (Dumbbell)", 8 + random.nextInt(5), 4, 15);
        lift(s, "Chest Fly (Cable)", 15 + random.nextInt(10), 3 + random.nextInt(2), 12);
      }
      default -> {
        main(s, "Squat (Barbell)", strength * 0.85, 3, 5, 5);
        lift(s, "Leg Press", strength * 1.4, 3, 10);
        lift(s, "Stiff Leg Deadlift (Dumbbell)", strength * 0.25, 3, 10);
        lift(s, "Leg Curl (Machine)", 30 + random.nextInt(20), 3, 12);
        lift(s, "Calf Raise (Machine)", 60 + random.nextInt(40), 4, 15);
        plank(s);
      }
    }
  }

  /** A session's fields that repeat on each of its rows. */
  private record Session(String number, String date, String name, String duration, String note) {}

  /** A main lift: warm-ups, then working sets near the top weight, RPE on some. */
  private void main(Session s, String exercise, double top, int warmUps, int workSets, int reps)
      throws IOException {
    for (int w = 0; w < warmUps; w++) {
      set(s, exercise, "W", round(top * (0.4 + 0.15 * w)), 5, null, "");
    }
    double weight = round(top * (0.82 + random.nextDouble() * 0.08));
    for (int i = 1; i <= workSets; i++) {
      boolean last = i == workSets;
      String order = last && random.nextInt(15) == 0 ? "F" : String.valueOf(i);
      int done =
          order.equals("F") ? reps - 1 - random.nextInt(2) : reps - (last ? random.nextInt(2) : 0);
      Double rpe = random.nextInt(3) == 0 ? 7 + random.nextInt(7) * 0.5 : null;
      String note = i == 1 && random.nextInt(12) == 0 ? NOTES[random.nextInt(NOTES.length)] : "";
      set(s, exercise, order, weight, done, rpe, note);
    }
  }

  /** An accessory: straight sets, sometimes a drop set at the end. */
  private void lift(Session s, String exercise, double weight, int count, int reps)
      throws IOException {
    double w = round(weight);
    for (int i = 1; i <= count; i++) {
      Double rpe = random.nextInt(4) == 0 ? 7 + random.nextInt(5) * 0.5 : null;
      set(s, exercise, String.valueOf(i), w, reps - random.nextInt(2), rpe, "");
    }
    if (random.nextInt(10) == 0) {
      set(s, exercise, "D", round(w * 0.7), reps, null, "");
    }
  }

  private void plank(Session s) throws IOException {
    for (int i = 1; i <= 2; i++) {
      if (sets >= target) {
        return;
      }
      row.setLength(0);
      field(s.number())
          .field(s.date())
          .field(s.name())
          .field(s.duration())
          .field("Plank")
          .field(String.valueOf(i))
          .field("")
          .field("")
          .field("")
          .field("")
          .field(String.valueOf(30 + random.nextInt(60)) + ".0")
          .field("")
          .last(s.note());
      emit();
    }
  }

  private void set(
      Session s, String exercise, String order, double weight, int reps, Double rpe, String note)
      throws IOException {
    if (sets >= target) {
      return;
    }
    row.setLength(0);
    field(s.number())
        .field(s.date())
        .field(s.name())
        .field(s.duration())
        .field(exercise)
        .field(order)
        .field(String.valueOf(weight))
        .field(String.valueOf(reps))
        .field(rpe == null ? "" : String.valueOf(rpe))
        .field("")
        .field("")
        .field(note)
        .last(s.note());
    emit();
  }

  private void emit() throws IOException {
    row.append('\n');
    out.append(row);
    sets++;
  }

  private HistoryGenerator field(String value) {
    quote(value);
    row.append(';');
    return this;
  }

  private void last(String value) {
    quote(value);
  }

  private void quote(String value) {
    row.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        row.append('"');
      }
      row.append(c);
    }
    row.append('"');
  }

  /** To the nearest 2.5 kg, at least 2.5. */
  private static double round(double kg) {
    return Math.max(2.5, Math.round(kg / 2.5) * 2.5);
  }
}
