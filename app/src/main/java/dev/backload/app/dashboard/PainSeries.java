package dev.backload.app.dashboard;

import java.util.List;

/**
 * Where the dashboard gets a person's pain scores over time, to draw them against their training
 * load. Implemented by the stored check-ins; without an implementation the dashboard says that
 * check-ins will appear there.
 */
public interface PainSeries {
  /** The account's check-ins as (date, pain now 0..10), in date order; one point per check-in. */
  List<PainPoint> painSeries(long accountId);
}
