package dev.backload.app.monitoring;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.app.web.ApiProblems;
import dev.backload.app.web.JsonValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/monitoring}: pain monitoring after deadlift-family sessions. Another person's
 * workout is answered 404, exactly like one that does not exist.
 */
@RestController
class MonitoringApiController {
  private static final Set<String> FIELDS =
      Set.of("workoutId", "baseline", "during", "nextMorning");
  private final MorningChecks checks;
  private final AccountCalendar calendar;
  private final NextMorningReminders reminders;

  MonitoringApiController(
      MorningChecks checks, AccountCalendar calendar, NextMorningReminders reminders) {
    this.checks = checks;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  @Operation(
      summary = "Answer the pain monitoring of a deadlift-family workout",
      description =
          "Body: {\"workoutId\", \"baseline\", \"during\", \"nextMorning\"}, any subset of the"
              + " three answers (each a whole number 0..10); answers left out stay as stored."
              + " Returns the session with all its answers and its zone (the core's"
              + " PainMonitoring): green, amber, red, or pending while an answer that could still"
              + " change it is missing.")
  @ApiResponse(responseCode = "200", description = "The session with its answers and zone")
  @ApiResponse(responseCode = "404", description = "No such workout in the account")
  @ApiResponse(responseCode = "422", description = "The workout has no deadlift-family set")
  @PostMapping(
      path = "/api/v1/monitoring",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  MorningChecks.SessionView answer(
      @AuthenticationPrincipal AccountUser user, @RequestBody Map<String, Object> body) {
    JsonValues.object(null, body, FIELDS);
    Long workoutId = JsonValues.wholeAtLeast("workoutId", body.get("workoutId"), 1);
    if (workoutId == null) {
      throw new MorningChecks.InvalidAnswer("workoutId", "is required");
    }
    var given =
        new MorningChecks.Given(
            pain("baseline", body.get("baseline")),
            pain("during", body.get("during")),
            pain("nextMorning", body.get("nextMorning")));
    return checks.answer(user.accountId(), workoutId, given, calendar.today(user.accountId()));
  }

  @Operation(summary = "The next-morning questions still open, newest first")
  @GetMapping(path = "/api/v1/monitoring/pending", produces = MediaType.APPLICATION_JSON_VALUE)
  List<MorningChecks.PendingCheck> pending(@AuthenticationPrincipal AccountUser user) {
    return checks.pending(user.accountId(), calendar.today(user.accountId()));
  }

  @Operation(
      operationId = "nextMorningReminder",
      summary = "The next-morning question of a deadlift-family workout as a calendar file",
      description =
          "An iCalendar file (RFC 5545) with one event at the time the next-morning question is"
              + " due (8:00 on the day after the workout, in the account's time zone, written in"
              + " UTC) and an alarm at its start; the event's UID stays the same for the workout.")
  @ApiResponse(
      responseCode = "200",
      description = "The calendar file, as an attachment",
      content =
          @Content(
              mediaType = "text/calendar",
              schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(
      responseCode = "404",
      description = "No such workout in the account, or it has no deadlift-family set")
  @GetMapping("/api/v1/monitoring/{workoutId}/reminder.ics")
  ResponseEntity<String> reminder(
      @PathVariable long workoutId, @AuthenticationPrincipal AccountUser user) {
    return reminders
        .download(user.accountId(), workoutId, MonitoringPages.pageLink(workoutId))
        .orElseThrow(
            () -> ApiProblems.notFound("No deadlift session with this id in your account."));
  }

  private static Integer pain(String field, Object value) {
    return JsonValues.whole(field, value, 0, 10);
  }

  @ExceptionHandler(JsonValues.InvalidField.class)
  ProblemDetail invalid(JsonValues.InvalidField e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }

  @ExceptionHandler(MorningChecks.InvalidAnswer.class)
  ProblemDetail invalidAnswer(MorningChecks.InvalidAnswer e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }

  @ExceptionHandler(MorningChecks.UnknownWorkout.class)
  ProblemDetail unknown(MorningChecks.UnknownWorkout e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such workout.");
  }

  @ExceptionHandler(MorningChecks.NotAHingeWorkout.class)
  ProblemDetail notHinge(MorningChecks.NotAHingeWorkout e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setTitle("Not a deadlift-family workout");
    problem.setProperty("field", "workoutId");
    return problem;
  }
}
