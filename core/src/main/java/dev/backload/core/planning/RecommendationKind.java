package dev.backload.core.planning;

/** What a {@link Recommendation} asks the person to do. */
public enum RecommendationKind {
  /** Follow the check-in result now: emergency department or a doctor (stop mode). */
  SEEK_CARE,
  /** Record the assessment once seen: only an assessment ends a red-flag hold. */
  RECORD_ASSESSMENT,
  /** Book an assessment with a physiotherapist or doctor. */
  BOOK_ASSESSMENT,
  /** Do a new check-in so the plan can be re-routed. */
  NEW_CHECK_IN,
  /**
   * Stop anything that brings on leg symptoms: repeated on the plan while the latest check-in is
   * SEE_PHYSIO (triage.md 4).
   */
  LEG_SYMPTOMS,
  /** Record the next-morning pain of a session that is pending. */
  ANSWER_NEXT_MORNING,
  /** Record the pain of the unloaded (dowel) hip-hinge test. */
  RECORD_HINGE_TEST,
  /** Record the RPE of working sets. */
  RECORD_RPE,
  /** The return is complete; the episode can be closed. */
  CLOSE_EPISODE
}
