package dev.backload.app.log;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.log.TrainingLog.NewSet;
import dev.backload.app.log.TrainingLog.PlannedSet;
import dev.backload.app.log.TrainingLog.StoredSet;
import dev.backload.app.log.TrainingLog.Workout;
import dev.backload.app.web.ApiProblems;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
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
 *
 * <p>Client ids: a workout and each set may carry a {@code clientId} the client made (a UUID, say,
 * made before going offline). Sending a workout or set again with an id the account already has is
 * the same write: the answer is 200 with what is stored, and nothing is added. An id used by a set
 * of another workout is 409 naming the field. Ids are unique per account ({@link
 * LogInput#clientId}).
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
      String note,
      String clientId) {}

  /** A set done, sent alone; {@code plannedId} names the planned set it was done from, if any. */
  record NewSetRequest(
      String exercise,
      Double weightKg,
      Double weight,
      String unit,
      Double reps,
      Double rpe,
      String setType,
      String note,
      String clientId,
      Long plannedId) {
    SetRequest set() {
      return new SetRequest(exercise, weightKg, weight, unit, reps, rpe, setType, note, clientId);
    }
  }

  record WorkoutRequest(String date, String name, List<SetRequest> sets, String clientId) {}

  /** A stored set; {@code variation} names the hinge variation, null when not a hinge. */
  record SetView(
      long id,
      String exercise,
      String variation,
      String setType,
      double weightKg,
      int reps,
      Double rpe,
      String note,
      String clientId) {
    static SetView of(StoredSet s) {
      return new SetView(
          s.id(),
          s.exercise(),
          s.variation() == null ? null : s.variation().name(),
          s.setType().name(),
          s.weightKg(),
          s.reps(),
          s.rpe(),
          s.note(),
          s.clientId());
    }
  }

  /** A set planned but not done yet: done by sending it to {@code POST .../sets} with its id. */
  record PlannedView(
      long id,
      String exercise,
      String setType,
      double weightKg,
      int reps,
      Double rpe,
      String note) {
    static PlannedView of(PlannedSet p) {
      return new PlannedView(
          p.id(), p.exercise(), p.setType().name(), p.weightKg(), p.reps(), p.rpe(), p.note());
    }
  }

  /** A workout: {@code sets} are the sets done; {@code planned} those planned and not done yet. */
  record WorkoutView(
      long id,
      String date,
      String name,
      String clientId,
      List<SetView> sets,
      List<PlannedView> planned) {
    static WorkoutView of(Workout w) {
      return new WorkoutView(
          w.id(),
          w.date().toString(),
          w.name(),
          w.clientId(),
          w.sets().stream().map(SetView::of).toList(),
          w.planned().stream().map(PlannedView::of).toList());
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
  @ApiResponse(
      responseCode = "200",
      description = "A workout with this clientId was stored before: that workout, unchanged")
  @ApiResponse(responseCode = "409", description = "A set's clientId belongs to another workout")
  @PostMapping("/api/v1/workouts")
  ResponseEntity<WorkoutView> create(
      @AuthenticationPrincipal AccountUser user, @RequestBody WorkoutRequest request) {
    long account = user.accountId();
    Valid valid = validate(request, account(user));
    Optional<ResponseEntity<WorkoutView>> repeat = repeatedWorkout(account, valid.clientId());
    if (repeat.isPresent()) {
      return repeat.get();
    }
    checkSetClientIds(account, valid.setClientIds(), -1);
    long id;
    try {
      id =
          log.addWorkout(
              account,
              valid.date(),
              valid.name(),
              "app",
              null,
              valid.sets(),
              valid.clientId(),
              valid.setClientIds());
    } catch (DuplicateKeyException e) {
      // The same workout sent twice at once: the other request stored it.
      return repeatedWorkout(account, valid.clientId()).orElseThrow(() -> setIdConflict("sets"));
    }
    Workout created = log.findWorkout(account, id).orElseThrow();
    return ResponseEntity.created(URI.create("/api/v1/workouts/" + created.id()))
        .body(WorkoutView.of(created));
  }

  private Optional<ResponseEntity<WorkoutView>> repeatedWorkout(long account, String clientId) {
    if (clientId == null) {
      return Optional.empty();
    }
    return log.workoutByClientId(account, clientId)
        .flatMap(id -> log.findWorkout(account, id))
        .map(w -> ResponseEntity.ok(WorkoutView.of(w)));
  }

  /** A set id already used by a set of another workout than {@code workoutId} is a conflict. */
  private void checkSetClientIds(long account, List<String> clientIds, long workoutId) {
    for (int i = 0; i < clientIds.size(); i++) {
      String clientId = clientIds.get(i);
      if (clientId != null) {
        Optional<TrainingLog.SetRef> used = log.setByClientId(account, clientId);
        if (used.isPresent() && used.get().workoutId() != workoutId) {
          throw setIdConflict("sets[" + i + "].clientId");
        }
      }
    }
  }

  private static ErrorResponseException setIdConflict(String field) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT, "This clientId is already used by a set of another workout.");
    problem.setTitle("Client id already used");
    problem.setProperty("field", field);
    return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
  }

  @ApiResponse(responseCode = "201", description = "The set as stored")
  @ApiResponse(
      responseCode = "200",
      description = "A set with this clientId was stored in this workout before: that set")
  @ApiResponse(responseCode = "409", description = "The clientId belongs to another workout's set")
  @PostMapping("/api/v1/workouts/{id}/sets")
  ResponseEntity<SetView> addSet(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestBody NewSetRequest request) {
    long account = user.accountId();
    Account owner = account(user);
    log.findWorkout(account, id).orElseThrow(() -> ApiProblems.notFound(NO_SUCH_WORKOUT));
    LogInput input = new LogInput();
    SetRequest s = request.set();
    String clientId = input.clientId("clientId", s.clientId());
    NewSet set =
        input.set(
            "",
            s.exercise(),
            s.weightKg(),
            s.weight(),
            s.unit(),
            s.reps(),
            s.rpe(),
            s.setType(),
            s.note(),
            owner.weightUnit());
    input.check();
    Optional<ResponseEntity<SetView>> repeat = repeatedSet(account, id, clientId);
    if (repeat.isPresent()) {
      return repeat.get();
    }
    long setId;
    try {
      setId =
          log.addSet(account, id, set, clientId, request.plannedId())
              .orElseThrow(() -> ApiProblems.notFound(NO_SUCH_WORKOUT));
    } catch (DuplicateKeyException e) {
      return repeatedSet(account, id, clientId).orElseThrow(() -> setIdConflict("clientId"));
    }
    StoredSet stored = storedSet(account, id, setId);
    return ResponseEntity.created(URI.create("/api/v1/workouts/" + id)).body(SetView.of(stored));
  }

  private Optional<ResponseEntity<SetView>> repeatedSet(
      long account, long workoutId, String clientId) {
    if (clientId == null) {
      return Optional.empty();
    }
    Optional<TrainingLog.SetRef> used = log.setByClientId(account, clientId);
    if (used.isEmpty()) {
      return Optional.empty();
    }
    if (used.get().workoutId() != workoutId) {
      throw setIdConflict("clientId");
    }
    return Optional.of(
        ResponseEntity.ok(SetView.of(storedSet(account, workoutId, used.get().setId()))));
  }

  private StoredSet storedSet(long account, long workoutId, long setId) {
    return log.findWorkout(account, workoutId).orElseThrow().sets().stream()
        .filter(s -> s.id() == setId)
        .findFirst()
        .orElseThrow();
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
    log.findWorkout(user.accountId(), id).orElseThrow(() -> ApiProblems.notFound(NO_SUCH_WORKOUT));
    checkSetClientIds(user.accountId(), valid.setClientIds(), id);
    try {
      return log.replaceWorkout(
              user.accountId(), id, valid.date(), valid.name(), valid.sets(), valid.setClientIds())
          .map(w -> ResponseEntity.ok(WorkoutView.of(w)))
          .orElseThrow(() -> ApiProblems.notFound(NO_SUCH_WORKOUT));
    } catch (DuplicateKeyException e) {
      throw setIdConflict("sets");
    }
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

  private record Valid(
      LocalDate date, String name, List<NewSet> sets, String clientId, List<String> setClientIds) {}

  private Valid validate(WorkoutRequest request, Account account) {
    LogInput input = new LogInput();
    LocalDate date = input.date("date", request.date(), calendar.today(account));
    String name = input.name("name", request.name());
    String clientId = input.clientId("clientId", request.clientId());
    List<SetRequest> requested = request.sets() == null ? List.of() : request.sets();
    input.setCount("sets", requested.size());
    input.check();
    List<NewSet> sets = new ArrayList<>(requested.size());
    List<String> setClientIds = new ArrayList<>(requested.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requested.size(); i++) {
      SetRequest s = requested.get(i);
      String prefix = "sets[" + i + "].";
      if (s == null) {
        input.problem("sets[" + i + "]", "A set is missing.");
        continue;
      }
      String setClientId = input.clientId(prefix + "clientId", s.clientId());
      if (setClientId != null && !seen.add(setClientId)) {
        input.problem(prefix + "clientId", "Two sets have the same clientId.");
      }
      setClientIds.add(setClientId);
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
    return new Valid(date, name, sets, clientId, setClientIds);
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
