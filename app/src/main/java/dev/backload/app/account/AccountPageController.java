package dev.backload.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up and the account page: preferences, password, personal access tokens. */
@Controller
class AccountPageController {
  private static final List<String> ZONES =
      List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));
  private final AccountService service;
  private final AccountRepository accounts;
  private final AccessTokens tokens;
  private final SecurityEvents events;
  private final SignUpLimit signUps;
  private final Reauthentication reauthentication;
  private final Clock clock;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  AccountPageController(
      AccountService service,
      AccountRepository accounts,
      AccessTokens tokens,
      Reauthentication reauthentication,
      Clock clock,
      SecurityEvents events,
      SignUpLimit signUps) {
    this.service = service;
    this.accounts = accounts;
    this.tokens = tokens;
    this.reauthentication = reauthentication;
    this.clock = clock;
    this.events = events;
    this.signUps = signUps;
  }

  @GetMapping("/signup")
  String signUpForm() {
    return "account/signup";
  }

  /**
   * Creates the account and logs the person in. The session id changes at this point (no session
   * fixation), as it does at every login.
   */
  @PostMapping("/signup")
  String signUp(
      @RequestParam String email,
      @RequestParam String password,
      @RequestParam(required = false) String passwordAgain,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("email", email);
    var wait = signUps.blockedFor(request.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = SignUpLimit.seconds(wait.get());
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      model.addAttribute(
          "error",
          "Too many sign-ups from this network address. Please try again in about "
              + (seconds + 59) / 60
              + " minute(s).");
      return "account/signup";
    }
    if (passwordAgain != null && !passwordAgain.equals(password)) {
      model.addAttribute("error", "The two passwords are not the same.");
      return "account/signup";
    }
    Account account;
    try {
      account = service.signUp(email, password);
      signUps.record(request.getRemoteAddr());
    } catch (AccountService.EmailTaken e) {
      signUps.record(request.getRemoteAddr());
      model.addAttribute("error", e.getMessage());
      return "account/signup";
    } catch (AccountService.InvalidAccountInput e) {
      model.addAttribute("error", e.getMessage());
      return "account/signup";
    }
    AccountUser user = new AccountUser(account.id(), account.email(), account.passwordHash());
    user.eraseCredentials();
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return "redirect:/";
  }

  @GetMapping("/account")
  String account(@AuthenticationPrincipal AccountUser user, Model model) {
    Account account = accounts.findById(user.accountId()).orElseThrow();
    model.addAttribute("account", account);
    model.addAttribute(
        "loadIncrement", account.weightUnit().format(accounts.loadIncrementKg(account.id())));
    model.addAttribute("tokens", tokens.list(user.accountId()));
    model.addAttribute("now", OffsetDateTime.now(clock));
    model.addAttribute("tokenDaysDefault", AccountService.TOKEN_DAYS_DEFAULT);
    model.addAttribute("tokenDaysMax", AccountService.TOKEN_DAYS_MAX);
    model.addAttribute("zones", ZONES);
    model.addAttribute("countries", EmergencyNumbers.choices());
    return "account/account";
  }

  @PostMapping("/account/preferences")
  String preferences(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam String weightUnit,
      @RequestParam String timeZone,
      @RequestParam(required = false) String country,
      RedirectAttributes redirect) {
    return change(
        () -> service.updatePreferences(user.accountId(), weightUnit, timeZone, country),
        "Preferences saved.",
        redirect);
  }

  /** The loadable increment the plan rounds to, entered in the person's unit. */
  @PostMapping("/account/load-increment")
  String loadIncrement(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(required = false) Double loadIncrement,
      RedirectAttributes redirect) {
    Account account = accounts.findById(user.accountId()).orElseThrow();
    return change(
        () -> service.updateLoadIncrement(account.id(), loadIncrement, account.weightUnit()),
        "Loadable increment saved.",
        redirect);
  }

  /**
   * Changes the password. Every other session of the account and every token ends; this session
   * stays signed in, under a new session id, with the account's new session generation. After
   * repeated wrong current passwords, 429 with Retry-After.
   */
  @PostMapping("/account/password")
  String password(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam String currentPassword,
      @RequestParam String newPassword,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    try {
      return change(
          () -> {
            int generation =
                service.changePassword(
                    user.accountId(), currentPassword, newPassword, request.getRemoteAddr());
            AccountUser renewed =
                new AccountUser(user.accountId(), user.getUsername(), "", generation);
            renewed.eraseCredentials();
            request.changeSessionId();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                    renewed, null, renewed.getAuthorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
          },
          "Password changed. Your other sessions and all your access tokens have ended.",
          redirect);
    } catch (AccountService.TooManyAttempts e) {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
      model.addAttribute(
          "error",
          "Too many wrong current passwords. For your safety, try again in about "
              + Math.max(1, (e.retryAfterSeconds() + 59) / 60)
              + " minute(s).");
      return account(user, model);
    }
  }

  /** Creates a token with the chosen scopes and lifetime, after checking the password. */
  @PostMapping("/account/tokens")
  String createToken(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) List<String> scopes,
      @RequestParam(required = false) Integer expiresInDays,
      @RequestParam(required = false) String password,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String refused =
        refusal(
            reauthentication.check(user, password, request.getRemoteAddr()),
            "The password is not right, so no token was created.");
    if (refused != null) {
      redirect.addFlashAttribute("error", refused);
      return "redirect:/account";
    }
    try {
      redirect.addFlashAttribute(
          "newToken",
          service.createToken(
              user.accountId(), name, scopes == null ? List.of() : scopes, expiresInDays));
    } catch (AccountService.InvalidAccountInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/account";
  }

  /** What to tell the person when the password check did not confirm; null when it did. */
  private static String refusal(Reauthentication.Outcome outcome, String wrong) {
    return switch (outcome.verdict()) {
      case CONFIRMED -> null;
      case WRONG -> wrong;
      case THROTTLED -> "Too many wrong passwords. Please wait a few minutes and try again.";
    };
  }

  /** Makes a change and goes back to the account page saying it was done, or what was wrong. */
  private static String change(Runnable change, String notice, RedirectAttributes redirect) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", notice);
    } catch (AccountService.InvalidAccountInput e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/account";
  }

  /** Revokes a token, after checking the password. */
  @PostMapping("/account/tokens/{id}/revoke")
  String revokeToken(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestParam(required = false) String password,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    String refused =
        refusal(
            reauthentication.check(user, password, request.getRemoteAddr()),
            "The password is not right, so the token was not revoked.");
    if (refused != null) {
      redirect.addFlashAttribute("error", refused);
      return "redirect:/account";
    }
    boolean revoked = tokens.revoke(user.accountId(), id);
    if (revoked) {
      events.tokenRevoked(user.accountId(), id);
    }
    redirect.addFlashAttribute("notice", revoked ? "Token revoked." : "No such token.");
    return "redirect:/account";
  }
}
