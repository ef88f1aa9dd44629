package dev.backload.app.triage;

import java.util.ArrayList;
import java.util.List;

/**
 * What the check-in page's form posts. Numbers are boxed so that an empty box means "not answered";
 * choices arrive as the rulebook's enum names and are checked by the core.
 */
public class CheckInForm {
  private Integer painNow;
  private Integer painPeak;
  private Integer painDuringSession;
  private Integer daysSinceOnset;
  private String onset;
  private List<String> quality = new ArrayList<>();
  private String location;
  private String leg = "NONE";
  private boolean legNumbness;
  private String legWeakness = "NONE";
  private boolean weaknessProgressing;
  private String movementEffect;
  private boolean stoppedSet;
  private boolean lostStrengthOrControl;
  private String trend;
  private Integer painfulSessionsInARow;
  private List<String> dailyLife = new ArrayList<>();
  private boolean unsure;
  private List<String> emergencySigns = new ArrayList<>();
  private List<String> illnessSigns = new ArrayList<>();
  private Integer age;
  private List<String> history = new ArrayList<>();
  private boolean mergedRedFlags;
  private boolean legSymptoms;
  private Integer daysSinceLastHinge;
  private Double hingeWeekChangePct;

  public Integer getPainNow() {
    return painNow;
  }

  public void setPainNow(Integer v) {
    painNow = v;
  }

  public Integer getPainPeak() {
    return painPeak;
  }

  public void setPainPeak(Integer v) {
    painPeak = v;
  }

  public Integer getPainDuringSession() {
    return painDuringSession;
  }

  public void setPainDuringSession(Integer v) {
    painDuringSession = v;
  }

  public Integer getDaysSinceOnset() {
    return daysSinceOnset;
  }

  public void setDaysSinceOnset(Integer v) {
    daysSinceOnset = v;
  }

  public String getOnset() {
    return onset;
  }

  public void setOnset(String v) {
    onset = v;
  }

  public List<String> getQuality() {
    return quality;
  }

  public void setQuality(List<String> v) {
    quality = v == null ? new ArrayList<>() : v;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String v) {
    location = v;
  }

  public String getLeg() {
    return leg;
  }

  public void setLeg(String v) {
    leg = v;
  }

  public boolean isLegNumbness() {
    return legNumbness;
  }

  public void setLegNumbness(boolean v) {
    legNumbness = v;
  }

  public String getLegWeakness() {
    return legWeakness;
  }

  public void setLegWeakness(String v) {
    legWeakness = v;
  }

  public boolean isWeaknessProgressing() {
    return weaknessProgressing;
  }

  public void setWeaknessProgressing(boolean v) {
    weaknessProgressing = v;
  }

  public String getMovementEffect() {
    return movementEffect;
  }

  public void setMovementEffect(String v) {
    movementEffect = v;
  }

  public boolean isStoppedSet() {
    return stoppedSet;
  }

  public void setStoppedSet(boolean v) {
    stoppedSet = v;
  }

  public boolean isLostStrengthOrControl() {
    return lostStrengthOrControl;
  }

  public void setLostStrengthOrControl(boolean v) {
    lostStrengthOrControl = v;
  }

  public String getTrend() {
    return trend;
  }

  public void setTrend(String v) {
    trend = v;
  }

  public Integer getPainfulSessionsInARow() {
    return painfulSessionsInARow;
  }

  public void setPainfulSessionsInARow(Integer v) {
    painfulSessionsInARow = v;
  }

  public List<String> getDailyLife() {
    return dailyLife;
  }

  public void setDailyLife(List<String> v) {
    dailyLife = v == null ? new ArrayList<>() : v;
  }

  public boolean isUnsure() {
    return unsure;
  }

  public void setUnsure(boolean v) {
    unsure = v;
  }

  /**
   * Ticked items of the emergency checklist: field names such as {@code bladderChange}, or {@code
   * NONE}.
   */
  public List<String> getEmergencySigns() {
    return emergencySigns;
  }

  public void setEmergencySigns(List<String> v) {
    emergencySigns = v == null ? new ArrayList<>() : v;
  }

  /** Ticked items of the other-health-signs checklist, or {@code NONE}. */
  public List<String> getIllnessSigns() {
    return illnessSigns;
  }

  public void setIllnessSigns(List<String> v) {
    illnessSigns = v == null ? new ArrayList<>() : v;
  }

  /**
   * The page's one red-flag list: the emergency and illness checklists merged, plus the item that
   * opens the one-leg questions ({@link CheckInPageController#LEG_SIGN}), with one "None of these"
   * ({@code NONE}) for all of it.
   */
  public List<String> getRedFlags() {
    List<String> all = new ArrayList<>();
    if (emergencySigns.contains(CheckInPageController.NONE)
        || illnessSigns.contains(CheckInPageController.NONE)) {
      all.add(CheckInPageController.NONE);
    }
    emergencySigns.stream().filter(s -> !s.equals(CheckInPageController.NONE)).forEach(all::add);
    illnessSigns.stream().filter(s -> !s.equals(CheckInPageController.NONE)).forEach(all::add);
    if (legSymptoms) {
      all.add(CheckInPageController.LEG_SIGN);
    }
    return all;
  }

  /**
   * Sorts the merged list's answers into the two checklists the triage reads. "None of these"
   * answers both; a ticked sign is kept whatever else is ticked, so it always wins over "None of
   * these". Unknown items are dropped, as on the separate lists.
   */
  public void setRedFlags(List<String> v) {
    List<String> ticked = v == null ? List.of() : v;
    mergedRedFlags = true;
    emergencySigns = new ArrayList<>();
    illnessSigns = new ArrayList<>();
    for (String item : ticked) {
      if (item.equals(CheckInPageController.NONE)) {
        emergencySigns.add(item);
        illnessSigns.add(item);
      } else if (CheckInPageController.EMERGENCY_SIGNS.contains(item)
          || item.equals(CheckInPageController.BOTH_LEGS_SIGN)) {
        emergencySigns.add(item);
      } else if (CheckInPageController.ILLNESS_SIGNS.contains(item)) {
        illnessSigns.add(item);
      }
    }
    legSymptoms = ticked.contains(CheckInPageController.LEG_SIGN);
  }

  /** Whether the answers came as the merged red-flag list rather than as the two checklists. */
  public boolean isMergedRedFlags() {
    return mergedRedFlags;
  }

  /** Whether "pain, tingling, numbness or weakness in one leg" was ticked in the merged list. */
  public boolean isLegSymptoms() {
    return legSymptoms;
  }

  public Integer getAge() {
    return age;
  }

  public void setAge(Integer v) {
    age = v;
  }

  /**
   * Lasting health facts ticked: {@code cancerHistory}, {@code osteoporosisOrSteroids}, {@code
   * immunosuppressed}.
   */
  public List<String> getHistory() {
    return history;
  }

  public void setHistory(List<String> v) {
    history = v == null ? new ArrayList<>() : v;
  }

  public Integer getDaysSinceLastHinge() {
    return daysSinceLastHinge;
  }

  public void setDaysSinceLastHinge(Integer v) {
    daysSinceLastHinge = v;
  }

  public Double getHingeWeekChangePct() {
    return hingeWeekChangePct;
  }

  public void setHingeWeekChangePct(Double v) {
    hingeWeekChangePct = v;
  }
}
