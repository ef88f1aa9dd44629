package dev.backload.app.planning;

import dev.backload.app.account.AccountUser;
import dev.backload.app.triage.DispositionView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page ({@code /plan}): the next session as a card to follow in the gym, the mode and
 * stage, the last sessions' zones, recommendations and what may be driving the pain; in stop mode
 * only the check-in result, what to do now and the safety net. {@code POST /plan/start} starts the
 * planned session as today's workout and opens it in the log.
 */
@Controller
class PlanPages {
  /** How many monitored sessions the page lists, newest first. */
  static final int RECENT_SESSIONS = 8;

  private final PlanService plans;

  PlanPages(PlanService plans) {
    this.plans = plans;
  }

  @GetMapping("/plan")
  String plan(Model model, @AuthenticationPrincipal AccountUser user) {
    long account = user.accountId();
    PlanView plan = plans.plan(account);
    model.addAttribute("plan", plan);
    model.addAttribute(
        "view", plan.triage() == null ? null : DispositionView.of(plan.triage().disposition()));
    List<PlanView.ZoneView> recent = new ArrayList<>(plan.zoneHistory());
    Collections.reverse(recent);
    model.addAttribute("recent", recent.subList(0, Math.min(RECENT_SESSIONS, recent.size())));
    model.addAttribute("startedToday", plans.startedToday(account).orElse(null));
    return "plan/index";
  }

  @PostMapping("/plan/start")
  String start(@AuthenticationPrincipal AccountUser user, RedirectAttributes redirect) {
    try {
      return "redirect:/workouts/" + plans.startWorkout(user.accountId());
    } catch (PlanService.NoSession e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/plan";
    }
  }
}
