package dev.backload.app.imports;

import dev.backload.app.account.AccountUser;
import dev.backload.app.web.ApiProblems;
import dev.backload.core.importing.ImportException;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports over the API: one request uploads an export and imports it ({@code POST
 * /api/v1/imports}); the account's imports can be listed and read back.
 */
@RestController
class ImportApiController {
  static final URI UNREADABLE_FILE = URI.create("https://backload.dev/problems/unreadable-file");
  static final URI IMPORT_CONFLICT = URI.create("https://backload.dev/problems/import-conflict");

  private final ImportService service;

  ImportApiController(ImportService service) {
    this.service = service;
  }

  /**
   * Imports an export: 201 with the summary; 200 with the earlier import when the same file was
   * imported before and adds nothing now; 422 naming the line when the file cannot be imported.
   */
  @ApiResponse(responseCode = "201", description = "Imported; the summary")
  @ApiResponse(
      responseCode = "200",
      description = "The same file was imported before and adds nothing; the earlier import")
  @ApiResponse(
      responseCode = "409",
      description = "Another import of the same workouts was stored at the same moment")
  @ApiResponse(responseCode = "413", description = "The upload is larger than 50 MB")
  @ApiResponse(
      responseCode = "422",
      description = "The file cannot be imported; `line` names the line when known")
  @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportView> create(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "format", required = false) String format,
      @RequestParam(name = "skipBadRows", required = false) String skipBadRows)
      throws IOException, ImportException {
    ImportOptions options = ImportChoices.options(unit, format, skipBadRows);
    if (file == null) {
      throw new ImportChoices.InvalidChoice("file", "file is required: the export as a file part");
    }
    UploadScan scan;
    try (InputStream in = file.getInputStream()) {
      scan = UploadScan.scan(in);
    }
    if (!scan.isText()) {
      throw new ImportException(scan.problemLine(), null, scan.problem());
    }
    ImportResult result = ImportService.read(file, options);
    ImportService.Outcome outcome =
        service.store(user.accountId(), result, scan, file.getOriginalFilename());
    ImportView view = ImportView.of(outcome.record(), outcome.skippedRows());
    URI location = URI.create("/api/v1/imports/" + view.id());
    return outcome.created()
        ? ResponseEntity.created(location).body(view)
        : ResponseEntity.ok().location(location).body(view);
  }

  /** The account's imports, newest first. */
  @GetMapping("/api/v1/imports")
  List<ImportView> list(@AuthenticationPrincipal AccountUser user) {
    return service.list(user.accountId()).stream().map(ImportView::listed).toList();
  }

  /** One of the account's imports; 404 for an unknown id or another person's. */
  @GetMapping("/api/v1/imports/{id}")
  ResponseEntity<ImportView> one(@AuthenticationPrincipal AccountUser user, @PathVariable long id) {
    return service
        .find(user.accountId(), id)
        .map(r -> ImportView.of(r, service.skippedRows(user.accountId(), id)))
        .map(ResponseEntity::ok)
        .orElseThrow(() -> ApiProblems.notFound("No such import."));
  }

  @ExceptionHandler(ImportException.class)
  ProblemDetail unreadable(ImportException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setType(UNREADABLE_FILE);
    problem.setTitle("The file cannot be imported");
    problem.setProperty("line", e.line());
    problem.setProperty("column", e.column());
    return problem;
  }

  @ExceptionHandler(ImportService.ImportRejected.class)
  ProblemDetail rejected(ImportService.ImportRejected e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setType(UNREADABLE_FILE);
    problem.setTitle("The file cannot be imported");
    return problem;
  }

  @ExceptionHandler(ImportChoices.InvalidChoice.class)
  ProblemDetail invalid(ImportChoices.InvalidChoice e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }

  /** Two imports of the same workouts at the same moment: the later one changed nothing. */
  @ExceptionHandler(DuplicateKeyException.class)
  ProblemDetail conflict(DuplicateKeyException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Another import of the same workouts was stored at the same moment; nothing of this"
                + " one was stored. Send it again to add what is still missing.");
    problem.setType(IMPORT_CONFLICT);
    problem.setTitle("Import conflict");
    return problem;
  }
}
