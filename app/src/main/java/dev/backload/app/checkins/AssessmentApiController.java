package dev.backload.app.checkins;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.app.web.ApiProblems;
import dev.backload.app.web.JsonValues;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/assessments}: assessments after a red flag, the only way to end a hold. */
@RestController
class AssessmentApiController {
  private final RedFlags redFlags;
  private final AccountCalendar calendar;

  AssessmentApiController(RedFlags redFlags, AccountCalendar calendar) {
    this.redFlags = redFlags;
    this.calendar = calendar;
  }

  @Operation(
      summary = "Record an assessment",
      description =
          "Body {\"date\", \"assessedBy\", \"outcome\", \"limits\"}: date (ISO, default today in"
              + " the account's time zone, not in the future), assessedBy (who assessed, 1-200"
              + " characters), outcome (CLEARED_TO_TRAIN, CLEARED_WITH_LIMITS or NOT_CLEARED),"
              + " limits (required with CLEARED_WITH_LIMITS, up to 2000 characters, refused"
              + " otherwise). A clearing outcome ends a red-flag hold; the assessment covers the"
              + " URGENT findings (rule ids, returned as covers) of every check-in before it, so"
              + " those alone start no new hold. EMERGENCY results are never covered. 201 with"
              + " the stored assessment.")
  @ApiResponse(responseCode = "201", description = "The assessment as stored")
  @PostMapping(
      path = "/api/v1/assessments",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<RedFlags.AssessmentView> create(
      @AuthenticationPrincipal AccountUser user, @RequestBody Object body) {
    AssessmentInput input = AssessmentInput.parse(body, calendar.today(user.accountId()));
    RedFlags.AssessmentView stored = redFlags.record(user.accountId(), input);
    return ResponseEntity.created(URI.create("/api/v1/assessments/" + stored.id())).body(stored);
  }

  @Operation(summary = "List my assessments, newest first")
  @GetMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
  List<RedFlags.AssessmentView> list(@AuthenticationPrincipal AccountUser user) {
    return redFlags.list(user.accountId());
  }

  @Operation(summary = "One of my assessments")
  @GetMapping(path = "/api/v1/assessments/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  RedFlags.AssessmentView one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    return redFlags.list(user.accountId()).stream()
        .filter(a -> a.id() == id)
        .findFirst()
        .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
  }

  @ExceptionHandler(JsonValues.InvalidField.class)
  ProblemDetail invalid(JsonValues.InvalidField e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }
}
