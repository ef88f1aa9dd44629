package dev.backload.app.triage;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.account.EmergencyNumbers;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the emergency number of the signed-in person's country ({@code
 * emergencyNumber}), so that an EMERGENCY result shows the right number wherever it appears: the
 * stored check-in, the dashboard, any page that includes the result fragments. Signed out it is
 * 112. The JSON API has no use for it and is left alone.
 */
@ControllerAdvice
class EmergencyNumberAdvice {
  private final AccountRepository accounts;

  EmergencyNumberAdvice(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @ModelAttribute("emergencyNumber")
  EmergencyNumbers.Number emergencyNumber(
      @AuthenticationPrincipal AccountUser user, HttpServletRequest request) {
    if (user == null || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return EmergencyNumbers.DEFAULT;
    }
    return accounts
        .findById(user.accountId())
        .map(Account::country)
        .map(EmergencyNumbers::forCountry)
        .orElse(EmergencyNumbers.DEFAULT);
  }
}
