package dev.backload.app.imports;

import dev.backload.app.account.AccountUser;
import dev.backload.core.importing.ImportException;
import dev.backload.core.importing.ImportOptions;
import dev.backload.core.importing.ImportResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The import page: upload an export, see what it holds and what importing it would add, then
 * confirm. Every step is a plain form (post, redirect, get), so it works without JavaScript; a
 * small script only shows the upload's progress.
 *
 * <p>Between preview and confirmation the file waits in {@link UploadStore} (a temporary file with
 * a random name, owned by the account, deleted on confirmation, cancellation or after {@link
 * UploadStore#EXPIRY}). The preview is a {@code GET} that only reads it; choosing another unit or
 * leaving out bad rows previews again without a new upload.
 */
@Controller
class ImportPageController {
  static final String XHR = "XMLHttpRequest";
  static final String FULL_TEXT =
      "The server has no room for more uploads waiting for confirmation right now. Please try"
          + " again in a few minutes.";

  private final ImportService service;
  private final UploadStore uploads;

  ImportPageController(ImportService service, UploadStore uploads) {
    this.service = service;
    this.uploads = uploads;
  }

  @GetMapping("/import")
  String form(@AuthenticationPrincipal AccountUser user, HttpServletRequest request, Model model) {
    if (request.getParameter("tooLarge") != null) {
      model.addAttribute(
          "error",
          "That file is larger than "
              + UploadLimitAdvice.LIMIT_TEXT
              + ", the most an import can take.");
    } else if (request.getParameter("expired") != null) {
      model.addAttribute(
          "error",
          "That upload is no longer here (uploads wait "
              + UploadStore.EXPIRY.toMinutes()
              + " minutes for confirmation). Please choose the file again.");
    } else if (request.getParameter("full") != null) {
      model.addAttribute("error", FULL_TEXT);
    } else if (request.getParameter("noFile") != null) {
      model.addAttribute("error", "Please choose a file to import.");
    }
    model.addAttribute("imports", service.list(user.accountId()));
    model.addAttribute("maxBytes", 50L * 1024 * 1024);
    return "import";
  }

  /**
   * Receives the upload and sends the browser on to its preview. A script's request ({@code
   * X-Requested-With: XMLHttpRequest}) gets the preview's address as text instead of a redirect, so
   * that the file is read once.
   */
  @PostMapping("/import")
  ResponseEntity<String> upload(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "skipBadRows", required = false) String skipBadRows,
      HttpServletRequest request)
      throws IOException {
    String next;
    boolean noFileChosen =
        file == null
            || (file.isEmpty()
                && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()));
    if (noFileChosen) {
      next = "/import?noFile";
    } else {
      UploadStore.Upload upload;
      try (InputStream in = file.getInputStream()) {
        upload =
            uploads.store(
                user.accountId(),
                ImportService.displayName(file.getOriginalFilename()),
                in,
                file.getSize());
      } catch (UploadStore.Full e) {
        // 507: the server has no room now; waiting uploads expire within Retry-After.
        String retryAfter = Long.toString(e.retryAfterSeconds());
        if (XHR.equals(request.getHeader("X-Requested-With"))) {
          return ResponseEntity.status(HttpStatus.INSUFFICIENT_STORAGE)
              .header("Retry-After", retryAfter)
              .contentType(MediaType.TEXT_PLAIN)
              .body(FULL_TEXT);
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
            .header("Retry-After", retryAfter)
            .location(URI.create(request.getContextPath() + "/import?full"))
            .build();
      }
      next = previewUrl(upload.token(), unit, skipBadRows);
    }
    String location = request.getContextPath() + next;
    if (XHR.equals(request.getHeader("X-Requested-With"))) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(location);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
  }

  /** The preview's address; choices that are not valid are left out (the defaults apply). */
  static String previewUrl(String token, String unit, String skipBadRows) {
    UriComponentsBuilder b =
        UriComponentsBuilder.fromPath("/import/preview").queryParam("upload", token);
    try {
      var chosen = ImportChoices.unit(unit);
      if (chosen != null) {
        b.queryParam("unit", ImportPlan.unitName(chosen));
      }
    } catch (ImportChoices.InvalidChoice ignored) {
      // guess
    }
    try {
      if (ImportChoices.skipBadRows(skipBadRows)) {
        b.queryParam("skipBadRows", "true");
      }
    } catch (ImportChoices.InvalidChoice ignored) {
      // do not skip
    }
    return b.encode().build().toUriString();
  }

  /** Shows what the upload holds and what importing it would add; stores nothing. */
  @GetMapping("/import/preview")
  String preview(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "upload", required = false) String token,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "skipBadRows", required = false) String skipBadRows,
      Model model,
      HttpServletResponse response)
      throws IOException {
    Optional<UploadStore.Upload> found = uploads.find(user.accountId(), token);
    if (found.isEmpty()) {
      return "redirect:/import?expired";
    }
    UploadStore.Upload upload = found.get();
    ImportOptions options;
    try {
      options = ImportChoices.options(unit, null, skipBadRows);
    } catch (ImportChoices.InvalidChoice e) {
      options = ImportOptions.defaults();
    }
    model.addAttribute("upload", upload);
    model.addAttribute(
        "unitChoice", options.unit() == null ? "" : ImportPlan.unitName(options.unit()));
    model.addAttribute("skipBadRows", options.skipBadRows());
    model.addAttribute("expiryMinutes", UploadStore.EXPIRY.toMinutes());
    if (!upload.scan().isText()) {
      model.addAttribute("problem", upload.scan().problem());
      model.addAttribute("problemLine", upload.scan().problemLine());
      response.setStatus(422);
      return "import-preview";
    }
    try {
      ImportResult result = ImportService.read(upload, options);
      ImportPlan plan = service.plan(user.accountId(), result);
      model.addAttribute("preview", ImportPreview.of(plan));
      service
          .findByFile(user.accountId(), upload.scan().sha256())
          .ifPresent(earlier -> model.addAttribute("earlier", earlier));
    } catch (ImportException e) {
      model.addAttribute("problem", e.getMessage());
      model.addAttribute("problemLine", e.line());
      model.addAttribute("canSkip", !options.skipBadRows() && e.line() > 1);
      response.setStatus(422);
    } catch (ImportService.ImportRejected e) {
      model.addAttribute("problem", e.getMessage());
      response.setStatus(422);
    }
    return "import-preview";
  }

  /** Imports the previewed upload with the same choices, then forgets the file. */
  @PostMapping("/import/confirm")
  String confirm(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "upload", required = false) String token,
      @RequestParam(name = "unit", required = false) String unit,
      @RequestParam(name = "skipBadRows", required = false) String skipBadRows,
      RedirectAttributes redirect)
      throws IOException {
    Optional<UploadStore.Upload> found = uploads.find(user.accountId(), token);
    if (found.isEmpty() || !found.get().scan().isText()) {
      return "redirect:/import?expired";
    }
    UploadStore.Upload upload = found.get();
    ImportService.Outcome outcome;
    try {
      ImportResult result =
          ImportService.read(upload, ImportChoices.options(unit, null, skipBadRows));
      outcome = service.store(user.accountId(), result, upload.scan(), upload.clientName());
    } catch (ImportException | ImportService.ImportRejected | ImportChoices.InvalidChoice e) {
      // The preview showed the problem and offered no confirmation; show it again.
      return "redirect:" + previewUrl(token, unit, skipBadRows);
    } catch (DuplicateKeyException e) {
      redirect.addFlashAttribute(
          "error",
          "Another import of the same workouts was stored at the same moment, so nothing of this"
              + " one was. Preview the file again to see what is still missing.");
      return "redirect:" + previewUrl(token, unit, skipBadRows);
    }
    uploads.discard(token);
    redirect.addFlashAttribute("done", outcome.record());
    redirect.addFlashAttribute("doneCreated", outcome.created());
    return "redirect:/import";
  }

  /** Forgets an upload without importing it. */
  @PostMapping("/import/cancel")
  String cancel(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "upload", required = false) String token) {
    uploads.find(user.accountId(), token).ifPresent(u -> uploads.discard(u.token()));
    return "redirect:/import";
  }
}
