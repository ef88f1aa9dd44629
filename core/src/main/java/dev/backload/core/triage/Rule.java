package dev.backload.core.triage;

import static dev.backload.core.triage.Disposition.EMERGENCY;
import static dev.backload.core.triage.Disposition.MODIFY;
import static dev.backload.core.triage.Disposition.SEE_PHYSIO;
import static dev.backload.core.triage.Disposition.URGENT;
import static dev.backload.core.triage.TriageThresholds.ANY_PAIN;
import static dev.backload.core.triage.TriageThresholds.BREAK_DAYS;
import static dev.backload.core.triage.TriageThresholds.FRACTURE_RISK_AGE;
import static dev.backload.core.triage.TriageThresholds.HINGE_WEEK_CHANGE_PCT;
import static dev.backload.core.triage.TriageThresholds.MEANINGFUL_IMPROVEMENT_PCT;
import static dev.backload.core.triage.TriageThresholds.NOT_IMPROVING_DAYS;
import static dev.backload.core.triage.TriageThresholds.NOT_IMPROVING_URGENT_DAYS;
import static dev.backload.core.triage.TriageThresholds.OLDER_AGE_ABOVE;
import static dev.backload.core.triage.TriageThresholds.P6_MIN_PEAK;
import static dev.backload.core.triage.TriageThresholds.PAINFUL_SESSIONS_IN_A_ROW;
import static dev.backload.core.triage.TriageThresholds.RESOLVED_PAIN_MAX;
import static dev.backload.core.triage.TriageThresholds.SESSION_PAIN_AMBER_MAX;
import static dev.backload.core.triage.TriageThresholds.SESSION_PAIN_AMBER_MIN;
import static dev.backload.core.triage.TriageThresholds.SESSION_PAIN_RED_MIN;
import static dev.backload.core.triage.TriageThresholds.SETTLING_DAY;
import static dev.backload.core.triage.TriageThresholds.SEVERE_PEAK_PAIN;
import static dev.backload.core.triage.TriageThresholds.SORENESS_GONE_DAY;
import static dev.backload.core.triage.TriageThresholds.TOO_SORE_TO_TRAIN;
import static dev.backload.core.triage.TriageThresholds.YOUNGER_AGE_BELOW;

import java.util.function.Predicate;

/**
 * The rulebook of triage.md section 3, version {@value TriageEngine#RULEBOOK_VERSION}: one constant
 * per rule, in the spec's order (level, highest first, then rule number), each with its level,
 * condition, source (verbatim from the spec) and a plain-language reason for the lifter.
 *
 * <p>Terms as the spec defines them: {@code injuryOnset} is {@code onset} in {DURING_LIFT,
 * RIGHT_AFTER_LIFT}; {@code sharp} is {@code quality} containing SHARP or CATCHING; {@code peak} is
 * {@code painPeak} when given and {@code painNow} otherwise; {@code neuro} is {@code legWeakness !=
 * NONE} or {@code legNumbness} or {@code weaknessProgressing}.
 *
 * <p>Unknown values: a condition {@code x != V} or {@code x not in {...}} is true when {@code x} is
 * unknown ({@code null}); a comparison with an unknown number ({@code painDuringSession}, {@code
 * age}, the {@code context} values) is false.
 */
enum Rule {
  // EMERGENCY

  E1(
      EMERGENCY,
      CheckIn::bladderChange,
      "cauda equina: NHS; BASS 2018; GIRFT 2023",
      "A new change in how your bladder works, together with back pain, can mean the nerves at the"
          + " bottom of the spine are under pressure, and that has to be checked in hospital"
          + " straight away."),

  E2(
      EMERGENCY,
      CheckIn::bowelChange,
      "cauda equina: NHS; BASS 2018",
      "Newly losing control of your bowels, or no longer feeling when you need to go, alongside"
          + " back pain can come from pressure on the lowest spinal nerves and needs a hospital"
          + " check now."),

