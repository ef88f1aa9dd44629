package dev.backload.app.log;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.log.TrainingLog.PlannedSet;
import dev.backload.app.log.TrainingLog.StoredSet;
import dev.backload.app.log.TrainingLog.Workout;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.log.HingeVariation;
import dev.backload.core.log.SetType;
import dev.backload.core.log.TrainingSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The training log pages: the history, starting a workout, the workout as a set grid (per exercise,
 * rows of set, previous, load, reps, RPE and done; sets planned and not yet done are unticked rows,
 * each a small form that records the set in one tap), a form that adds a set of any exercise, and
 * editing or deleting sets and workouts. They work without JavaScript; with it, htmx records a set
 * without reloading the page and {@code set-grid.js} steps loads by the loadable increment. Every
 * form carries a client id made when the page was drawn, so a form sent twice adds one set. Another
 * person's workout or set is a 404 and is never changed.
 */
@Controller
class WorkoutPageController {
  static final int PAGE_SIZE = 50;

  /** Offered in the exercise picker after the person's own exercises. */
  static final List<String> COMMON_EXERCISES =
      List.of(
          "Deadlift (Barbell)",
          "Sumo Deadlift",
          "Romanian Deadlift",
          "Trap Bar Deadlift",
          "Stiff Leg Deadlift",
          "Deficit Deadlift",
          "Block Pull",
          "Rack Pull",
          "Snatch Grip Deadlift",
          "Squat (Barbell)",
          "Front Squat",
          "Bench Press (Barbell)",
          "Overhead Press (Barbell)",
          "Bent Over Row (Barbell)",
          "Pendlay Row",
          "Dumbbell Row",
          "Pull Up",
          "Chin Up",
          "Lat Pulldown",
          "Hip Thrust",
          "Good Morning",
          "Back Extension",
          "Leg Press",
          "Bulgarian Split Squat",
          "Walking Lunge",
          "Farmer's Walk",
          "Suitcase Carry",
          "Plank",
          "Side Plank",
          "Bird Dog",
          "Dead Bug");

  static final Map<SetType, String> SET_TYPE_LABELS =
      Map.of(
          SetType.WARMUP, "Warm-up",
          SetType.WORKING, "Working",
          SetType.DROP, "Drop",
          SetType.FAILURE, "Failure");

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final TrainingLog log;
  private final AccountRepository accounts;
  private final AccountCalendar calendar;

  WorkoutPageController(TrainingLog log, AccountRepository accounts, AccountCalendar calendar) {
    this.log = log;
    this.accounts = accounts;
    this.calendar = calendar;
  }

  /**
   * What the set form holds: the texts as typed; {@code clientId} the id the page made for this
   * form, {@code plannedId} the planned set a grid row records, {@code grid} non-empty when the
   * form is a row of the grid.
   */
  record SetForm(
      String exercise,
      String weight,
      String reps,
      String rpe,
      String setType,
      String note,
      String clientId,
      String plannedId,
      String grid) {
    static SetForm empty() {
      return new SetForm("", "", "", "", SetType.WORKING.name(), "", newClientId(), "", "");
    }

    /** The form filled with a stored set, the load in the person's unit. */
    static SetForm of(StoredSet s, WeightUnit unit) {
      return new SetForm(
          s.exercise(),
          unit.format(s.weightKg()),
          Integer.toString(s.reps()),
          TrainingSet.formatRpe(s.rpe()),
          s.setType().name(),
          s.note() == null ? "" : s.note(),
          newClientId(),
          "",
          "");
    }

    /** The next set after this one: same exercise, load, reps and type; no RPE or note. */
    SetForm next() {
      return new SetForm(exercise, weight, reps, "", setType, "", newClientId(), "", "");
    }
  }

  /** A fresh client id for a form, so that sending the form twice records one set. */
  static String newClientId() {
    return UUID.randomUUID().toString();
  }

  /**
   * A row of the set grid: a set done ({@code setId}), a planned set not done yet ({@code
   * plannedId}), or the empty row for one more set (neither).
   *
   * @param previous what was done in this set position last time, e.g. {@code 100 × 5}, or empty
   */
  record GridRow(
      int number,
      String previous,
      Long setId,
      Long plannedId,
      String weight,
      String reps,
      String rpe,
      String setType,
      String setTypeLabel,
      String note,
      String clientId) {
    public boolean done() {
      return setId != null;
    }

    public boolean planned() {
      return plannedId != null;
    }
  }

  /**
   * The rows of one exercise. {@code painAfter}: the "back pain now" row follows this block (the
   * last deadlift-family exercise of the workout).
   */
  record ExerciseBlock(
      int index, String exercise, boolean hinge, boolean painAfter, List<GridRow> rows) {}

