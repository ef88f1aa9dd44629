package dev.backload.app.checkins;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.core.checkins.HealthProfile;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.InvalidCheckInException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/profile}: the lasting health facts used for check-ins that do not give them
 * (triage.md "Asking well").
 */
@RestController
class ProfileApiController {
  static final List<String> FIELDS = CheckIn.HealthHistory.FIELDS;
  private final HealthProfiles profiles;
  private final AccountCalendar calendar;

  ProfileApiController(HealthProfiles profiles, AccountCalendar calendar) {
    this.profiles = profiles;
    this.calendar = calendar;
  }

  /**
   * The profile as the API shows it.
   *
   * @param age the age in years today, or null when not given
   * @param cancerHistory has ever had cancer
   * @param osteoporosisOrSteroids osteoporosis or long-term steroid tablets
   * @param immunosuppressed weakened immune system or injecting drugs
   */
  record ProfileJson(
      Integer age,
      boolean cancerHistory,
      boolean osteoporosisOrSteroids,
      boolean immunosuppressed) {
    static ProfileJson of(HealthProfile p, LocalDate today) {
      return new ProfileJson(
          p.ageOn(today), p.cancerHistory(), p.osteoporosisOrSteroids(), p.immunosuppressed());
    }
  }

  @Operation(summary = "My health profile (all false and no age until it is filled in)")
  @GetMapping(path = "/api/v1/profile", produces = MediaType.APPLICATION_JSON_VALUE)
  ProfileJson get(@AuthenticationPrincipal AccountUser user) {
    LocalDate today = calendar.today(user.accountId());
    return ProfileJson.of(
        profiles.find(user.accountId()).orElse(new HealthProfile(null, null, false, false, false)),
        today);
  }

  @Operation(
      summary = "Set my health profile",
      description =
          "Body: {\"age\", \"cancerHistory\", \"osteoporosisOrSteroids\", \"immunosuppressed\"},"
              + " validated as in a check-in; a field left out is false (age: not given).")
  @PutMapping(
      path = "/api/v1/profile",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ProfileJson put(
      @AuthenticationPrincipal AccountUser user, @RequestBody Map<String, Object> body) {
    for (String name : body.keySet()) {
      if (!FIELDS.contains(name)) {
        throw new InvalidCheckInException(name, "unknown field");
      }
    }
    Map<String, Object> fields = new LinkedHashMap<>(body);
    fields.put("painNow", 0);
    CheckIn checked = CheckIn.fromFields(fields);
    LocalDate today = calendar.today(user.accountId());
    HealthProfile profile =
        new HealthProfile(
            checked.age(),
            checked.age() == null ? null : today,
            checked.cancerHistory(),
            checked.osteoporosisOrSteroids(),
            checked.immunosuppressed());
    profiles.save(user.accountId(), profile);
    return ProfileJson.of(profile, today);
  }
}
