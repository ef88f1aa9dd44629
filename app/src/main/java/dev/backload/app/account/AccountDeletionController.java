package dev.backload.app.account;

import dev.backload.app.web.ApiProblems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Deleting one's account: {@code DELETE /api/v1/account} by a signed-in session with the password
 * in the body ({@code {"password": "..."}}; a personal access token is refused before this, see
 * {@code AccessTokenFilter}), and the page {@code /account/delete}, which asks for the password,
 * then logs out and says goodbye. Both check the password with {@link Reauthentication}. Tokens
 * stop working at once (they are deleted with the account); other sessions of the account end at
 * their next request.
 */
@Controller
class AccountDeletionController {
  private final AccountDeletion deletion;
  private final Reauthentication reauthentication;
  private final SecurityEvents events;

  AccountDeletionController(
      AccountDeletion deletion, Reauthentication reauthentication, SecurityEvents events) {
    this.deletion = deletion;
    this.reauthentication = reauthentication;
    this.events = events;
  }

  /** The body of the API's account-level actions by a session: the current password. */
  record PasswordConfirmation(String password) {}

  @ApiResponse(
      responseCode = "204",
      description = "Deleted, with everything of the account",
      content = @Content)
  @ApiResponse(
      responseCode = "429",
      description = "Too many wrong passwords; the Retry-After header says when to try again")
  @DeleteMapping("/api/v1/account")
  @ResponseBody
  ResponseEntity<?> deleteByApi(
      @AuthenticationPrincipal AccountUser user,
      @RequestBody(required = false) PasswordConfirmation body,
      HttpServletRequest request) {
    var refused =
        refusal(
            reauthentication.check(
                user, body == null ? null : body.password(), request.getRemoteAddr()),
            "The password is not right, so nothing was deleted.");
    if (refused != null) {
      events.accountDeleted(user.accountId(), false);
      return refused;
    }
    deletion.delete(user.accountId());
    return ResponseEntity.noContent().build();
  }

  /**
   * The problem answer for a password check that did not confirm, or null when it did: 400 naming
   * {@code password} when it is missing or wrong, 429 with {@code Retry-After} when throttled.
   */
  static ResponseEntity<ProblemDetail> refusal(Reauthentication.Outcome outcome, String wrong) {
    return switch (outcome.verdict()) {
      case CONFIRMED -> null;
      case WRONG -> ResponseEntity.badRequest().body(ApiProblems.fieldProblem("password", wrong));
      case THROTTLED ->
          ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
              .header("Retry-After", Long.toString(Math.max(1, outcome.retryAfter().toSeconds())))
              .body(
                  ProblemDetail.forStatusAndDetail(
                      HttpStatus.TOO_MANY_REQUESTS,
                      "Too many wrong passwords; try again in a few minutes."));
    };
  }

  @GetMapping("/account/delete")
  String confirm() {
    return "account-delete";
  }

  @PostMapping("/account/delete")
  String delete(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(required = false) String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication authentication,
      Model model) {
    switch (reauthentication.check(user, password, request.getRemoteAddr()).verdict()) {
      case THROTTLED -> {
        model.addAttribute(
            "error", "Too many wrong passwords. Please wait a few minutes and try again.");
        response.setStatus(429);
        return "account-delete";
      }
      case WRONG -> {
        events.accountDeleted(user.accountId(), false);
        model.addAttribute("error", "That password is not right, so nothing was deleted.");
        response.setStatus(400);
        return "account-delete";
      }
      case CONFIRMED -> {}
    }
    deletion.delete(user.accountId());
    new SecurityContextLogoutHandler().logout(request, response, authentication);
    model.addAttribute("signedInAs", null);
    return "account-deleted";
  }
}
