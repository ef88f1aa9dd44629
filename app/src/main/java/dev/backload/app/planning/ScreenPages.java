package dev.backload.app.planning;

import dev.backload.app.account.AccountCalendar;
import dev.backload.app.account.AccountUser;
import dev.backload.app.web.JsonValues;
import dev.backload.core.planning.Screen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The short screen page ({@code /screen}): how to do each test safely, the latest results and what
 * the plan reads from them, and a form that records today's screen.
 */
@Controller
class ScreenPages {
  private final ScreenStore screens;
  private final AccountCalendar calendar;

  ScreenPages(ScreenStore screens, AccountCalendar calendar) {
    this.screens = screens;
    this.calendar = calendar;
  }

  @GetMapping("/screen")
  String page(Model model, @AuthenticationPrincipal AccountUser user) {
    Optional<DatedScreen> latest = latest(user.accountId());
    model.addAttribute("form", latest.map(ScreenForm::of).orElseGet(ScreenForm::new));
    return page(model, user.accountId(), latest);
  }

  private String page(Model model, long accountId, Optional<DatedScreen> latest) {
    model.addAttribute("latest", latest.orElse(null));
    model.addAttribute("findings", latest.map(s -> findings(s.toScreen())).orElse(List.of()));
    model.addAttribute("today", calendar.today(accountId));
    return "screen/index";
  }

  @PostMapping("/screen")
  String save(
      @ModelAttribute("form") ScreenForm form,
      BindingResult binding,
      Model model,
      @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    if (!binding.hasErrors()) {
      try {
        LocalDate today = calendar.today(account);
        screens.save(account, ScreenInput.parse(form.toJson(), today));
        return "redirect:/screen?saved";
      } catch (JsonValues.InvalidField e) {
        String field = e.field().equals("screen") ? "kneeToWallLeftCm" : e.field();
        binding.rejectValue(field, "invalid", message(e));
      }
    }
    return page(model, account, latest(account));
  }

  private Optional<DatedScreen> latest(long accountId) {
    return screens.latest(accountId, calendar.today(accountId));
  }

  private static String message(JsonValues.InvalidField e) {
    return switch (e.field()) {
      case "screen" -> "Enter at least one result, or leave the page without saving.";
      case "kneeToWallLeftCm", "kneeToWallRightCm" -> "Knee to wall: " + e.problem() + " (cm).";
      default -> "Hold time: " + e.problem() + " (seconds).";
    };
  }

  /** What the plan reads from a screen, in plain sentences. */
  static List<String> findings(Screen s) {
    List<String> findings = new ArrayList<>();
    if (s.pointsToAnkleMobility()) {
      findings.add(
          "A knee-to-wall distance under 10 cm: the plan adds an ankle drill, as a trial.");
    }
    if (s.pointsToHipMobility()) {
      findings.add(
          "The hinge did not reach mid-shin with a flat back: the plan adds a hip drill, as a"
              + " trial.");
    }
    if (s.pointsToTrunkEndurance()) {
      findings.add(
          "A side plank under 60 s or a back-extensor hold under 120 s: trunk endurance may be"
              + " worth building, and the plan counts it among what may be driving a flare-up.");
    }
    if (findings.isEmpty()) {
      findings.add("Nothing in these results changes the plan.");
    }
    return findings;
  }
}