  E3(
      EMERGENCY,
      CheckIn::saddleNumbness,
      "cauda equina: NHS; BASS 2018; GIRFT 2023",
      "Numbness or tingling around your genitals, back passage, buttocks or inner thighs can be an"
          + " early warning of pressure on the lowest spinal nerves; get it checked in hospital"
          + " now, even if your back does not hurt much."),

  E4(
      EMERGENCY,
      CheckIn::sexualDysfunction,
      "cauda equina: BASS 2018",
      "A new loss of feeling in the genitals or of sexual function, together with back pain, can"
          + " come from pressure on the lowest spinal nerves and needs a hospital check now."),

  /**
   * Fires on either part alone: symptoms travelling into both legs, or new weakness in both legs
   * whatever {@code leg} says.
   */
  E5(
      EMERGENCY,
      c -> c.leg() == LegSymptoms.BOTH_LEGS || c.legWeakness() == LegWeakness.BOTH_LEGS,
      "cauda equina: NHS sciatica; BASS 2018",
      "Pain, tingling or numbness running into both legs, or new weakness in both legs, can mean"
          + " several spinal nerves are affected and needs a hospital check now (ordinary sore"
          + " hamstrings or glutes are not what this is about)."),

  E6(
      EMERGENCY,
      CheckIn::seriousAccident,
      "possible fracture: NHS; Downie 2013",
      "Back pain that started with a serious accident, such as a fall from a height or a road"
          + " crash, needs an emergency check for a broken bone in the spine."),

  E7(
      EMERGENCY,
      CheckIn::chestPain,
      "NHS back pain emergency list",
      "Chest pain at the same time as back pain may come from the heart or a large blood vessel"
          + " rather than from your back, so it needs emergency care now."),

  /**
   * {@code neuro} is taken as the spec defines it, so leg numbness counts even when nothing is
   * reported as travelling into the leg.
   */
  E8(
      EMERGENCY,
      c ->
          (c.cancerHistory() || c.unexplainedWeightLoss() || (c.fever() && c.immunosuppressed()))
              && neuro(c),
      "possible spinal cord compression or infection with nerve signs: IFOMPT 2020; NICE NG234",
      "You have a background that makes a serious spinal problem more likely (past cancer, weight"
          + " loss you can't explain, or a fever with a weakened immune system) and you also have"
          + " numbness or weakness in a leg; that mix needs emergency assessment."),

  E9(
      EMERGENCY,
      c -> c.fever() && c.feelsVeryUnwell(),
      "possible spinal infection or sepsis: NHS; IFOMPT 2020",
      "Having a fever and feeling very unwell along with back pain can be a sign of a serious"
          + " infection, which needs emergency care now."),

  // URGENT

  U1(
      URGENT,
      CheckIn::fever,
      "possible infection: NHS; IFOMPT 2020",
      "A high temperature alongside back pain can point to an infection; speak to a doctor today."),

  U2(
      URGENT,
      CheckIn::cancerHistory,
      "possible malignancy: Henschke 2013; Downie 2013",
      "Because you have had cancer in the past, new back pain should be checked by a doctor soon,"
          + " whatever you think set it off."),

  U3(
      URGENT,
      CheckIn::unexplainedWeightLoss,
      "NHS; Henschke 2013",
      "Weight loss you did not aim for, together with back pain, is something a doctor should look"
          + " into soon."),

  U4(
      URGENT,
      CheckIn::nightPain,
      "NHS; NICE CKS",
      "Pain at night or at rest that lying still or shifting position does not ease is not how a"
          + " training strain usually behaves, so a doctor should check it soon."),

  /**
   * An unknown {@code onset} counts as possibly sudden (the spec: "with or without a lift"), so
   * only a known gradual onset (hours after or the next day) rules U5 out.
   */
  U5(
      URGENT,
      c ->
          (c.osteoporosisOrSteroids() || atLeast(c.age(), FRACTURE_RISK_AGE))
              && peak(c) >= SEVERE_PEAK_PAIN
              && c.onset() != Onset.HOURS_AFTER
              && c.onset() != Onset.NEXT_DAY,
      "possible fracture: Downie 2013; IFOMPT 2020",
      "Sudden, severe back pain when your bones may be more fragile (osteoporosis, long-term"
          + " steroid tablets, or being "
          + FRACTURE_RISK_AGE
          + " or older) can be a small fracture, so a doctor should check it soon."),

