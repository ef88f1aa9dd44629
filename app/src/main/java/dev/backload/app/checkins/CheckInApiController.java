package dev.backload.app.checkins;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.backload.app.account.AccountUser;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.Finding;
import dev.backload.core.triage.InvalidCheckInException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/checkins}: the signed-in person's stored check-ins. Another person's check-in is
 * answered 404, exactly like one that does not exist.
 */
@RestController
class CheckInApiController {
  private final CheckInService service;

  CheckInApiController(CheckInService service) {
    this.service = service;
  }

  /**
   * A stored check-in as the API shows it.
   *
   * @param id the check-in
   * @param date the day it is about
   * @param episodeId its pain episode, or null
   * @param input the fields as given
   * @param effectiveInput every field the rulebook was applied to, derived ones included
   * @param derived the names of the fields worked out from history or the health profile
   * @param disposition the triage disposition
   * @param findings every matched rule
   * @param actions what to do
   * @param safetyNet when to get emergency help
   * @param rulebookVersion the rulebook version applied
   * @param plannerContext the optional planner context given with it; left out when none was
   */
  record CheckInJson(
      long id,
      LocalDate date,
      Long episodeId,
      Map<String, Object> input,
      Map<String, Object> effectiveInput,
      List<String> derived,
      Disposition disposition,
      List<Finding> findings,
      List<String> actions,
      String safetyNet,
      String rulebookVersion,
      @JsonInclude(JsonInclude.Include.NON_NULL) PlannerContext plannerContext) {

    static CheckInJson of(StoredCheckIn c) {
      return new CheckInJson(
          c.id(),
          c.date(),
          c.episodeId(),
          c.input(),
          c.effectiveInput(),
          c.derived(),
          c.result().disposition(),
          c.result().findings(),
          c.result().actions(),
          c.result().safetyNet(),
          c.result().rulebookVersion(),
          c.plannerContext().orNull());
    }
  }

  @Operation(
      summary = "Store a check-in",
      description =
          "Takes the check-in of triage rulebook v1 (the same fields and validation as"
              + " POST /api/v1/triage) plus an optional date (ISO, default today in the account's"
              + " time zone; not in the future and not before the latest check-in). Fields left"
              + " out that history knows (painPeak, daysSinceOnset, trend, painfulSessionsInARow,"
              + " context, and the health profile facts) are derived; what is given always wins."
              + " An optional top-level plannerContext object carries what the planner reads and"
              + " triage does not: sleepHours (0..24), stress (0..10), hingeTestPain (0..10),"
              + " painStart {setNumber, setsInSession, repNumber, repsInSet} (the rep pair"
              + " optional) and technique (BAR_DRIFTED_AWAY, BACK_ROUNDED). It is checked first,"
              + " then set aside, so the triage fields keep their strict validation.")
  @ApiResponse(responseCode = "201", description = "The check-in as stored, with its triage")
  @PostMapping(
      path = "/api/v1/checkins",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<CheckInJson> create(
      @AuthenticationPrincipal AccountUser user, @RequestBody Map<String, Object> body) {
    Map<String, Object> fields = new LinkedHashMap<>(body);
    PlannerContext context = PlannerContext.parse(fields.remove(PlannerContext.FIELD));
    LocalDate date = date(fields.remove("date"));
    StoredCheckIn stored = service.record(user.accountId(), date, fields, context);
    return ResponseEntity.created(URI.create("/api/v1/checkins/" + stored.id()))
        .body(CheckInJson.of(stored));
  }

  @Operation(summary = "List my check-ins, newest first")
  @GetMapping(path = "/api/v1/checkins", produces = MediaType.APPLICATION_JSON_VALUE)
  List<CheckInJson> list(@AuthenticationPrincipal AccountUser user) {
    return service.list(user.accountId()).stream().map(CheckInJson::of).toList();
  }

  @Operation(summary = "One of my check-ins")
  @GetMapping(path = "/api/v1/checkins/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  CheckInJson one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    return service
        .find(user.accountId(), id)
        .map(CheckInJson::of)
        .orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND));
  }

  private static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String text) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // fall through to the problem below
      }
    }
    throw new InvalidCheckInException("date", "must be a date written like 2026-11-21");
  }
}
