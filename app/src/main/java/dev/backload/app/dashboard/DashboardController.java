package dev.backload.app.dashboard;

import dev.backload.app.account.Account;
import dev.backload.app.account.AccountRepository;
import dev.backload.app.account.AccountUser;
import dev.backload.app.analytics.AnalyticsService;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
  private final ObjectProvider<PainSeries> painSeries;

  DashboardController(
      AnalyticsService analytics,
      AccountRepository accounts,
      ObjectProvider<PainSeries> painSeries) {
    this.analytics = analytics;
    this.accounts = accounts;
    this.painSeries = painSeries;
  }

  @GetMapping("/dashboard")
  String dashboard(
      @AuthenticationPrincipal AccountUser user,
      @RequestParam(name = "range", required = false) String range,
      Model model) {
    long accountId = user.accountId();
    String unit = accounts.findById(accountId).map(Account::weightUnit).orElse("kg");
    PainSeries pain = painSeries.getIfUnique();
    List<PainPoint> points = pain == null ? null : pain.painSeries(accountId);
    DashboardView view =
        DashboardView.of(analytics.analyze(accountId), unit, DashboardView.Range.of(range), points);
    model.addAttribute("view", view);
    model.addAttribute("ranges", DashboardView.Range.values());
    return "dashboard";
  }
}
