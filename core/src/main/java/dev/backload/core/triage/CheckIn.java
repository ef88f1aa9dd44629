package dev.backload.core.triage;

import dev.backload.core.json.StrictJson;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One symptom check-in, the input of the triage rulebook (triage.md section 1), in four groups:
 * {@link ThisEpisode this episode}, the {@link RedFlags red flags}, the {@link HealthHistory health
 * history} and the {@link TrainingContext training context}. Each field also has a flat accessor of
 * its JSON name ({@code painNow()}, {@code fever()}), which the rule table reads. Only {@code
 * painNow} is required, every other field has the default the spec gives.
 *
 * <p>The JSON fields (names, types, ranges and their order in {@link #toFields()}) are listed once,
 * in {@link CheckInFields}, which reads and writes every group.
 *
 * @param episode this episode of pain; never {@code null}
 * @param redFlags the red-flag checklists; {@code null} means {@link RedFlags#NONE}
 * @param history the lasting health facts; {@code null} means {@link HealthHistory#UNKNOWN}
 * @param context facts derived from the training log; {@code null} means {@link
 *     TrainingContext#EMPTY}
 */
public record CheckIn(
    ThisEpisode episode, RedFlags redFlags, HealthHistory history, TrainingContext context) {

  /** Lowest pain score (none). */
  public static final int PAIN_MIN = 0;

  /** Highest pain score (worst imaginable). */
  public static final int PAIN_MAX = 10;

  /** Largest accepted {@code daysSinceOnset} (about ten years). */
  public static final int DAYS_SINCE_ONSET_MAX = 3650;

  /** Largest accepted {@code painfulSessionsInARow}. */
  public static final int PAINFUL_SESSIONS_MAX = 100;

  /** Youngest accepted {@code age}: the rulebook is for adults from 16 (NICE NG59). */
  public static final int AGE_MIN = 16;

  /** Oldest accepted {@code age}. */
  public static final int AGE_MAX = 110;

  /**
   * Replaces a {@code null} group by its default.
   *
   * @throws InvalidCheckInException when {@code episode}, which holds the required {@code painNow},
   *     is missing
   */
  public CheckIn {
    if (episode == null) {
      throw new InvalidCheckInException("painNow", "is required");
    }
    redFlags = redFlags == null ? RedFlags.NONE : redFlags;
    history = history == null ? HealthHistory.UNKNOWN : history;
    context = context == null ? TrainingContext.EMPTY : context;
  }

  /**
   * Starts a check-in with the given current pain and every other field at its spec default.
   *
   * @param painNow back pain right now, 0..10 (checked by {@link Builder#build()})
   */
  public static Builder builder(int painNow) {
    return new Builder(painNow);
  }

  /** A builder holding this check-in's values, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds a check-in from a JSON object as a JSON parser (Jackson) produces it: values are {@code
   * null}, {@link Boolean}, {@link String}, {@link Number}, {@link List} or {@link Map}.
   *
   * <p>Strict: unknown fields, a missing {@code painNow}, values of the wrong JSON type, fractional
   * or out-of-range numbers, and enum names that do not match exactly are all rejected. Whole
   * numbers written as decimals ({@code 3.0}) are accepted. JSON {@code null} means the field's
   * default. Duplicates in {@code quality} and {@code dailyLife} are harmless.
   *
   * @param fields the parsed JSON object
   * @return the check-in
   * @throws InvalidCheckInException naming the first offending field (e.g. {@code painPeak}, {@code
   *     quality[1]}, {@code context.daysSinceLastHinge})
   */
  public static CheckIn fromFields(Map<String, ?> fields) {
    return CheckInFields.parse(fields);
  }

  /**
   * This check-in as a JSON-shaped map, every field present in spec order: enums as their names,
   * sets as lists of names in declaration order, {@code context} as a nested map. {@link
   * #fromFields} of the result gives back an equal check-in.
   */
  public Map<String, Object> toFields() {
    return CheckInFields.write(this);
  }

  // The fields by their JSON names, for the rule table.

  public int painNow() {
    return episode.painNow();
  }

  public Integer painPeak() {
    return episode.painPeak();
  }

  public Integer painDuringSession() {
    return episode.painDuringSession();
  }

  public int daysSinceOnset() {
    return episode.daysSinceOnset();
  }

  public Onset onset() {
    return episode.onset();
  }

  public Set<PainQuality> quality() {
    return episode.quality();
  }

  public PainLocation location() {
    return episode.location();
  }

  public LegSymptoms leg() {
    return episode.leg();
  }

  public boolean legNumbness() {
    return episode.legNumbness();
  }

  public LegWeakness legWeakness() {
    return episode.legWeakness();
  }

  public boolean weaknessProgressing() {
    return episode.weaknessProgressing();
  }

  public MovementEffect movementEffect() {
    return episode.movementEffect();
  }

  public boolean stoppedSet() {
    return episode.stoppedSet();
  }

  public boolean lostStrengthOrControl() {
    return episode.lostStrengthOrControl();
  }

  public Trend trend() {
    return episode.trend();
  }

  public int painfulSessionsInARow() {
    return episode.painfulSessionsInARow();
  }

  public Set<DailyLifeLimit> dailyLife() {
    return episode.dailyLife();
  }

  public boolean unsure() {
    return episode.unsure();
  }

  public boolean bladderChange() {
    return redFlags.bladderChange();
  }

  public boolean bowelChange() {
    return redFlags.bowelChange();
  }

  public boolean saddleNumbness() {
    return redFlags.saddleNumbness();
  }

  public boolean sexualDysfunction() {
    return redFlags.sexualDysfunction();
  }

  public boolean seriousAccident() {
    return redFlags.seriousAccident();
  }

  public boolean chestPain() {
    return redFlags.chestPain();
  }

  public boolean fever() {
    return redFlags.fever();
  }

  public boolean feelsVeryUnwell() {
    return redFlags.feelsVeryUnwell();
  }

  public boolean unexplainedWeightLoss() {
    return redFlags.unexplainedWeightLoss();
  }

  public boolean nightPain() {
    return redFlags.nightPain();
  }

  public boolean deformityOrLump() {
    return redFlags.deformityOrLump();
  }

  public boolean worseCoughSneeze() {
    return redFlags.worseCoughSneeze();
  }

  public Integer age() {
    return history.age();
  }

  public boolean cancerHistory() {
    return history.cancerHistory();
  }

  public boolean osteoporosisOrSteroids() {
    return history.osteoporosisOrSteroids();
  }

  public boolean immunosuppressed() {
    return history.immunosuppressed();
  }

  static void requireRange(String field, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw new InvalidCheckInException(field, StrictJson.rangeProblem(min, max));
    }
  }

  private static <E extends Enum<E>> Set<E> immutableSet(
      String field, Collection<E> values, Class<E> type) {
    EnumSet<E> copy = EnumSet.noneOf(type);
    if (values != null) {
      for (E value : values) {
        if (value == null) {
          throw new InvalidCheckInException(field, "must not contain null");
        }
        copy.add(value);
      }
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * This episode of back pain: how it hurts, how it began and how it goes (the fields {@code
   * painNow} to {@code unsure}).
   *
   * @param painNow back pain right now, 0..10
   * @param painPeak worst back pain since this episode began, 0..10 and at least {@code painNow},
   *     or {@code null} when unknown
   * @param painDuringSession worst pain during the last deadlift session, 0..10, or {@code null}
   * @param daysSinceOnset days since this episode began, 0 (today) ..3650
   * @param onset when the pain began relative to training, or {@code null} when unknown
   * @param quality how the pain feels; an immutable, {@link EnumSet}-backed copy, empty by default
   * @param location where the pain is, or {@code null} when unknown
   * @param leg pain, tingling or numbness travelling from the back into a leg; {@link
   *     LegSymptoms#NONE} by default
   * @param legNumbness numbness or pins-and-needles in a leg
   * @param legWeakness new weakness in the legs; {@link LegWeakness#NONE} by default
   * @param weaknessProgressing the weakness is getting worse
   * @param movementEffect what warming up or moving does, or {@code null} when unknown
   * @param stoppedSet the pain stopped a set
   * @param lostStrengthOrControl sudden loss of strength, stability or confidence under load
   * @param trend how the pain has developed since onset, or {@code null} when unknown
   * @param painfulSessionsInARow consecutive recent deadlift sessions that provoked back pain of
   *     3/10 or more, 0..100
   * @param dailyLife everyday activities the pain has limited on 2 or more days; an immutable,
   *     {@link EnumSet}-backed copy, empty by default
   * @param unsure the person does not know what is safe to train
   */
  public record ThisEpisode(
      int painNow,
      Integer painPeak,
      Integer painDuringSession,
      int daysSinceOnset,
      Onset onset,
      Set<PainQuality> quality,
      PainLocation location,
      LegSymptoms leg,
      boolean legNumbness,
      LegWeakness legWeakness,
      boolean weaknessProgressing,
      MovementEffect movementEffect,
      boolean stoppedSet,
      boolean lostStrengthOrControl,
      Trend trend,
      int painfulSessionsInARow,
      Set<DailyLifeLimit> dailyLife,
      boolean unsure) {

    /**
     * Validates ranges and {@code painPeak >= painNow}, replaces {@code null} by the default where
     * the field has one, and makes the sets immutable copies.
     *
     * @throws InvalidCheckInException naming the first field that breaks the contract
     */
    public ThisEpisode {
      requireRange("painNow", painNow, PAIN_MIN, PAIN_MAX);
      requireRange("painPeak", painPeak, PAIN_MIN, PAIN_MAX);
      requireRange("painDuringSession", painDuringSession, PAIN_MIN, PAIN_MAX);
      requireRange("daysSinceOnset", daysSinceOnset, 0, DAYS_SINCE_ONSET_MAX);
      requireRange("painfulSessionsInARow", painfulSessionsInARow, 0, PAINFUL_SESSIONS_MAX);
      if (painPeak != null && painPeak < painNow) {
        throw new InvalidCheckInException(
            "painPeak", "must not be lower than painNow (" + painNow + ")");
      }
      quality = immutableSet("quality", quality, PainQuality.class);
      dailyLife = immutableSet("dailyLife", dailyLife, DailyLifeLimit.class);
      leg = leg == null ? LegSymptoms.NONE : leg;
      legWeakness = legWeakness == null ? LegWeakness.NONE : legWeakness;
    }
  }

  /**
   * The two checklists of signs that more than a strained back may be going on: the emergency
   * signs, then the signs of serious illness.
   *
   * @param bladderChange new trouble starting or stopping urine, weak stream, can't go or can't
   *     feel it
   * @param bowelChange new loss of bowel control or of the feeling of needing to go
   * @param saddleNumbness numbness or tingling around genitals, back passage, buttocks or inner
   *     thighs
   * @param sexualDysfunction new loss of genital sensation or sexual function
   * @param seriousAccident the pain began after a fall from height, road accident or similar
   * @param chestPain chest pain together with the back pain
   * @param fever high temperature or feeling feverish or shivery
   * @param feelsVeryUnwell feeling very unwell
   * @param unexplainedWeightLoss losing weight without trying
   * @param nightPain pain at night or at rest not eased by lying still or changing position
   * @param deformityOrLump a lump, swelling or change in the shape of the back
   * @param worseCoughSneeze pain worse on coughing, sneezing or opening the bowels
   */
  public record RedFlags(
      boolean bladderChange,
      boolean bowelChange,
      boolean saddleNumbness,
      boolean sexualDysfunction,
      boolean seriousAccident,
      boolean chestPain,
      boolean fever,
      boolean feelsVeryUnwell,
      boolean unexplainedWeightLoss,
      boolean nightPain,
      boolean deformityOrLump,
      boolean worseCoughSneeze) {

    /** The emergency checklist, asked every time with an explicit "none of these". */
    public static final List<String> EMERGENCY_SIGNS =
        CheckInFields.names(CheckInFields.Group.EMERGENCY_SIGN);

    /** The second checklist: signs of serious illness rather than strain. */
    public static final List<String> ILLNESS_SIGNS =
        CheckInFields.names(CheckInFields.Group.ILLNESS_SIGN);

    /** None of the signs. */
    public static final RedFlags NONE =
        new RedFlags(
            false, false, false, false, false, false, false, false, false, false, false, false);
  }

  /**
   * The lasting facts about the person's health, asked once in the profile (triage.md "Asking
   * well").
   *
   * @param age years, 16..110, or {@code null} when unknown
   * @param cancerHistory has ever had cancer
   * @param osteoporosisOrSteroids osteoporosis, or long-term steroid tablets
   * @param immunosuppressed weakened immune system, or injecting drugs
   */
  public record HealthHistory(
      Integer age,
      boolean cancerHistory,
      boolean osteoporosisOrSteroids,
      boolean immunosuppressed) {

    /** The health history's fields in spec order: {@code age}, then the yes/no facts. */
    public static final List<String> FIELDS =
        CheckInFields.names(CheckInFields.Group.HEALTH_HISTORY);

    /** The yes/no facts of the health history (all its fields but {@code age}). */
    public static final List<String> FACTS =
        CheckInFields.yesNoNames(CheckInFields.Group.HEALTH_HISTORY);

    /** Nothing known. */
    public static final HealthHistory UNKNOWN = new HealthHistory(null, false, false, false);

    /**
     * @throws InvalidCheckInException when the age is out of range
     */
    public HealthHistory {
      requireRange("age", age, AGE_MIN, AGE_MAX);
    }
  }

  /**
   * Facts the stateful app derives from the training log (check-in field {@code context}).
   *
   * @param hingeWeekChangePct this week's hinge tonnage against last week's, in percent (finite),
   *     or {@code null} when unknown
   * @param daysSinceLastHinge days since the previous deadlift-family session, 0 or more, or {@code
   *     null} when unknown
   */
  public record TrainingContext(Double hingeWeekChangePct, Integer daysSinceLastHinge) {

    /** No training context known. */
    public static final TrainingContext EMPTY = new TrainingContext(null, null);

    /**
     * @throws InvalidCheckInException when the percentage is not finite or the days are negative
     */
    public TrainingContext {
      if (hingeWeekChangePct != null && !Double.isFinite(hingeWeekChangePct)) {
        throw new InvalidCheckInException("context.hingeWeekChangePct", "must be a finite number");
      }
      requireRange("context.daysSinceLastHinge", daysSinceLastHinge, 0, Integer.MAX_VALUE);
    }
  }

  /**
   * A mutable builder for a {@link CheckIn}, starting from the spec defaults; used by the web form
   * and tests. Not thread-safe. Each setter sets the field of the same name and returns this
   * builder; nothing is checked until {@link #build()}.
   */
  public static final class Builder {
    private int painNow;
    private Integer painPeak;
    private Integer painDuringSession;
    private int daysSinceOnset;
    private Onset onset;
    private Set<PainQuality> quality = EnumSet.noneOf(PainQuality.class);
    private PainLocation location;
    private LegSymptoms leg = LegSymptoms.NONE;
    private boolean legNumbness;
    private LegWeakness legWeakness = LegWeakness.NONE;
    private boolean weaknessProgressing;
    private MovementEffect movementEffect;
    private boolean stoppedSet;
    private boolean lostStrengthOrControl;
    private Trend trend;
    private int painfulSessionsInARow;
    private Set<DailyLifeLimit> dailyLife = EnumSet.noneOf(DailyLifeLimit.class);
    private boolean unsure;
    private Integer age;
    private boolean bladderChange;
    private boolean bowelChange;
    private boolean saddleNumbness;
    private boolean sexualDysfunction;
    private boolean seriousAccident;
    private boolean chestPain;
    private boolean fever;
    private boolean feelsVeryUnwell;
    private boolean unexplainedWeightLoss;
    private boolean cancerHistory;
    private boolean nightPain;
    private boolean osteoporosisOrSteroids;
    private boolean immunosuppressed;
    private boolean deformityOrLump;
    private boolean worseCoughSneeze;
    private TrainingContext context = TrainingContext.EMPTY;

    private Builder(int painNow) {
      this.painNow = painNow;
    }

    private Builder(CheckIn c) {
      ThisEpisode e = c.episode;
      painNow = e.painNow();
      painPeak = e.painPeak();
      painDuringSession = e.painDuringSession();
      daysSinceOnset = e.daysSinceOnset();
      onset = e.onset();
      quality = e.quality();
      location = e.location();
      leg = e.leg();
      legNumbness = e.legNumbness();
      legWeakness = e.legWeakness();
      weaknessProgressing = e.weaknessProgressing();
      movementEffect = e.movementEffect();
      stoppedSet = e.stoppedSet();
      lostStrengthOrControl = e.lostStrengthOrControl();
      trend = e.trend();
      painfulSessionsInARow = e.painfulSessionsInARow();
      dailyLife = e.dailyLife();
      unsure = e.unsure();
      RedFlags r = c.redFlags;
      bladderChange = r.bladderChange();
      bowelChange = r.bowelChange();
      saddleNumbness = r.saddleNumbness();
      sexualDysfunction = r.sexualDysfunction();
      seriousAccident = r.seriousAccident();
      chestPain = r.chestPain();
      fever = r.fever();
      feelsVeryUnwell = r.feelsVeryUnwell();
      unexplainedWeightLoss = r.unexplainedWeightLoss();
      nightPain = r.nightPain();
      deformityOrLump = r.deformityOrLump();
      worseCoughSneeze = r.worseCoughSneeze();
      HealthHistory h = c.history;
      age = h.age();
      cancerHistory = h.cancerHistory();
      osteoporosisOrSteroids = h.osteoporosisOrSteroids();
      immunosuppressed = h.immunosuppressed();
      context = c.context;
    }

    public Builder painNow(int painNow) {
      this.painNow = painNow;
      return this;
    }

    public Builder painPeak(Integer painPeak) {
      this.painPeak = painPeak;
      return this;
    }

    public Builder painDuringSession(Integer painDuringSession) {
      this.painDuringSession = painDuringSession;
      return this;
    }

    public Builder daysSinceOnset(int daysSinceOnset) {
      this.daysSinceOnset = daysSinceOnset;
      return this;
    }

    public Builder onset(Onset onset) {
      this.onset = onset;
      return this;
    }

    /** Sets {@code quality} to a copy of the given values ({@code null} means none). */
    public Builder quality(Collection<PainQuality> quality) {
      this.quality = copy(quality, PainQuality.class);
      return this;
    }

    /** Sets {@code quality} to exactly the given values. */
    public Builder quality(PainQuality... quality) {
      return quality(quality == null ? null : Arrays.asList(quality));
    }

    public Builder location(PainLocation location) {
      this.location = location;
      return this;
    }

    public Builder leg(LegSymptoms leg) {
      this.leg = leg;
      return this;
    }

    public Builder legNumbness(boolean legNumbness) {
      this.legNumbness = legNumbness;
      return this;
    }

    public Builder legWeakness(LegWeakness legWeakness) {
      this.legWeakness = legWeakness;
      return this;
    }

    public Builder weaknessProgressing(boolean weaknessProgressing) {
      this.weaknessProgressing = weaknessProgressing;
      return this;
    }

    public Builder movementEffect(MovementEffect movementEffect) {
      this.movementEffect = movementEffect;
      return this;
    }

    public Builder stoppedSet(boolean stoppedSet) {
      this.stoppedSet = stoppedSet;
      return this;
    }

    public Builder lostStrengthOrControl(boolean lostStrengthOrControl) {
      this.lostStrengthOrControl = lostStrengthOrControl;
      return this;
    }

    public Builder trend(Trend trend) {
      this.trend = trend;
      return this;
    }

    public Builder painfulSessionsInARow(int painfulSessionsInARow) {
      this.painfulSessionsInARow = painfulSessionsInARow;
      return this;
    }

    /** Sets {@code dailyLife} to a copy of the given values ({@code null} means none). */
    public Builder dailyLife(Collection<DailyLifeLimit> dailyLife) {
      this.dailyLife = copy(dailyLife, DailyLifeLimit.class);
      return this;
    }

    /** Sets {@code dailyLife} to exactly the given values. */
    public Builder dailyLife(DailyLifeLimit... dailyLife) {
      return dailyLife(dailyLife == null ? null : Arrays.asList(dailyLife));
    }

    public Builder unsure(boolean unsure) {
      this.unsure = unsure;
      return this;
    }

    public Builder age(Integer age) {
      this.age = age;
      return this;
    }

    public Builder bladderChange(boolean bladderChange) {
      this.bladderChange = bladderChange;
      return this;
    }

    public Builder bowelChange(boolean bowelChange) {
      this.bowelChange = bowelChange;
      return this;
    }

    public Builder saddleNumbness(boolean saddleNumbness) {
      this.saddleNumbness = saddleNumbness;
      return this;
    }

    public Builder sexualDysfunction(boolean sexualDysfunction) {
      this.sexualDysfunction = sexualDysfunction;
      return this;
    }

    public Builder seriousAccident(boolean seriousAccident) {
      this.seriousAccident = seriousAccident;
      return this;
    }

    public Builder chestPain(boolean chestPain) {
      this.chestPain = chestPain;
      return this;
    }

    public Builder fever(boolean fever) {
      this.fever = fever;
      return this;
    }

    public Builder feelsVeryUnwell(boolean feelsVeryUnwell) {
      this.feelsVeryUnwell = feelsVeryUnwell;
      return this;
    }

    public Builder unexplainedWeightLoss(boolean unexplainedWeightLoss) {
      this.unexplainedWeightLoss = unexplainedWeightLoss;
      return this;
    }

    public Builder cancerHistory(boolean cancerHistory) {
      this.cancerHistory = cancerHistory;
      return this;
    }

    public Builder nightPain(boolean nightPain) {
      this.nightPain = nightPain;
      return this;
    }

    public Builder osteoporosisOrSteroids(boolean osteoporosisOrSteroids) {
      this.osteoporosisOrSteroids = osteoporosisOrSteroids;
      return this;
    }

    public Builder immunosuppressed(boolean immunosuppressed) {
      this.immunosuppressed = immunosuppressed;
      return this;
    }

    public Builder deformityOrLump(boolean deformityOrLump) {
      this.deformityOrLump = deformityOrLump;
      return this;
    }

    public Builder worseCoughSneeze(boolean worseCoughSneeze) {
      this.worseCoughSneeze = worseCoughSneeze;
      return this;
    }

    /** Sets the training context ({@code null} means {@link TrainingContext#EMPTY}). */
    public Builder context(TrainingContext context) {
      this.context = context;
      return this;
    }

    /**
     * Builds the check-in.
     *
     * @throws InvalidCheckInException when a value breaks the contract
     */
    public CheckIn build() {
      return new CheckIn(
          new ThisEpisode(
              painNow,
              painPeak,
              painDuringSession,
              daysSinceOnset,
              onset,
              quality,
              location,
              leg,
              legNumbness,
              legWeakness,
              weaknessProgressing,
              movementEffect,
              stoppedSet,
              lostStrengthOrControl,
              trend,
              painfulSessionsInARow,
              dailyLife,
              unsure),
          new RedFlags(
              bladderChange,
              bowelChange,
              saddleNumbness,
              sexualDysfunction,
              seriousAccident,
              chestPain,
              fever,
              feelsVeryUnwell,
              unexplainedWeightLoss,
              nightPain,
              deformityOrLump,
              worseCoughSneeze),
          new HealthHistory(age, cancerHistory, osteoporosisOrSteroids, immunosuppressed),
          context);
    }

    /**
     * A private snapshot of the given values so that later changes to the caller's collection do
     * not leak into the builder. Nulls inside are kept for {@link CheckIn}'s check to report.
     */
    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
      if (values == null) {
        return EnumSet.noneOf(type);
      }
      return new LinkedHashSet<>(values);
    }
  }
}
