package dev.backload.app.monitoring;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The pain-monitoring pages: the next-morning questions still open and the recent deadlift sessions
 * with their zones ({@code /monitoring}), and the answers of one session ({@code
 * /monitoring/{workoutId}}), and its next-morning question as a calendar file ({@code
 * /monitoring/{workoutId}/reminder.ics}).
 */
@Controller
class MonitoringPages {
  private final MorningChecks checks;
  private final AccountCalendar calendar;
  private final NextMorningReminders reminders;

  MonitoringPages(MorningChecks checks, AccountCalendar calendar, NextMorningReminders reminders) {
    this.checks = checks;
    this.calendar = calendar;
    this.reminders = reminders;
  }

  @GetMapping("/monitoring")
  String index(Model model, @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    LocalDate today = calendar.today(account);
    List<MorningChecks.PendingCheck> pending = checks.pending(account, today);
    List<MorningChecks.SessionView> sessions = checks.recent(account, today);
    Set<Long> remindable = new HashSet<>();
    for (MorningChecks.PendingCheck p : pending) {
      if (p.missing().contains("nextMorning") && reminders.ahead(account, p.date())) {
        remindable.add(p.workoutId());
      }
    }
    for (MorningChecks.SessionView s : sessions) {
      if (reminders.worthOffering(account, s)) {
        remindable.add(s.workoutId());
      }
    }
    model.addAttribute("pending", pending);
    model.addAttribute("sessions", sessions);
    model.addAttribute("remindable", remindable);
    model.addAttribute("reminderTime", MorningChecks.REMINDER_TIME.toString());
    model.addAttribute("recentDays", MorningChecks.RECENT_DAYS);
    return "monitoring/index";
  }

  /**
   * The session's next-morning question as a calendar file with an alarm; 404 for anything but one
   * of the account's deadlift sessions.
   */
  @GetMapping("/monitoring/{workoutId}/reminder.ics")
  ResponseEntity<String> reminder(
      @PathVariable long workoutId, @AuthenticationPrincipal AccountUser user) {
    return reminders
        .download(user.accountId(), workoutId, pageLink(workoutId))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** The absolute address of a session's page, as the lifter reached this server. */
  static String pageLink(long workoutId) {
    return ServletUriComponentsBuilder.fromCurrentContextPath()
        .path("/monitoring/{id}")
        .buildAndExpand(workoutId)
        .toUriString();
  }

  @GetMapping("/monitoring/{workoutId}")
  String session(
      @PathVariable long workoutId, Model model, @AuthenticationPrincipal AccountUser user) {
    MorningChecks.SessionView session = find(user.accountId(), workoutId);
    MonitoringForm form = new MonitoringForm();
    form.setBaseline(session.baseline());
    form.setDuring(session.during());
    form.setNextMorning(session.nextMorning());
    model.addAttribute("form", form);
    return render(model, user.accountId(), session);
  }

  @PostMapping("/monitoring/{workoutId}")
  String answer(
      @PathVariable long workoutId,
      @ModelAttribute("form") MonitoringForm form,
      BindingResult binding,
      Model model,
      @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    MorningChecks.SessionView session = find(account, workoutId);
    if (binding.hasErrors()) {
      return render(model, account, session);
    }
    try {
      checks.answer(
          account,
          workoutId,
          new MorningChecks.Given(form.getBaseline(), form.getDuring(), form.getNextMorning()),
          calendar.today(account));
    } catch (MorningChecks.InvalidAnswer e) {
      binding.rejectValue(e.field(), "invalid", messageFor(e));
      return render(model, account, session);
    }
    return "redirect:/monitoring?saved=" + workoutId;
  }

  private static String messageFor(MorningChecks.InvalidAnswer e) {
    return e.getMessage().contains("morning after")
        ? "You can answer this from the morning after the session."
        : "Please give a number from 0 to 10.";
  }

  private MorningChecks.SessionView find(long account, long workoutId) {
    return checks
        .session(account, workoutId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private String render(Model model, long account, MorningChecks.SessionView session) {
    LocalDate today = calendar.today(account);
    model.addAttribute("item", session);
    model.addAttribute("nextMorningCome", !today.isBefore(MorningChecks.askedOn(session.date())));
    model.addAttribute("question", MorningChecks.question(session.date(), today));
    model.addAttribute("remind", reminders.worthOffering(account, session));
    model.addAttribute("reminderTime", MorningChecks.REMINDER_TIME.toString());
    return "monitoring/session";
  }
}
