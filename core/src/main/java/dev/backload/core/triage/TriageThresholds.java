package dev.backload.core.triage;

/**
 * Every number the triage rules compare against, named once (triage.md section 3: "the numbers
 * marked heuristic are defaults; keep them in one place, named").
 *
 * <p>Most of these are <strong>heuristic defaults</strong>: design choices anchored to the cited
 * time courses and guidelines, not values any source prescribes for deadlift back pain
 * (clinical-sources.md section 3.3). The rule predicates in {@link Rule} refer to these constants,
 * never to literals. Input ranges (pain 0..10 and so on) are part of the input contract and live on
 * {@link CheckIn}.
 */
public final class TriageThresholds {

  private TriageThresholds() {}

  /**
   * P1, U8: a person older than this is in the age band where new back pain deserves more concern.
   * Heuristic default from IFOMPT 2020 and NICE CKS (new onset over 50).
   */
  public static final int OLDER_AGE_ABOVE = 50;

  /**
   * P1, U8: a person younger than this is in the younger age band of concern. Heuristic default
   * from IFOMPT 2020 and NICE CKS (new onset under 20).
   */
  public static final int YOUNGER_AGE_BELOW = 20;

  /**
   * U5: from this age, sudden severe pain may be a fracture. Heuristic default from Downie 2013 and
   * IFOMPT 2020 (older age, roughly 65 to 75, is among the most informative fracture flags).
   */
  public static final int FRACTURE_RISK_AGE = 65;

  /**
   * U5: a peak pain of at least this is "severe". Heuristic default (the spec's sudden severe pain;
   * no source gives a number).
   */
  public static final int SEVERE_PEAK_PAIN = 7;

  /**
   * U8: days without improvement after which the age bands of {@link #OLDER_AGE_ABOVE} and {@link
   * #YOUNGER_AGE_BELOW} become urgent. Heuristic default from NICE CKS (not improving at 4 weeks,
   * "failure to improve after 1 month").
   */
  public static final int NOT_IMPROVING_URGENT_DAYS = 28;

  /**
   * P5, P6: the day from which pain should be settling ("beyond a few days" = 72 hours). Heuristic
   * default from seed 003 and the muscle-soreness time course (Cheung 2003).
   */
  public static final int SETTLING_DAY = 3;

  /**
   * P6: the smallest peak pain for which a 30% change is judged. Heuristic default (below it the
   * pain is too mild for the comparison to mean anything).
   */
  public static final int P6_MIN_PEAK = 2;

  /**
   * P6: the smallest meaningful improvement from the peak, in percent; P6 fires when {@code painNow
   * > (100 - 30)% of painPeak}, that is {@code painNow > 0.7 * painPeak}. Heuristic default from
   * Ostelo 2008 (30% as the consensus threshold for meaningful change in back pain). Compared in
   * whole-number arithmetic, so the boundary is exact.
   */
  public static final int MEANINGFUL_IMPROVEMENT_PCT = 30;

  /**
   * P7: the day by which ordinary training soreness should have gone. Heuristic default from Cheung
   * 2003 (soreness is gone by about 5 to 7 days).
   */
  public static final int SORENESS_GONE_DAY = 7;

  /**
   * P7: pain above this on or after {@link #SORENESS_GONE_DAY} is "not resolved". Heuristic default
   * (clinical-sources.md 3.3: still more than 2/10 at day 7).
   */
  public static final int RESOLVED_PAIN_MAX = 2;

  /**
   * P8: this many consecutive painful deadlift sessions count as "returns every session". Heuristic
   * default from seed 003 (clinical-sources.md 3.3: 2 consecutive sessions).
   */
  public static final int PAINFUL_SESSIONS_IN_A_ROW = 2;

  /**
   * P12: days after which pain that is not improving should be assessed. Heuristic default from the
   * NHS (most back pain improves a lot within two weeks).
   */
  public static final int NOT_IMPROVING_DAYS = 14;

  /**
   * M1: the lowest pain during a session in the amber band. Heuristic default from the
   * pain-monitoring model (Silbernagel 2007, clinical variant: 3 or less is safe).
   */
  public static final int SESSION_PAIN_AMBER_MIN = 4;

  /**
   * M1: the highest acceptable pain during a session, also the limit the MODIFY advice names.
   * Heuristic default from the pain-monitoring model (Thomeé 1997; Silbernagel 2007: pain may reach
   * but not exceed 5/10).
   */
  public static final int SESSION_PAIN_AMBER_MAX = 5;

  /**
   * M2: the lowest pain during a session in the red band, one above {@link
   * #SESSION_PAIN_AMBER_MAX}. Heuristic default from the pain-monitoring model (Silbernagel 2007).
   */
  public static final int SESSION_PAIN_RED_MIN = SESSION_PAIN_AMBER_MAX + 1;

  /**
   * M7: pain right now at or above this is too much to train as planned. Heuristic default (the
   * spec marks it heuristic; no source gives the number).
   */
  public static final int TOO_SORE_TO_TRAIN = 6;

  /**
   * M8: current pain at or above this counts as "with back symptoms". A definition rather than a
   * tuned number: any back pain at all.
   */
  public static final int ANY_PAIN = 1;

  /**
   * M8: a week-on-week rise in hinge tonnage above this percentage is "too much, too soon".
   * Heuristic default borrowed from running (Nielsen 2014, increases above 30%).
   */
  public static final double HINGE_WEEK_CHANGE_PCT = 30.0;

  /**
   * M9: more than this many days since the last deadlift-family session is a return after a break.
   * Heuristic default from detraining data (Bosquet 2013).
   */
  public static final int BREAK_DAYS = 14;
}
