package dev.backload.app.analytics;

import dev.backload.app.log.TrainingLog;
import dev.backload.core.analytics.Analysis;
import dev.backload.core.analytics.TrainingLoadAnalysis;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training-load analytics (analytics.md) of a person's whole log, as the dashboard and {@code
 * GET /api/v1/analytics} show them: the stored sets in canonical form, analysed by the core.
 */
@Service
public class AnalyticsService {
  private final TrainingLog log;

  AnalyticsService(TrainingLog log) {
    this.log = log;
  }

  /** Analyses every set of the account's log. */
  @Transactional(readOnly = true)
  public Analysis analyze(long accountId) {
    return TrainingLoadAnalysis.analyze(log.canonicalSets(accountId));
  }
}
