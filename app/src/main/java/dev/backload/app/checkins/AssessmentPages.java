package dev.backload.app.checkins;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.app.web.JsonValues;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The assessments page ({@code /assessments}): why an assessment matters after a red flag, whether
 * training is on hold, a form to record one, and the assessments so far.
 */
@Controller
class AssessmentPages {
  private final RedFlags redFlags;
  private final AccountCalendar calendar;

  AssessmentPages(RedFlags redFlags, AccountCalendar calendar) {
    this.redFlags = redFlags;
    this.calendar = calendar;
  }

  /** The form as sent, kept to show it again with its problem. */
  record Form(String date, String assessedBy, String outcome, String limits) {}

  @GetMapping("/assessments")
  String page(Model model, @AuthenticationPrincipal AccountUser user) {
    LocalDate today = calendar.today(user.accountId());
    return page(model, user.accountId(), new Form(today.toString(), "", "", ""), null, null);
  }

  @PostMapping("/assessments")
  String record(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String assessedBy,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String limits,
      Model model,
      @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    try {
      AssessmentInput input =
          AssessmentInput.of(date, assessedBy, outcome, limits, calendar.today(account));
      redFlags.record(account, input);
      return "redirect:/assessments?saved";
    } catch (JsonValues.InvalidField e) {
      return page(
          model, account, new Form(date, assessedBy, outcome, limits), e.field(), message(e));
    }
  }

  private String page(Model model, long accountId, Form form, String errorField, String error) {
    LocalDate today = calendar.today(accountId);
    model.addAttribute("form", form);
    model.addAttribute("errorField", errorField);
    model.addAttribute("error", error);
    model.addAttribute("today", today);
    model.addAttribute("hold", redFlags.hold(accountId, today).orElse(null));
    model.addAttribute("assessments", redFlags.list(accountId));
    return "assessments/index";
  }

  private static String message(JsonValues.InvalidField e) {
    return switch (e.field()) {
      case "date" -> "Date of the assessment: " + e.problem() + ".";
      case "assessedBy" -> "Who assessed you: " + e.problem() + ".";
      case "outcome" -> "Choose what they concluded.";
      default -> "Limits: " + e.problem() + ".";
    };
  }
}