  U6(
      URGENT,
      c ->
          c.deformityOrLump()
              || c.location() == PainLocation.BETWEEN_SHOULDER_BLADES
              || c.worseCoughSneeze(),
      "NHS urgent list",
      "A lump or a change in the shape of your back, pain between the shoulder blades, or pain"
          + " that gets worse when you cough, sneeze or empty your bowels is worth a doctor's"
          + " check soon."),

  /**
   * Progressing weakness means today, not within 48 hours: the reason says so and the URGENT
   * actions drop the 48-hour allowance (see {@link Advice}).
   */
  U7(
      URGENT,
      c -> c.legWeakness() == LegWeakness.ONE_LEG || c.weaknessProgressing(),
      "nerve-root compromise: NICE CKS sciatica (progressing weakness: today, not within 48 h)",
      "New weakness in one leg, or weakness that keeps getting worse, suggests a nerve is being"
          + " pressed on and needs a doctor's check; if it is getting worse, be seen today."),

  /** An unknown {@code trend} counts as not improving; an unknown age never matches. */
  U8(
      URGENT,
      c -> ageOfConcern(c) && c.daysSinceOnset() >= NOT_IMPROVING_URGENT_DAYS && notImproving(c),
      "IFOMPT 2020 level of concern; NICE CKS (not improving at 4 weeks)",
      "At your age, back pain that has gone on for "
          + NOT_IMPROVING_URGENT_DAYS
          + " days or more without clearly getting better should be checked by a doctor."),

  U9(
      URGENT,
      c -> c.immunosuppressed() && c.onset() == Onset.NOT_AFTER_TRAINING,
      "possible infection: IFOMPT 2020; NICE CKS",
      "With a weakened immune system, back pain that did not come from training could be an"
          + " infection, so a doctor should see you soon."),

  // SEE_PHYSIO

  /** An unknown age never matches. */
  P1(
      SEE_PHYSIO,
      c -> ageOfConcern(c) && c.onset() == Onset.NOT_AFTER_TRAINING,
      "IFOMPT 2020; NICE CKS",
      "Back pain that did not start with training is worth a professional assessment when you are"
          + " over "
          + OLDER_AGE_ABOVE
          + " or under "
          + YOUNGER_AGE_BELOW
          + "."),

  /** The second part applies to any leg symptoms, including both legs (which is E5 anyway). */
  P2(
      SEE_PHYSIO,
      c ->
          c.leg() == LegSymptoms.ONE_LEG_BELOW_KNEE
              || (c.leg() != LegSymptoms.NONE && c.legNumbness()),
      "radicular pain: Bogduk 2009; NHS sciatica; seed 000",
      "Pain reaching below the knee, or leg pain with numbness or pins and needles, points to an"
          + " irritated nerve root; have it assessed, and skip lifts that set the leg off."),

  P3(
      SEE_PHYSIO,
      c -> sharp(c) && injuryOnset(c) && c.stoppedSet(),
      "seed 003",
      "A sharp or catching pain that hit during or just after a lift and made you end the set looks"
          + " more like an injury than ordinary soreness."),

  P4(
      SEE_PHYSIO,
      CheckIn::lostStrengthOrControl,
      "seed 003",
      "Suddenly losing strength, stability or confidence with the bar in your hands is a sign of"
          + " injury, not of normal soreness."),

  P5(
      SEE_PHYSIO,
      c -> c.movementEffect() == MovementEffect.WORSENS && c.daysSinceOnset() >= SETTLING_DAY,
      "seed 003: worse with movement and not settling",
      SETTLING_DAY
          + " or more days in, moving still makes the pain worse, so it is not settling the way"
          + " training soreness does."),

