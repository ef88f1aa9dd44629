package dev.backload.app.planning;

import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountService;
import dev.backload.app.account.AccountUser;
import dev.backload.app.web.ApiProblems;
import dev.backload.app.web.JsonValues;
import dev.backload.core.importing.WeightUnit;
import dev.backload.core.planning.PlannerThresholds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/plan}: the signed-in person's plan, starting its session, and its settings. */
@RestController
class PlanApiController {
  private final PlanService plans;
  private final AccountService accountService;
  private final AccountRepository accounts;

  PlanApiController(PlanService plans, AccountService accountService, AccountRepository accounts) {
    this.plans = plans;
    this.accountService = accountService;
    this.accounts = accounts;
  }

  /**
   * The plan's settings.
   *
   * @param loadIncrementKg the smallest loadable step, kilograms
   * @param loadIncrement the same in {@code unit}
   * @param unit the account's unit
   */
  record Settings(double loadIncrementKg, BigDecimal loadIncrement, String unit) {}

  /**
   * A workout started from the plan.
   *
   * @param workoutId the workout in the log
   * @param page the page to log it on
   */
  record Started(long workoutId, String page) {}

  @Operation(
      summary = "My plan for today",
      description =
          "The mode (STOP, STAGED_RETURN, ADJUSTED, AS_PLANNED), the stage and what moves it on,"
              + " the next deadlift session (prescription: exercise, variation, loadKg and load in"
              + " the account's unit rounded to the loadable increment, sets, reps, tempo, range,"
              + " rpeCap, accessories, monitoring, adjustments, reasons; null in stop mode), the"
              + " zone of every monitored session, what may be driving the current pain episode"
              + " (attribution: factor and evidence; never a certain cause), recommendations, and"
              + " the latest triage result of the episode.")
  @GetMapping(path = "/api/v1/plan", produces = MediaType.APPLICATION_JSON_VALUE)
  PlanView plan(@AuthenticationPrincipal AccountUser user) {
    return plans.plan(user.accountId());
  }

  @Operation(
      summary = "Start today's planned session as a workout",
      description =
          "Creates today's workout with the prescribed working sets as planned sets, not done"
              + " until each is sent to POST /api/v1/workouts/{id}/sets (RPE left empty), and remembers"
              + " the prescription for the pain answers; 201 with Location. When a workout was"
              + " already started from the plan today, 200 with that one. 409 when the plan has no"
              + " session (stop mode).")
  @ApiResponse(responseCode = "201", description = "Started")
  @ApiResponse(responseCode = "200", description = "Already started from the plan today")
  @ApiResponse(responseCode = "409", description = "The plan has no session (stop mode)")
  @PostMapping(path = "/api/v1/plan/workout", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Started> start(@AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    long before = plans.startedToday(account).orElse(-1L);
    long id = plans.startWorkout(account);
    Started body = new Started(id, "/workouts/" + id);
    if (id == before) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/v1/workouts/" + id)).body(body);
  }

  @Operation(summary = "The plan's settings: the loadable increment")
  @GetMapping(path = "/api/v1/plan/settings", produces = MediaType.APPLICATION_JSON_VALUE)
  Settings settings(@AuthenticationPrincipal AccountUser user) {
    return settings(user.accountId());
  }

  @Operation(
      summary = "Change the loadable increment",
      description =
          "Body {\"loadIncrementKg\": 2.5}: the smallest step the bar can be loaded by, in"
              + " kilograms, 0.1 to 25. The plan rounds its loads to it.")
  @PutMapping(
      path = "/api/v1/plan/settings",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  Settings updateSettings(
      @AuthenticationPrincipal AccountUser user, @RequestBody Map<String, Object> body) {
    Map<String, Object> m = JsonValues.object("", body, Set.of("loadIncrementKg"));
    Double kg =
        JsonValues.number(
            "loadIncrementKg",
            m.get("loadIncrementKg"),
            PlannerThresholds.MIN_INCREMENT_KG,
            PlannerThresholds.MAX_INCREMENT_KG);
    if (kg == null) {
      throw new JsonValues.InvalidField("loadIncrementKg", "is required");
    }
    accountService.updateLoadIncrement(user.accountId(), kg, WeightUnit.KG);
    return settings(user.accountId());
  }

  private Settings settings(long accountId) {
    double kg = accounts.loadIncrementKg(accountId);
    WeightUnit unit = accounts.findById(accountId).orElseThrow().weightUnit();
    return new Settings(kg, PlanView.load(kg, unit), unit.symbol());
  }

  @ExceptionHandler(JsonValues.InvalidField.class)
  ProblemDetail invalid(JsonValues.InvalidField e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }

  @ExceptionHandler(PlanService.NoSession.class)
  ProblemDetail noSession(PlanService.NoSession e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("No session to start");
    return problem;
  }
}