  /** A set as shown in a workout. */
  record SetRow(
      long id,
      int number,
      String exercise,
      boolean hinge,
      String setType,
      String setTypeLabel,
      String weight,
      int reps,
      String rpe,
      String note) {}

  /** A line of the history. */
  record HistoryRow(long id, String date, String isoDate, String name, int sets, int hingeSets) {}

  // ---- history and starting a workout ----

  @GetMapping("/workouts")
  String history(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    int current = Math.min(Math.max(1, page), 1_000_000);
    List<HistoryRow> rows =
        log.history(user.accountId(), PAGE_SIZE + 1, (current - 1) * PAGE_SIZE).stream()
            .map(
                w ->
                    new HistoryRow(
                        w.id(),
                        DAY.format(w.date()),
                        w.date().toString(),
                        title(w.name()),
                        w.sets(),
                        w.hingeSets()))
            .toList();
    model.addAttribute("workouts", rows.subList(0, Math.min(PAGE_SIZE, rows.size())));
    model.addAttribute("page", current);
    model.addAttribute("hasOlder", rows.size() > PAGE_SIZE);
    return "workouts";
  }

  @GetMapping("/workouts/new")
  String newWorkout(@AuthenticationPrincipal AccountUser user, Model model) {
    Account account = account(user);
    model.addAttribute("date", calendar.today(account).toString());
    model.addAttribute("name", "");
    return "workout-new";
  }

  @PostMapping("/workouts")
  String create(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String name,
      Model model) {
    Account account = account(user);
    LogInput input = new LogInput();
    LocalDate day = input.date("date", date, calendar.today(account));
    String title = input.name("name", name);
    if (input.hasProblems()) {
      model.addAttribute("date", date);
      model.addAttribute("name", name);
      model.addAttribute("errors", errors(input));
      return "workout-new";
    }
    long created = log.addWorkout(user.accountId(), day, title, "app", null, List.of());
    return "redirect:/workouts/" + created;
  }

  // ---- one workout ----

  @GetMapping("/workouts/{id}")
  String workout(@AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    Account account = account(user);
    Workout workout = find(user, id);
    SetForm form =
        workout.sets().isEmpty()
            ? SetForm.empty()
            : SetForm.of(workout.sets().get(workout.sets().size() - 1), account.weightUnit())
                .next();
    fillWorkout(model, account, workout, form, Map.of());
    return "workout";
  }

  @PostMapping("/workouts/{id}/sets")
  String addSet(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      SetForm form,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    Account account = account(user);
    find(user, id);
    LogInput input = new LogInput();
    NewSet set = parse(input, form, account.weightUnit());
    String clientId = input.clientId("clientId", form.clientId());
    Long plannedId = plannedId(form.plannedId());
    boolean grid = form.grid() != null && !form.grid().isBlank();
    if (input.hasProblems()) {
      fillWorkout(model, account, find(user, id), grid ? SetForm.empty() : form, errors(input));
      return htmx != null ? "workout :: log-area" : "workout";
    }
    // A form sent again (a double tap, a resent page) carries the same client id: one set.
    if (clientId == null || log.setByClientId(user.accountId(), clientId).isEmpty()) {
      try {
        log.addSet(user.accountId(), id, set, clientId, plannedId)
            .orElseThrow(WorkoutPageController::notFound);
      } catch (DuplicateKeyException e) {
        // Sent twice at once: the other request stored it.
      }
    }
    if (htmx != null) {
      fillWorkout(model, account, find(user, id), grid ? SetForm.empty() : form.next(), Map.of());
      model.addAttribute("added", !grid);
      return "workout :: log-area";
    }
    return "redirect:/workouts/" + id + (grid ? "#grid" : "#add-set");
  }

  @GetMapping("/workouts/{id}/edit")
  String editWorkout(
      @AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    Workout workout = find(user, id);
    model.addAttribute("workoutId", id);
    model.addAttribute("date", workout.date().toString());
    model.addAttribute("name", workout.name() == null ? "" : workout.name());
    return "workout-edit";
  }

  @PostMapping("/workouts/{id}")
  String updateWorkout(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String name,
      Model model) {
    Account account = account(user);
    find(user, id);
    LogInput input = new LogInput();
    LocalDate day = input.date("date", date, calendar.today(account));
    String title = input.name("name", name);
    if (input.hasProblems()) {
      model.addAttribute("workoutId", id);
      model.addAttribute("date", date);
      model.addAttribute("name", name);
      model.addAttribute("errors", errors(input));
      return "workout-edit";
    }
    if (!log.updateWorkout(user.accountId(), id, day, title)) {
      throw notFound();
    }
    return "redirect:/workouts/" + id;
  }