  /**
   * Needs {@code painPeak}; "more than 70% of the peak" is computed in whole numbers ({@code
   * painNow * 100 > (100 - 30) * painPeak}) so that exactly 30% better does not fire.
   */
  P6(
      SEE_PHYSIO,
      c ->
          c.painPeak() != null
              && c.daysSinceOnset() >= SETTLING_DAY
              && c.painPeak() >= P6_MIN_PEAK
              && c.painNow() * 100 > (100 - MEANINGFUL_IMPROVEMENT_PCT) * c.painPeak(),
      "seed 003; Ostelo 2008",
      SETTLING_DAY
          + " or more days in, your pain has dropped by less than "
          + MEANINGFUL_IMPROVEMENT_PCT
          + "% from its worst, which is slower than training soreness clears."),

  P7(
      SEE_PHYSIO,
      c -> c.daysSinceOnset() >= SORENESS_GONE_DAY && c.painNow() > RESOLVED_PAIN_MAX,
      "seed 003; Cheung 2003",
      SORENESS_GONE_DAY
          + " or more days after it began, your pain is still above "
          + RESOLVED_PAIN_MAX
          + " out of 10; soreness from training has normally faded by then."),

  P8(
      SEE_PHYSIO,
      c -> c.painfulSessionsInARow() >= PAINFUL_SESSIONS_IN_A_ROW,
      "seed 003",
      "Your back has hurt in "
          + PAINFUL_SESSIONS_IN_A_ROW
          + " or more deadlift sessions in a row, so something in the pattern needs looking at."),

  P9(
      SEE_PHYSIO,
      c -> !c.dailyLife().isEmpty(),
      "seed 003",
      "The pain is getting in the way of everyday life, such as sitting, bending, sleeping or"
          + " walking."),

  P10(
      SEE_PHYSIO,
      c -> c.trend() == Trend.WORSENING,
      "seeds 000 and 003",
      "Your pain has been getting worse since it began rather than easing off."),

  P11(
      SEE_PHYSIO,
      CheckIn::unsure,
      "seed 003",
      "You are not sure what is safe to train; a physio can give you clear limits to work within."),

  /** An unknown {@code trend} counts as not improving. */
  P12(
      SEE_PHYSIO,
      c -> c.daysSinceOnset() >= NOT_IMPROVING_DAYS && notImproving(c),
      "NHS (most back pain improves within 2 weeks)",
      "It has been "
          + NOT_IMPROVING_DAYS
          + " days or more without clear improvement, while most back pain is a lot better by"
          + " then."),

  // MODIFY

  /** An unknown {@code painDuringSession} never matches. */
  M1(
      MODIFY,
      c -> between(c.painDuringSession(), SESSION_PAIN_AMBER_MIN, SESSION_PAIN_AMBER_MAX),
      "pain-monitoring model (Silbernagel 2007), amber",
      "Your pain in the last session reached "
          + SESSION_PAIN_AMBER_MIN
          + " or "
          + SESSION_PAIN_AMBER_MAX
          + " out of 10: still acceptable, but at the limit, so hold the load rather than add"
          + " to it."),

  /** An unknown {@code painDuringSession} never matches. */
  M2(
      MODIFY,
      c -> atLeast(c.painDuringSession(), SESSION_PAIN_RED_MIN),
      "pain-monitoring model, red",
      "Your pain in the last session went above "
          + SESSION_PAIN_AMBER_MAX
          + " out of 10, more than training should provoke, so step the load back next time."),

  /** Only when the set was not stopped; a stopped set is P3 instead. */
  M3(
      MODIFY,
      c -> sharp(c) && injuryOnset(c) && !c.stoppedSet(),
      "seed 003",
      "The pain was sharp or catching and came on during or right after a lift, which fits a"
          + " strain better than ordinary soreness."),

  M4(
      MODIFY,
      c -> injuryOnset(c),
      "seed 003: sudden onset rather than gradual",
      "The pain started all at once during or just after lifting, rather than creeping in later"
          + " that day or the next."),

