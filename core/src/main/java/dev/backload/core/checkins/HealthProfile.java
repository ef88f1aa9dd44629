package dev.backload.core.checkins;

import dev.backload.core.triage.CheckIn;
import java.time.LocalDate;
import java.time.Period;

/**
 * The lasting health facts a person gives once (triage.md "Asking well"), used for a check-in when
 * it does not give them.
 *
 * @param age years when given, 16..110, or {@code null} when not given
 * @param ageGivenOn the date the age was given, so that it grows with the calendar; {@code null}
 *     when {@code age} is
 * @param cancerHistory has ever had cancer
 * @param osteoporosisOrSteroids osteoporosis, or long-term steroid tablets
 * @param immunosuppressed weakened immune system, or injecting drugs
 */
public record HealthProfile(
    Integer age,
    LocalDate ageGivenOn,
    boolean cancerHistory,
    boolean osteoporosisOrSteroids,
    boolean immunosuppressed) {

  /** The age on a date: the age given plus the whole years since, at most the oldest accepted. */
  public Integer ageOn(LocalDate date) {
    if (age == null) {
      return null;
    }
    int years =
        ageGivenOn == null || date.isBefore(ageGivenOn)
            ? 0
            : Period.between(ageGivenOn, date).getYears();
    return Math.min(CheckIn.AGE_MAX, age + years);
  }
}
