package dev.backload.app.monitoring;

import dev.backload.app.account.AccountCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Reminders of the next-morning question: the calendar file of one of the account's deadlift
 * sessions ({@link ReminderCalendar}), and whether offering one still makes sense.
 */
@Component
class NextMorningReminders {
  static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

  private final MorningChecks checks;
  private final AccountCalendar calendar;
  private final Clock clock;

  NextMorningReminders(MorningChecks checks, AccountCalendar calendar, Clock clock) {
    this.checks = checks;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The calendar file for one of the account's deadlift sessions, as a download.
   *
   * @param answerLink the absolute address of the session's page
   * @return empty for another person's workout, an unknown one or one without deadlifts
   */
  Optional<ResponseEntity<String>> download(long accountId, long workoutId, String answerLink) {
    return checks
        .session(accountId, workoutId)
        .map(
            session -> {
              var reminder =
                  new ReminderCalendar.Reminder(
                      workoutId,
                      session.date(),
                      at(accountId, session.date()),
                      clock.instant(),
                      answerLink);
              return ResponseEntity.ok()
                  .contentType(CALENDAR)
                  .header(
                      HttpHeaders.CONTENT_DISPOSITION,
                      ContentDisposition.attachment()
                          .filename(ReminderCalendar.fileName(reminder))
                          .build()
                          .toString())
                  .body(ReminderCalendar.write(reminder));
            });
  }

  /** When the next-morning question of a session on this date is due for the account. */
  Instant at(long accountId, LocalDate workoutDate) {
    return MorningChecks.reminderAt(workoutDate, calendar.zone(accountId));
  }

  /**
   * Whether a reminder is worth offering for this session: its next-morning answer is missing and
   * the time the question is due still lies ahead.
   */
  boolean worthOffering(long accountId, MorningChecks.SessionView session) {
    return session.nextMorning() == null && ahead(accountId, session.date());
  }

  /** Whether the next-morning question of a session on this date is not due yet. */
  boolean ahead(long accountId, LocalDate workoutDate) {
    return at(accountId, workoutDate).isAfter(clock.instant());
  }
}
