package dev.backload.app.account;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Deleting one's account: {@code DELETE /api/v1/account}, and the page {@code /account/delete},
 * which asks for the password, then logs out and says goodbye. Tokens stop working at once (they
 * are deleted with the account); other sessions of the account end at their next request.
 */
@Controller
class AccountDeletionController {
  private final AccountDeletion deletion;
  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final LoginThrottle throttle;
  private final SecurityEvents events;

  AccountDeletionController(
      AccountDeletion deletion,
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      LoginThrottle throttle,
      SecurityEvents events) {
    this.deletion = deletion;
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.throttle = throttle;
    this.events = events;
  }

  @ApiResponse(responseCode = "204", description = "Deleted, with everything of the account")
  @DeleteMapping("/api/v1/account")
  @ResponseBody
  ResponseEntity<Void> deleteByApi(@AuthenticationPrincipal AccountUser user) {
    return deletion.delete(user.accountId())
        ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
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
    String email = user.getUsername();
    String address = request.getRemoteAddr();
    if (throttle.blockedFor(email, address).isPresent()) {
      model.addAttribute(
          "error", "Too many wrong passwords. Please wait a few minutes and try again.");
      events.throttled(null);
      response.setStatus(429);
      return "account-delete";
    }
    Account account = accounts.findById(user.accountId()).orElseThrow();
    if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
      throttle.recordFailure(email, address);
      events.accountDeleted(user.accountId(), false);
      model.addAttribute("error", "That password is not right, so nothing was deleted.");
      response.setStatus(400);
      return "account-delete";
    }
    deletion.delete(user.accountId());
    new SecurityContextLogoutHandler().logout(request, response, authentication);
    model.addAttribute("signedInAs", null);
    return "account-deleted";
  }
}
