package dev.backload.app.analytics;

import dev.backload.app.account.AccountUser;
import dev.backload.core.analytics.Analysis;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/analytics}: the analytics.md section 6 document (summary, days, weeks, flags)
 * of the signed-in person's whole log. The core's records serialise to exactly that shape with the
 * app's JSON settings (declaration order, ISO dates, nulls written, variations as object keys), so
 * no mapping is needed; {@code AnalyticsApiContract} pins it.
 */
@RestController
class AnalyticsApiController {
  private final AnalyticsService analytics;

  AnalyticsApiController(AnalyticsService analytics) {
    this.analytics = analytics;
  }

  @GetMapping("/api/v1/analytics")
  Analysis analytics(@AuthenticationPrincipal AccountUser user) {
    return analytics.analyze(user.accountId());
  }
}
