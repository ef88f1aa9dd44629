package dev.backload.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Deleting one's account on the page {@code /account/delete}, which asks for the password, then
 * logs out and says goodbye ({@code DELETE /api/v1/account} is in {@link AccountApiController}).
 * The password is checked with {@link Reauthentication}. Tokens stop working at once (they are
 * deleted with the account); other sessions of the account end at their next request.
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
