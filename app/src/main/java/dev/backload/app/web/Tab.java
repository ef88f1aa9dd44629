package dev.backload.app.web;

import java.util.List;

/**
 * The tabs of the bottom bar on every signed-in page, and which one a page belongs to. The page's
 * request path decides, in one place: a page under a tab's paths marks that tab as the current one.
 * The daily check-in belongs to Today (it is what Today asks for first); the check-in history to
 * Progress; the pages behind More (import, account, assessments, the next-morning questions) to
 * More.
 */
public enum Tab {
  TODAY("Today", "/today", List.of("/today", "/check-in", "/check-ins/new")),
  LOG("Log", "/workouts", List.of("/workouts")),
  PLAN("Plan", "/plan", List.of("/plan", "/screen")),
  PROGRESS("Progress", "/dashboard", List.of("/dashboard", "/check-ins", "/profile")),
  MORE("More", "/more", List.of("/more", "/import", "/account", "/assessments", "/monitoring"));

  private final String label;
  private final String href;
  private final List<String> paths;

  Tab(String label, String href, List<String> paths) {
    this.label = label;
    this.href = href;
    this.paths = paths;
  }

  public String label() {
    return label;
  }

  public String href() {
    return href;
  }

  /** The id the layout and the tests use: {@code today}, {@code log} ... */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The tab a page belongs to, or {@code null} for a page outside the tabs (an error page).
   *
   * @param path the request path without the context path, such as {@code /workouts/12}
   */
  public static Tab of(String path) {
    if (path == null) {
      return null;
    }
    // The longest matching prefix wins: /check-ins/new is Today, /check-ins/5 is Progress.
    Tab best = null;
    int bestLength = -1;
    for (Tab tab : values()) {
      for (String p : tab.paths) {
        boolean under = path.equals(p) || path.startsWith(p + "/");
        if (under && p.length() > bestLength) {
          best = tab;
          bestLength = p.length();
        }
      }
    }
    return best;
  }
}
