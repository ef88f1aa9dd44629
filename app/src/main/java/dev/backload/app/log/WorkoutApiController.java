package dev.backload.app.log;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.log.TrainingLog.StoredSet;
import dev.backload.app.log.TrainingLog.Workout;
import dev.backload.app.web.ApiProblems;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training log over the API: workouts with their sets. Another person's workout is answered 404
 * and never changed.
 */
@RestController
class WorkoutApiController {
  private static final String NO_SUCH_WORKOUT = "No such workout.";
  private final TrainingLog log;
  private final AccountRepository accounts;
  private final AccountCalendar calendar;

  WorkoutApiController(TrainingLog log, AccountRepository accounts, AccountCalendar calendar) {
    this.log = log;
    this.accounts = accounts;
    this.calendar = calendar;
  }

  /**
   * A set as sent: the load either as {@code weightKg}, or as {@code weight} with {@code unit}
   * ({@code kg} or {@code lb}, default the account's unit); no load is 0 (body weight).
   */
  record SetRequest(
      String exercise,
      Double weightKg,
      Double weight,
      String unit,
      Double reps,
      Double rpe,
      String setType,
      String note) {}

  record WorkoutRequest(String date, String name, List<SetRequest> sets) {}

  /** A stored set; {@code variation} names the hinge variation, null when not a hinge. */
  record SetView(
      long id,
      String exercise,
      String variation,
      String setType,
      double weightKg,
      int reps,
      Double rpe,
      String note) {
    static SetView of(StoredSet s) {
      return new SetView(
          s.id(),
          s.exercise(),
          s.variation() == null ? null : s.variation().name(),
          s.setType().name(),
          s.weightKg(),
          s.reps(),
          s.rpe(),
          s.note());
    }
  }

  record WorkoutView(long id, String date, String name, List<SetView> sets) {
    static WorkoutView of(Workout w) {
      return new WorkoutView(
          w.id(), w.date().toString(), w.name(), w.sets().stream().map(SetView::of).toList());
    }
  }

  /** The workouts, newest first, optionally from and to a date (both inclusive). */
  @GetMapping("/api/v1/workouts")
  List<WorkoutView> list(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    LocalDate fromDate = queryDate("from", from);
    LocalDate toDate = queryDate("to", to);
    return log.workouts(user.accountId(), fromDate, toDate).stream().map(WorkoutView::of).toList();
  }

  @ApiResponse(responseCode = "201", description = "The workout as stored")
  @PostMapping("/api/v1/workouts")
  ResponseEntity<WorkoutView> create(
      @AuthenticationPrincipal AccountUser user, @RequestBody WorkoutRequest request) {
    Valid valid = validate(request, account(user));
    long id =
        log.addWorkout(user.accountId(), valid.date(), valid.name(), "app", null, valid.sets());
    Workout created = log.findWorkout(user.accountId(), id).orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/workouts/" + created.id()))
        .body(WorkoutView.of(created));
  }

  @GetMapping("/api/v1/workouts/{id}")
  ResponseEntity<WorkoutView> get(
      @AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    return log.findWorkout(user.accountId(), id)
        .map(w -> ResponseEntity.ok(WorkoutView.of(w)))
        .orElseThrow(() -> ApiProblems.notFound(NO_SUCH_WORKOUT));
  }

  /** Replaces the workout's date, name and sets (the sets get new ids). */
  @PutMapping("/api/v1/workouts/{id}")
  ResponseEntity<WorkoutView> replace(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestBody WorkoutRequest request) {
    Valid valid = validate(request, account(user));
    return log.replaceWorkout(user.accountId(), id, valid.date(), valid.name(), valid.sets())
        .map(w -> ResponseEntity.ok(WorkoutView.of(w)))
        .orElseThrow(() -> ApiProblems.notFound(NO_SUCH_WORKOUT));
  }

  @ApiResponse(responseCode = "204", description = "Deleted")
  @DeleteMapping("/api/v1/workouts/{id}")
  ResponseEntity<Void> delete(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    if (!log.deleteWorkout(user.accountId(), id)) {
      throw ApiProblems.notFound(NO_SUCH_WORKOUT);
    }
    return ResponseEntity.noContent().build();
  }

  @ExceptionHandler(LogInput.Invalid.class)
  ProblemDetail invalid(LogInput.Invalid e) {
    LogInput.Problem first = e.problems().get(0);
    ProblemDetail problem = ApiProblems.fieldProblem(first.field(), first.message());
    problem.setProperty(
        "errors",
        e.problems().stream()
            .map(p -> Map.of("field", p.field(), "message", p.message()))
            .toList());
    return problem;
  }

  private record Valid(LocalDate date, String name, List<NewSet> sets) {}

  private Valid validate(WorkoutRequest request, Account account) {
    LogInput input = new LogInput();
    LocalDate date = input.date("date", request.date(), calendar.today(account));
    String name = input.name("name", request.name());
    List<SetRequest> requested = request.sets() == null ? List.of() : request.sets();
    input.setCount("sets", requested.size());
    input.check();
    List<NewSet> sets = new ArrayList<>(requested.size());
    for (int i = 0; i < requested.size(); i++) {
      SetRequest s = requested.get(i);
      String prefix = "sets[" + i + "].";
      if (s == null) {
        input.problem("sets[" + i + "]", "A set is missing.");
        continue;
      }
      sets.add(
          input.set(
              prefix,
              s.exercise(),
              s.weightKg(),
              s.weight(),
              s.unit(),
              s.reps(),
              s.rpe(),
              s.setType(),
              s.note(),
              account.weightUnit()));
    }
    input.check();
    return new Valid(date, name, sets);
  }

  private static LocalDate queryDate(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new LogInput.Invalid(
          List.of(new LogInput.Problem(field, "Not a date; use a date like 2026-11-20.")));
    }
  }

  private Account account(AccountUser user) {
    return accounts.findById(user.accountId()).orElseThrow();
  }
}
