package dev.backload.app.triage;

import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.TriageEngine;
import dev.backload.core.triage.TriageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/triage}: an anonymous check-in. Nothing about the person is stored; the
 * result is computed and returned.
 */
@RestController
class TriageApiController {

  @Operation(
      summary = "Triage one check-in without an account",
      description =
          "Takes the check-in of triage rulebook v1 (only painNow is required; unknown fields are"
              + " rejected) and returns the disposition, every matched rule with its reason and"
              + " source, what to do now and the safety net. Nothing is stored.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The triage result"),
        @ApiResponse(
            responseCode = "400",
            description = "Invalid check-in; the problem names the field",
            content = @Content(mediaType = "application/problem+json"))
      })
  @SecurityRequirements
  @PostMapping(
      path = "/api/v1/triage",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  TriageResult triage(
      @io.swagger.v3.oas.annotations.parameters.RequestBody(
              content = @Content(schema = @Schema(implementation = CheckInDocument.class)))
          @RequestBody
          Map<String, Object> checkIn) {
    return TriageEngine.assess(CheckIn.fromFields(checkIn));
  }
}
