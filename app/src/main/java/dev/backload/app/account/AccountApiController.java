package dev.backload.app.account;

import dev.backload.app.web.ApiProblems;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and personal access tokens over the API. */
@RestController
class AccountApiController {
  private final AccountService service;
  private final AccessTokens tokens;
  private final LoginThrottle throttle;
  private final AccountRepository accounts;
  private final SecurityEvents events;
  private final SignUpLimit signUps;
  private final Reauthentication reauthentication;
  private final AccountDeletion deletion;

  AccountApiController(
      AccountService service,
      AccessTokens tokens,
      LoginThrottle throttle,
      AccountRepository accounts,
      SecurityEvents events,
      SignUpLimit signUps,
      Reauthentication reauthentication,
      AccountDeletion deletion) {
    this.service = service;
    this.tokens = tokens;
    this.throttle = throttle;
    this.accounts = accounts;
    this.events = events;
    this.signUps = signUps;
    this.reauthentication = reauthentication;
    this.deletion = deletion;
  }

  record SignUpRequest(String email, String password) {}

  /**
   * @param country the two-letter code of the country the person lives in, which sets the emergency
   *     number an EMERGENCY result offers; {@code null} when not set (112 is offered)
   */
  record AccountView(long id, String email, String weightUnit, String timeZone, String country) {
    static AccountView of(Account a) {
      return new AccountView(
          a.id(), a.email(), a.weightUnit().symbol(), a.timeZone().getId(), a.country());
    }
  }

  /**
   * @param scopes any of {@code read}, {@code write}, {@code import}; all three when left out
   * @param expiresInDays 1 to 365; 90 when left out
   */
  record TokenRequest(
      String email, String password, String name, List<String> scopes, Integer expiresInDays) {}

  record TokenCreated(
      long id, String name, String token, List<String> scopes, OffsetDateTime expiresAt) {}

  /**
   * @param country a two-letter code from Backload's table of emergency numbers (such as GB, US,
   *     DE), an empty string to clear it, or left out to keep it
   */
  record PreferencesRequest(String weightUnit, String timeZone, String country) {}

