package dev.backload.app.monitoring;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pain-monitoring pages: the next-morning questions still open and the recent deadlift sessions
 * with their zones ({@code /monitoring}), and the answers of one session ({@code
 * /monitoring/{workoutId}}).
 */
@Controller
class MonitoringPages {
  private final MorningChecks checks;
  private final AccountCalendar calendar;

  MonitoringPages(MorningChecks checks, AccountCalendar calendar) {
    this.checks = checks;
    this.calendar = calendar;
  }

  @GetMapping("/monitoring")
  String index(Model model, @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    LocalDate today = calendar.today(account);
    model.addAttribute("pending", checks.pending(account, today));
    model.addAttribute("sessions", checks.recent(account, today));
    model.addAttribute("recentDays", MorningChecks.RECENT_DAYS);
    return "monitoring/index";
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
    model.addAttribute("nextMorningCome", today.isAfter(session.date()));
    model.addAttribute("question", MorningChecks.question(session.date(), today));
    return "monitoring/session";
  }
}