  M5(
      MODIFY,
      c -> c.location() == PainLocation.ONE_SIDE,
      "seed 003: normal soreness is usually on both sides",
      "The pain is on one side only, whereas soreness from deadlifts tends to be felt evenly on"
          + " both sides."),

  M6(
      MODIFY,
      c -> c.leg() == LegSymptoms.ONE_LEG_ABOVE_KNEE,
      "seed 003: pain spreading toward the leg",
      "The pain is spreading from your back into the upper part of one leg."),

  M7(
      MODIFY,
      c -> c.painNow() >= TOO_SORE_TO_TRAIN,
      "heuristic: too sore to train as planned",
      "At "
          + TOO_SORE_TO_TRAIN
          + " out of 10 or more right now, your back is too sore for the session as planned."),

  /** An unknown week-on-week change never matches. */
  M8(
      MODIFY,
      c ->
          c.painNow() >= ANY_PAIN
              && c.context().hingeWeekChangePct() != null
              && c.context().hingeWeekChangePct() > HINGE_WEEK_CHANGE_PCT,
      "seeds: too much, too soon; Nielsen 2014 (heuristic 30%)",
      "Your deadlift-family volume this week is more than "
          + Math.round(HINGE_WEEK_CHANGE_PCT)
          + "% up on last week while your back hurts; hold or trim it next week."),

  /** An unknown number of days since the last hinge session never matches. */
  M9(
      MODIFY,
      c -> greaterThan(c.context().daysSinceLastHinge(), BREAK_DAYS),
      "return after a break: Bosquet 2013 (heuristic)",
      "It has been more than "
          + BREAK_DAYS
          + " days since you last deadlifted, so come back in below where you left off."),

  M10(
      MODIFY,
      c -> c.movementEffect() == MovementEffect.WORSENS,
      "seed 003: pain that builds with loading",
      "The pain builds as you move and load your back instead of easing as you warm up.");

  private final Disposition level;
  private final Predicate<CheckIn> condition;
  private final String source;
  private final String reason;

  Rule(Disposition level, Predicate<CheckIn> condition, String source, String reason) {
    this.level = level;
    this.condition = condition;
    this.source = source;
    this.reason = reason;
  }

  /** The rule id as the spec writes it, e.g. {@code E1}. */
  String id() {
    return name();
  }

  /** The rule's number within its level, e.g. 10 for {@code M10}. */
  int number() {
    return Integer.parseInt(name().substring(1));
  }

  Disposition level() {
    return level;
  }

  String source() {
    return source;
  }

  String reason() {
    return reason;
  }

  boolean matches(CheckIn checkIn) {
    return condition.test(checkIn);
  }

  Finding finding() {
    return new Finding(id(), level, reason, source);
  }

  private static boolean injuryOnset(CheckIn c) {
    return c.onset() == Onset.DURING_LIFT || c.onset() == Onset.RIGHT_AFTER_LIFT;
  }

  private static boolean sharp(CheckIn c) {
    return c.quality().contains(PainQuality.SHARP) || c.quality().contains(PainQuality.CATCHING);
  }

  private static int peak(CheckIn c) {
    return c.painPeak() != null ? c.painPeak() : c.painNow();
  }

  private static boolean neuro(CheckIn c) {
    return c.legWeakness() != LegWeakness.NONE || c.legNumbness() || c.weaknessProgressing();
  }

  private static boolean ageOfConcern(CheckIn c) {
    return greaterThan(c.age(), OLDER_AGE_ABOVE) || lessThan(c.age(), YOUNGER_AGE_BELOW);
  }

  private static boolean notImproving(CheckIn c) {
    return c.trend() != Trend.IMPROVING;
  }

  private static boolean atLeast(Integer value, int min) {
    return value != null && value >= min;
  }

  private static boolean between(Integer value, int min, int max) {
    return value != null && value >= min && value <= max;
  }

  private static boolean greaterThan(Integer value, int bound) {
    return value != null && value > bound;
  }

  private static boolean lessThan(Integer value, int bound) {
    return value != null && value < bound;
  }
}