  @GetMapping("/workouts/{id}/delete")
  String confirmDelete(
      @AuthenticationPrincipal AccountUser user, @PathVariable long id, Model model) {
    Workout workout = find(user, id);
    model.addAttribute("workoutId", id);
    model.addAttribute("title", title(workout.name()));
    model.addAttribute("date", DAY.format(workout.date()));
    model.addAttribute("sets", workout.sets().size());
    return "workout-delete";
  }

  @PostMapping("/workouts/{id}/delete")
  String delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    if (!log.deleteWorkout(user.accountId(), id)) {
      throw notFound();
    }
    return "redirect:/workouts?deleted";
  }

  // ---- one set ----

  @GetMapping("/workouts/{id}/sets/{setId}/edit")
  String editSet(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @PathVariable long setId,
      Model model) {
    Account account = account(user);
    Workout workout = find(user, id);
    StoredSet set = findSet(workout, setId);
    fillSetEdit(model, account, workout, setId, SetForm.of(set, account.weightUnit()), Map.of());
    return "set-edit";
  }

  @PostMapping("/workouts/{id}/sets/{setId}")
  String updateSet(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @PathVariable long setId,
      SetForm form,
      Model model) {
    Account account = account(user);
    Workout workout = find(user, id);
    StoredSet stored = findSet(workout, setId);
    LogInput input = new LogInput();
    NewSet set = parse(input, form, account.weightUnit());
    if (input.hasProblems()) {
      fillSetEdit(model, account, workout, setId, form, errors(input));
      return "set-edit";
    }
    // A load left as shown keeps its stored precision (e.g. a set logged in the other unit).
    if (form.weight() != null
        && form.weight().strip().equals(account.weightUnit().format(stored.weightKg()))) {
      set =
          new NewSet(
              set.exercise(), set.setType(), stored.weightKg(), set.reps(), set.rpe(), set.note());
    }
    if (!log.updateSet(user.accountId(), id, setId, set)) {
      throw notFound();
    }
    return "redirect:/workouts/" + id;
  }

  @PostMapping("/workouts/{id}/sets/{setId}/delete")
  String deleteSet(
      @AuthenticationPrincipal AccountUser user, @PathVariable long id, @PathVariable long setId) {
    if (!log.deleteSet(user.accountId(), id, setId)) {
      throw notFound();
    }
    return "redirect:/workouts/" + id;
  }

  // ---- helpers ----

  private static Long plannedId(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The set grid: the workout's exercises in order, each with its done, planned and next rows. */
  private List<ExerciseBlock> grid(Account account, Workout workout) {
    WeightUnit unit = account.weightUnit();
    Map<String, List<GridRow>> rows = new LinkedHashMap<>();
    Set<String> exercises = new LinkedHashSet<>();
    workout.sets().forEach(s -> exercises.add(s.exercise()));
    workout.planned().forEach(p -> exercises.add(p.exercise()));
    Map<String, List<StoredSet>> previous =
        log.previous(account.id(), workout.id(), workout.date(), exercises);
    for (String exercise : exercises) {
      List<StoredSet> before = previous.getOrDefault(exercise, List.of());
      List<GridRow> block = new ArrayList<>();
      for (StoredSet s : workout.sets()) {
        if (s.exercise().equals(exercise)) {
          int n = block.size() + 1;
          block.add(
              new GridRow(
                  n,
                  previousText(before, n, unit),
                  s.id(),
                  null,
                  unit.format(s.weightKg()),
                  Integer.toString(s.reps()),
                  TrainingSet.formatRpe(s.rpe()),
                  s.setType().name(),
                  SET_TYPE_LABELS.get(s.setType()),
                  s.note(),
                  null));
        }
      }
      for (PlannedSet p : workout.planned()) {
        if (p.exercise().equals(exercise)) {
          int n = block.size() + 1;
          block.add(
              new GridRow(
                  n,
                  previousText(before, n, unit),
                  null,
                  p.id(),
                  unit.format(p.weightKg()),
                  Integer.toString(p.reps()),
                  TrainingSet.formatRpe(p.rpe()),
                  p.setType().name(),
                  SET_TYPE_LABELS.get(p.setType()),
                  p.note(),
                  newClientId()));
        }
      }
      // One more set: as the last row, or as last time's set in this position.
      int n = block.size() + 1;
      GridRow last = block.get(block.size() - 1);
      String weight = last.weight();
      String reps = last.reps();
      if (n <= before.size()) {
        weight = unit.format(before.get(n - 1).weightKg());
        reps = Integer.toString(before.get(n - 1).reps());
      }
      block.add(
          new GridRow(
              n,
              previousText(before, n, unit),
              null,
              null,
              weight,
              reps,
              "",
              last.setType(),
              last.setTypeLabel(),
              null,
              newClientId()));
      rows.put(exercise, block);
    }
    String lastHinge = null;
    for (String exercise : exercises) {
      if (HingeVariation.isHinge(exercise)) {
        lastHinge = exercise;
      }
    }
    List<ExerciseBlock> blocks = new ArrayList<>();
    for (var e : rows.entrySet()) {
      blocks.add(
          new ExerciseBlock(
              blocks.size() + 1,
              e.getKey(),
              HingeVariation.isHinge(e.getKey()),
              e.getKey().equals(lastHinge),
              e.getValue()));
    }
    return blocks;
  }

  /** Last time's set in position {@code n} (from 1), e.g. {@code 100 × 5}; empty when none. */
  private static String previousText(List<StoredSet> before, int n, WeightUnit unit) {
    if (n > before.size()) {
      return "";
    }
    StoredSet s = before.get(n - 1);
    return unit.format(s.weightKg()) + " × " + s.reps();
  }

  private void fillWorkout(
      Model model, Account account, Workout workout, SetForm form, Map<String, String> errors) {
    WeightUnit unit = account.weightUnit();
    model.addAttribute("grid", grid(account, workout));
    model.addAttribute("plannedLeft", workout.planned().size());
    model.addAttribute("step", unit.format(accounts.loadIncrementKg(account.id())));
    model.addAttribute("painScale", java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList());
    List<SetRow> rows =
        java.util.stream.IntStream.range(0, workout.sets().size())
            .mapToObj(
                i -> {
                  StoredSet s = workout.sets().get(i);
                  return new SetRow(
                      s.id(),
                      i + 1,
                      s.exercise(),
                      HingeVariation.isHinge(s.exercise()),
                      s.setType().name(),
                      SET_TYPE_LABELS.get(s.setType()),
                      unit.format(s.weightKg()),
                      s.reps(),
                      TrainingSet.formatRpe(s.rpe()),
                      s.note());
                })
            .toList();
    model.addAttribute("workout", workout);
    model.addAttribute("title", title(workout.name()));
    model.addAttribute("day", DAY.format(workout.date()));
    model.addAttribute("sets", rows);
    model.addAttribute("hingeSets", rows.stream().filter(SetRow::hinge).count());
    fillSetForm(model, account, form, errors);
  }

  private void fillSetEdit(
      Model model,
      Account account,
      Workout workout,
      long setId,
      SetForm form,
      Map<String, String> errors) {
    model.addAttribute("workout", workout);
    model.addAttribute("title", title(workout.name()));
    model.addAttribute("setId", setId);
    fillSetForm(model, account, form, errors);
  }

  private void fillSetForm(Model model, Account account, SetForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("unit", account.weightUnit().symbol());
    model.addAttribute(
        "setTypes",
        SET_TYPE_LABELS.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> Map.of("value", e.getKey().name(), "label", e.getValue()))
            .toList());
    model.addAttribute(
        "rpes",
        java.util.stream.IntStream.rangeClosed(2, 20)
            .mapToObj(i -> TrainingSet.formatRpe(i / 2.0))
            .toList());
    Set<String> exercises = new LinkedHashSet<>(log.exerciseNames(account.id(), 200));
    exercises.addAll(COMMON_EXERCISES);
    model.addAttribute("exercises", exercises);
  }

  /** Reads a set form; problems are named after the form's fields. */
  private static NewSet parse(LogInput input, SetForm form, WeightUnit unit) {
    Double weight =
        number(input, "weight", form.weight(), "The weight must be a number, like 62.5.");
    Double reps = number(input, "reps", form.reps(), "Reps must be a whole number.");
    Double rpe = number(input, "rpe", form.rpe(), "RPE must be a number between 1 and 10.");
    // Every field is checked, so all problems show at once; a field's first problem is shown.
    NewSet set =
        input.set(
            "",
            form.exercise(),
            null,
            weight == null ? 0.0 : weight,
            unit.symbol(),
            reps,
            rpe,
            form.setType(),
            form.note(),
            unit);
    return input.hasProblems() ? null : set;
  }

  private static Double number(LogInput input, String field, String text, String message) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip().replace(',', '.'));
      if (!Double.isFinite(value)) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      input.problem(field, message);
      return null;
    }
  }

  private static Map<String, String> errors(LogInput input) {
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      input.check();
    } catch (LogInput.Invalid e) {
      e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
    }
    return errors;
  }

  private static String title(String name) {
    return name == null ? "Workout" : name;
  }

  private Workout find(AccountUser user, long id) {
    return log.findWorkout(user.accountId(), id).orElseThrow(WorkoutPageController::notFound);
  }

  private static StoredSet findSet(Workout workout, long setId) {
    return workout.sets().stream()
        .filter(s -> s.id() == setId)
        .findFirst()
        .orElseThrow(WorkoutPageController::notFound);
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }

  private Account account(AccountUser user) {
    return accounts.findById(user.accountId()).orElseThrow(WorkoutPageController::notFound);
  }
}
