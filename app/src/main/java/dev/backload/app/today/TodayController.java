package dev.backload.app.today;

import dev.backload.app.account.AccountUser;
import dev.backload.app.checkins.CheckInOverview;
import dev.backload.app.checkins.CheckInService;
import dev.backload.app.planning.PlanService;
import dev.backload.app.planning.PlanView;
import dev.backload.app.triage.DispositionView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Today ({@code /today}), the signed-in home: how the back stands in one line, the questions still
 * open, and the next session as the same card the plan page opens with. While the plan is stopped
 * (a red-flag hold, planner.md 0a, or an assessment that did not clear) the card shows why and
 * offers no Start.
 */
@Controller
class TodayController {
  private final PlanService plans;
  private final CheckInService checkIns;

  TodayController(PlanService plans, CheckInService checkIns) {
    this.plans = plans;
    this.checkIns = checkIns;
  }

  @GetMapping("/today")
  String today(@AuthenticationPrincipal AccountUser user, Model model) {
    long account = user.accountId();
    PlanView plan = plans.plan(account);
    CheckInOverview overview = checkIns.overview(account);
    model.addAttribute("plan", plan);
    model.addAttribute(
        "view", plan.triage() == null ? null : DispositionView.of(plan.triage().disposition()));
    model.addAttribute("overview", overview);
    model.addAttribute(
        "checkedInToday",
        overview.latest() != null && overview.latest().date().equals(plan.date()));
    model.addAttribute("startedToday", plans.startedToday(account).orElse(null));
    return "today";
  }
}