  /** Creates an account: 201, 409 when the email is taken, 400 for a weak password. */
  @SecurityRequirements
  @ApiResponse(
      responseCode = "201",
      description = "The account",
      content = @Content(schema = @Schema(implementation = AccountView.class)))
  @ApiResponse(responseCode = "409", description = "The email is already registered")
  @ApiResponse(
      responseCode = "429",
      description =
          "Too many sign-ups from this network address (10 an hour); the Retry-After header says"
              + " when to try again")
  @PostMapping("/api/v1/accounts")
  ResponseEntity<?> signUp(@RequestBody SignUpRequest request, HttpServletRequest http) {
    String address = http.getRemoteAddr();
    var wait = signUps.blockedFor(address);
    if (wait.isPresent()) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.TOO_MANY_REQUESTS,
              "Too many sign-ups from this network address; try again later.");
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header("Retry-After", Long.toString(SignUpLimit.seconds(wait.get())))
          .body(problem);
    }
    Account account;
    try {
      account = service.signUp(request.email(), request.password());
    } catch (AccountService.EmailTaken e) {
      signUps.record(address);
      throw e;
    }
    signUps.record(address);
    return ResponseEntity.created(URI.create("/api/v1/account")).body(AccountView.of(account));
  }

  /**
   * Creates a personal access token from an email and password: 201, 401 when they are wrong, 400
   * naming {@code scopes} or {@code expiresInDays} when those are wrong. This is the only way to
   * make a token over the API: a request that carries a token is refused (403) before it gets here.
   */
  @SecurityRequirements
  @ApiResponse(
      responseCode = "201",
      description = "The token; its secret is shown this once",
      content = @Content(schema = @Schema(implementation = TokenCreated.class)))
  @ApiResponse(responseCode = "401", description = "The email and password do not match an account")
  @ApiResponse(
      responseCode = "403",
      description = "Sent with an access token: a token can never create tokens")
  @ApiResponse(
      responseCode = "429",
      description = "Too many failed attempts; the Retry-After header says when to try again")
  @ApiResponse(
      responseCode = "400",
      description =
          "Invalid input: malformed JSON, or a field with a wrong value (named in `field`; `email`"
              + " when it is missing or longer than 320 characters, checked before anything else)")
  @PostMapping("/api/v1/tokens")
  ResponseEntity<?> createToken(@RequestBody TokenRequest request, HttpServletRequest http) {
    if (!LoginThrottle.acceptable(request.email())) {
      throw new AccountService.InvalidAccountInput(
          "email",
          "Give the account's email address (at most "
              + LoginThrottle.MAX_EMAIL_LENGTH
              + " characters).");
    }
    String address = http.getRemoteAddr();
    var wait = throttle.blockedFor(request.email(), address);
    if (wait.isPresent()) {
      events.throttled(request.email());
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.TOO_MANY_REQUESTS, "Too many failed attempts; try again later.");
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())))
          .body(problem);
    }
    var account = service.verify(request.email(), request.password());
    if (account.isEmpty()) {
      throttle.recordFailure(request.email(), address);
      events.signInFailed(request.email());
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED, "The email and password do not match an account.");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
    throttle.recordSuccess(request.email(), address);
    events.signInSucceeded(account.get().id());
    var created =
        service.createToken(
            account.get().id(), request.name(), request.scopes(), request.expiresInDays());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(
            new TokenCreated(
                created.id(),
                created.name(),
                created.token(),
                created.scopes(),
                created.expiresAt()));
  }

  @GetMapping("/api/v1/tokens")
  List<AccessTokens.TokenInfo> listTokens(@AuthenticationPrincipal AccountUser user) {
    return tokens.list(user.accountId());
  }

  /**
   * Revokes a token: only by a signed-in session that gives the password in the body ({@code
   * {"password": "..."}}); a request with a token is refused (403) before it gets here.
   */
  @ApiResponse(responseCode = "204", description = "Revoked", content = @Content)
  @ApiResponse(
      responseCode = "429",
      description = "Too many wrong passwords; the Retry-After header says when to try again")
  @DeleteMapping("/api/v1/tokens/{id}")
  ResponseEntity<?> revokeToken(
      @AuthenticationPrincipal AccountUser user,
      @PathVariable long id,
      @RequestBody(required = false) PasswordConfirmation body,
      HttpServletRequest http) {
    // Another person's token id (or none) is a 404 before the password is asked for, as on
    // every route that names something that is not the caller's.
    if (tokens.list(user.accountId()).stream().noneMatch(token -> token.id() == id)) {
      throw ApiProblems.notFound("No such token.");
    }
    var refused =
        refusal(
            reauthentication.check(
                user, body == null ? null : body.password(), http.getRemoteAddr()),
            "The password is not right, so no token was revoked.");
    if (refused != null) {
      return refused;
    }
    if (!tokens.revoke(user.accountId(), id)) {
      throw ApiProblems.notFound("No such token.");
    }
    events.tokenRevoked(user.accountId(), id);
    return ResponseEntity.noContent().build();
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
  /**
   * Deletes the account: only by a signed-in session with the password in the body ({@code
   * {"password": "..."}}); a personal access token is refused before this (see {@code
   * AccessTokenFilter}).
   */
  @DeleteMapping("/api/v1/account")
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

  @GetMapping("/api/v1/account")
  AccountView account(@AuthenticationPrincipal AccountUser user) {
    return AccountView.of(accounts.findById(user.accountId()).orElseThrow());
  }

  @PutMapping("/api/v1/account")
  AccountView updatePreferences(
      @AuthenticationPrincipal AccountUser user, @RequestBody PreferencesRequest request) {
    return AccountView.of(
        service.updatePreferences(
            user.accountId(), request.weightUnit(), request.timeZone(), request.country()));
  }

  @ExceptionHandler(AccountService.InvalidAccountInput.class)
  ProblemDetail invalid(AccountService.InvalidAccountInput e) {
    return ApiProblems.fieldProblem(e.field(), e.getMessage());
  }

  /** Too many wrong current passwords (a password change): 429 with Retry-After. */
  @ExceptionHandler(AccountService.TooManyAttempts.class)
  ResponseEntity<ProblemDetail> tooMany(AccountService.TooManyAttempts e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(e.retryAfterSeconds()))
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.TOO_MANY_REQUESTS, "Too many failed attempts; try again later."));
  }

  @ExceptionHandler(AccountService.EmailTaken.class)
  ProblemDetail taken(AccountService.EmailTaken e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Email already registered");
    problem.setProperty("field", "email");
    return problem;
  }
}
