package dev.backload.core.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A monitored session with its zone.
 *
 * @param session the session and its answers
 * @param zone green, amber, red or pending
 * @param why one plain sentence saying what put the session in its zone
 */
public record ZonedSession(MonitoredSession session, Zone zone, String why) {

  public ZonedSession {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(why, "why");
  }

  /** The session's date. */
  public LocalDate date() {
    return session.date();
  }

  /** What was lifted. */
  public Dose dose() {
    return session.dose();
  }
}
