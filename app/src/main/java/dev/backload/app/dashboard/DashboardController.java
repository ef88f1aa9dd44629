package dev.backload.app.dashboard;

import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.analytics.AnalyticsService;
import dev.backload.app.checkins.CheckInOverview;
import dev.backload.app.checkins.CheckInService;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: the signed-in person's training load over a time range, drawn from the analytics
 * of their whole log, with the flags in plain words and, when check-ins exist, pain against load.
 */
@Controller
class DashboardController {
  private final AnalyticsService analytics;
  private final AccountRepository accounts;
  private final CheckInService checkIns;

  DashboardController(
      AnalyticsService analytics, AccountRepository accounts, CheckInService checkIns) {
    this.analytics = analytics;
    this.accounts = accounts;
    this.checkIns = checkIns;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "range", required = false) String range,
      Model model) {
    long accountId = user.accountId();
    String unit = accounts.findById(accountId).map(a -> a.weightUnit().symbol()).orElse("kg");
    CheckInOverview overview = checkIns.overview(accountId);
    // No check-ins at all: the page says they will appear once saved (null), not "none in range".
    List<PainPoint> points =
        overview.painSeries().isEmpty()
            ? null
            : overview.painSeries().stream()
                .map(p -> new PainPoint(p.date(), p.painNow()))
                .toList();
    DashboardView view =
        DashboardView.of(analytics.analyze(accountId), unit, DashboardView.Range.of(range), points);
    model.addAttribute("view", view);
    model.addAttribute("overview", overview);
    model.addAttribute("ranges", DashboardView.Range.values());
    return "dashboard";
  }
}
