package dev.backload.app.export;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.app.log.TrainingLog;
import dev.backload.core.importing.BackloadCsv;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Your data": the full JSON export, the sets as Backload CSV (which Backload imports back as the
 * same sets), and the page that links them. Both downloads are attachments with a name we choose.
 */
@Controller
class ExportController {
  private final ExportService exports;
  private final TrainingLog log;
  private final AccountCalendar calendar;

  ExportController(ExportService exports, TrainingLog log, AccountCalendar calendar) {
    this.exports = exports;
    this.log = log;
    this.calendar = calendar;
  }

  @GetMapping("/account/data")
  String page() {
    return "account-data";
  }

  /** Everything of the account as JSON. */
  @GetMapping(value = "/api/v1/export", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> json(@AuthenticationPrincipal AccountUser user) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(user, "backload-export", "json"))
        .body(exports.export(user.accountId()));
  }

  /** Every set as Backload CSV, workouts in date order. */
  @ApiResponse(
      responseCode = "200",
      description = "Backload CSV",
      content =
          @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
  @GetMapping("/api/v1/export.csv")
  @ResponseBody
  void csv(@AuthenticationPrincipal AccountUser user, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(user, "backload-sets", "csv"));
    try (BackloadCsv csv = new BackloadCsv(response.getWriter())) {
      log.forEachSet(user.accountId(), csv::write);
    }
  }

  private String attachment(AccountUser user, String name, String extension) {
    return ContentDisposition.attachment()
        .filename(name + "-" + calendar.today(user.accountId()) + "." + extension)
        .build()
        .toString();
  }
}
