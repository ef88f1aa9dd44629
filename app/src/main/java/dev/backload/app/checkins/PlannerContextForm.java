package dev.backload.app.checkins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional "for your plan" part of the signed-in check-in page: the same values as {@link
 * PlannerContext}, one form field each. Empty boxes mean "skipped".
 */
public class PlannerContextForm {
  private Double sleepHours;
  private Integer stress;
  private Integer hingeTestPain;
  private Integer painStartSet;
  private Integer painStartSets;
  private Integer painStartRep;
  private Integer painStartReps;
  private List<String> technique = new ArrayList<>();

  public Double getSleepHours() {
    return sleepHours;
  }

  public void setSleepHours(Double v) {
    sleepHours = v;
  }

  public Integer getStress() {
    return stress;
  }

  public void setStress(Integer v) {
    stress = v;
  }

  public Integer getHingeTestPain() {
    return hingeTestPain;
  }

  public void setHingeTestPain(Integer v) {
    hingeTestPain = v;
  }

  public Integer getPainStartSet() {
    return painStartSet;
  }

  public void setPainStartSet(Integer v) {
    painStartSet = v;
  }

  public Integer getPainStartSets() {
    return painStartSets;
  }

  public void setPainStartSets(Integer v) {
    painStartSets = v;
  }

  public Integer getPainStartRep() {
    return painStartRep;
  }

  public void setPainStartRep(Integer v) {
    painStartRep = v;
  }

  public Integer getPainStartReps() {
    return painStartReps;
  }

  public void setPainStartReps(Integer v) {
    painStartReps = v;
  }

  /** Ticked notes: {@code BAR_DRIFTED_AWAY}, {@code BACK_ROUNDED}. */
  public List<String> getTechnique() {
    return technique;
  }

  public void setTechnique(List<String> v) {
    technique = v == null ? new ArrayList<>() : v;
  }

  /**
   * The context the form gives, checked as the API checks it.
   *
   * @throws dev.backload.core.triage.InvalidCheckInException naming the API field
   */
  PlannerContext toContext() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sleepHours", sleepHours);
    json.put("stress", stress);
    json.put("hingeTestPain", hingeTestPain);
    if (painStartSet != null
        || painStartSets != null
        || painStartRep != null
        || painStartReps != null) {
      Map<String, Object> start = new LinkedHashMap<>();
      start.put("setNumber", painStartSet);
      start.put("setsInSession", painStartSets);
      start.put("repNumber", painStartRep);
      start.put("repsInSet", painStartReps);
      json.put("painStart", start);
    }
    json.put("technique", technique);
    return PlannerContext.parse(json);
  }

  /** The form field that asked an API field such as {@code plannerContext.painStart.setNumber}. */
  static String formField(String apiField) {
    String name =
        apiField.startsWith(PlannerContext.FIELD + ".")
            ? apiField.substring(PlannerContext.FIELD.length() + 1)
            : apiField;
    return switch (name.split("\\[", 2)[0]) {
      case "painStart.setNumber" -> "painStartSet";
      case "painStart.setsInSession" -> "painStartSets";
      case "painStart.repNumber" -> "painStartRep";
      case "painStart.repsInSet" -> "painStartReps";
      case "sleepHours", "stress", "hingeTestPain", "technique" -> name.split("\\[", 2)[0];
      default -> "sleepHours";
    };
  }

  /** The question of a form field, for messages. */
  static String label(String formField) {
    return switch (formField) {
      case "sleepHours" -> "Hours of sleep";
      case "stress" -> "Stress";
      case "hingeTestPain" -> "Broomstick hinge test";
      case "painStartSet" -> "Set the pain began in";
      case "painStartSets" -> "Working sets in that session";
      case "painStartRep" -> "Rep the pain began in";
      case "painStartReps" -> "Reps in that set";
      default -> "Technique";
    };
  }
}
