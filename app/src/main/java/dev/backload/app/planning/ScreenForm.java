package dev.backload.app.planning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the screen page posts: one box per test, empty for not tested; the hinge test as {@code
 * yes}, {@code no} or empty.
 */
public class ScreenForm {
  private Double kneeToWallLeftCm;
  private Double kneeToWallRightCm;
  private String hingesToMidShinFlatBack = "";
  private Double sidePlankLeftS;
  private Double sidePlankRightS;
  private Double backExtensorHoldS;

  public Double getKneeToWallLeftCm() {
    return kneeToWallLeftCm;
  }

  public void setKneeToWallLeftCm(Double v) {
    kneeToWallLeftCm = v;
  }

  public Double getKneeToWallRightCm() {
    return kneeToWallRightCm;
  }

  public void setKneeToWallRightCm(Double v) {
    kneeToWallRightCm = v;
  }

  public String getHingesToMidShinFlatBack() {
    return hingesToMidShinFlatBack;
  }

  public void setHingesToMidShinFlatBack(String v) {
    hingesToMidShinFlatBack = v == null ? "" : v;
  }

  public Double getSidePlankLeftS() {
    return sidePlankLeftS;
  }

  public void setSidePlankLeftS(Double v) {
    sidePlankLeftS = v;
  }

  public Double getSidePlankRightS() {
    return sidePlankRightS;
  }

  public void setSidePlankRightS(Double v) {
    sidePlankRightS = v;
  }

  public Double getBackExtensorHoldS() {
    return backExtensorHoldS;
  }

  public void setBackExtensorHoldS(Double v) {
    backExtensorHoldS = v;
  }

  /** The form as the API's JSON, so both are checked by {@link ScreenInput}. */
  Map<String, Object> toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kneeToWallLeftCm", kneeToWallLeftCm);
    json.put("kneeToWallRightCm", kneeToWallRightCm);
    json.put(
        "hingesToMidShinFlatBack",
        switch (hingesToMidShinFlatBack) {
          case "yes" -> Boolean.TRUE;
          case "no" -> Boolean.FALSE;
          default -> null;
        });
    json.put("sidePlankLeftS", sidePlankLeftS);
    json.put("sidePlankRightS", sidePlankRightS);
    json.put("backExtensorHoldS", backExtensorHoldS);
    return json;
  }

  /** A form showing a stored screen. */
  static ScreenForm of(DatedScreen s) {
    ScreenForm f = new ScreenForm();
    f.kneeToWallLeftCm = s.kneeToWallLeftCm();
    f.kneeToWallRightCm = s.kneeToWallRightCm();
    f.hingesToMidShinFlatBack =
        s.hingesToMidShinFlatBack() == null ? "" : s.hingesToMidShinFlatBack() ? "yes" : "no";
    f.sidePlankLeftS = s.sidePlankLeftS();
    f.sidePlankRightS = s.sidePlankRightS();
    f.backExtensorHoldS = s.backExtensorHoldS();
    return f;
  }
}
