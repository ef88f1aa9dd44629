package dev.backload.app.monitoring;

/** What the monitoring page's form posts; an empty box leaves that answer as it is. */
public class MonitoringForm {
  private Integer baseline;
  private Integer during;
  private Integer nextMorning;

  public Integer getBaseline() {
    return baseline;
  }

  public void setBaseline(Integer v) {
    baseline = v;
  }

  public Integer getDuring() {
    return during;
  }

  public void setDuring(Integer v) {
    during = v;
  }

  public Integer getNextMorning() {
    return nextMorning;
  }

  public void setNextMorning(Integer v) {
    nextMorning = v;
  }
}
