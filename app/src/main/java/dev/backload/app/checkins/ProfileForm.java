package dev.backload.app.checkins;

/** What the profile page's form posts. An empty age box means "not given". */
public class ProfileForm {
  private Integer age;
  private boolean cancerHistory;
  private boolean osteoporosisOrSteroids;
  private boolean immunosuppressed;

  public Integer getAge() {
    return age;
  }

  public void setAge(Integer v) {
    age = v;
  }

  public boolean isCancerHistory() {
    return cancerHistory;
  }

  public void setCancerHistory(boolean v) {
    cancerHistory = v;
  }

  public boolean isOsteoporosisOrSteroids() {
    return osteoporosisOrSteroids;
  }

  public void setOsteoporosisOrSteroids(boolean v) {
    osteoporosisOrSteroids = v;
  }

  public boolean isImmunosuppressed() {
    return immunosuppressed;
  }

  public void setImmunosuppressed(boolean v) {
    immunosuppressed = v;
  }
}
