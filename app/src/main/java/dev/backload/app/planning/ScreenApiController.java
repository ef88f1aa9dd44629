package dev.backload.app.planning;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.app.web.ApiProblems;
import dev.backload.app.web.JsonValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/screen}: the signed-in person's short screen, latest first. */
@RestController
class ScreenApiController {
  private final ScreenStore screens;
  private final AccountCalendar calendar;

  ScreenApiController(ScreenStore screens, AccountCalendar calendar) {
    this.screens = screens;
    this.calendar = calendar;
  }

  @Operation(
      summary = "My latest screen",
      description = "The latest screen the planner uses; 404 when none has been recorded.")
  @ApiResponse(responseCode = "200", description = "The latest screen")
  @ApiResponse(responseCode = "404", description = "No screen has been recorded yet")
  @GetMapping(path = "/api/v1/screen", produces = MediaType.APPLICATION_JSON_VALUE)
  DatedScreen latest(@AuthenticationPrincipal AccountUser user) {
    return screens
        .latest(user.accountId(), calendar.today(user.accountId()))
        .orElseThrow(
            () ->
                new ErrorResponseException(
                    HttpStatus.NOT_FOUND,
                    ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No screen has been recorded yet."),
                    null));
  }

  @Operation(
      summary = "Record a screen",
      description =
          "Body {\"date\", \"kneeToWallLeftCm\", \"kneeToWallRightCm\", \"hingesToMidShinFlatBack\","
              + " \"sidePlankLeftS\", \"sidePlankRightS\", \"backExtensorHoldS\"}: every member"
              + " optional (date defaults to today, not in the future), at least one result;"
              + " distances 0-30 cm, holds 0-1800 s, kept to a tenth. Replaces the screen of that"
              + " date and returns it.")
  @PutMapping(
      path = "/api/v1/screen",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  DatedScreen save(@AuthenticationPrincipal AccountUser user, @RequestBody Object body) {
    DatedScreen screen = ScreenInput.parse(body, calendar.today(user.accountId()));
    screens.save(user.accountId(), screen);
    return screen;
  }

  @ExceptionHandler(JsonValues.InvalidField.class)
  ProblemDetail invalid(JsonValues.InvalidField e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }
}
