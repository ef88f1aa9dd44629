package dev.backload.app.checkins;

import dev.backload.app.web.JsonValues;
import dev.backload.app.web.JsonValues.InvalidField;
import dev.backload.core.planning.EpisodeCheckIn;
import dev.backload.core.planning.PainStart;
import dev.backload.core.planning.TechniqueNote;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.InvalidCheckInException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a check-in may add for the planner (planner.md sections 2 and 4), all optional: it is not
 * part of the triage rulebook's input, so it travels beside it as the top-level member {@value
 * #FIELD} of {@code POST /api/v1/checkins} (and of the command line's check-in lines), which is
 * taken out and checked before the triage fields are.
 *
 * @param sleepHours hours slept the night before, 0 to 24, or {@code null}
 * @param stress stress 0 to 10, or {@code null}
 * @param hingeTestPain pain of an unloaded hip hinge with a broomstick along the back, 0 to 10, or
 *     {@code null}
 * @param painStart in which working deadlift set of the session (and which rep) the pain began, or
 *     {@code null}
 * @param technique what the person noticed about the lift when the pain began; never {@code null}
 */
public record PlannerContext(
    Double sleepHours,
    Integer stress,
    Integer hingeTestPain,
    PainStart painStart,
    Set<TechniqueNote> technique) {

  /** The member of a check-in that carries the context. */
  public static final String FIELD = "plannerContext";

  /** The most working sets (and reps) a session may be said to have had. */
  public static final int MAX_SETS = 50;

  /** The most reps a set may be said to have had. */
  public static final int MAX_REPS = 100;

  /** No context given. */
  public static final PlannerContext NONE = new PlannerContext(null, null, null, null, Set.of());

  private static final Set<String> MEMBERS =
      Set.of("sleepHours", "stress", "hingeTestPain", "painStart", "technique");
  private static final Set<String> START_MEMBERS =
      Set.of("setNumber", "setsInSession", "repNumber", "repsInSet");

  public PlannerContext {
    technique =
        technique == null || technique.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(technique));
  }

  /** Whether nothing was given. */
  public boolean nothingGiven() {
    return sleepHours == null
        && stress == null
        && hingeTestPain == null
        && painStart == null
        && technique.isEmpty();
  }

  /** The planner's dated check-in: the triage check-in with this context. */
  public EpisodeCheckIn toEpisodeCheckIn(LocalDate date, CheckIn checkIn) {
    return new EpisodeCheckIn(
        date, checkIn, hingeTestPain, sleepHours, stress, painStart, technique, Set.of());
  }

  /** What was given, one plain sentence per answer, for the stored check-in's page. */
  public List<String> describe() {
    List<String> lines = new ArrayList<>();
    if (sleepHours != null) {
      lines.add("Sleep the night before: " + JsonValues.plain(sleepHours) + " hours.");
    }
    if (stress != null) {
      lines.add("Stress: " + stress + " out of 10.");
    }
    if (hingeTestPain != null) {
      lines.add("Broomstick hinge test: " + hingeTestPain + " out of 10.");
    }
    if (painStart != null) {
      lines.add(
          "The pain began in working set "
              + painStart.setNumber()
              + " of "
              + painStart.setsInSession()
              + (painStart.repNumber() == null
                  ? ""
                  : ", rep " + painStart.repNumber() + " of " + painStart.repsInSet())
              + ".");
    }
    for (TechniqueNote note : TechniqueNote.values()) {
      if (technique.contains(note)) {
        lines.add("You noticed " + note.text() + ".");
      }
    }
    return lines;
  }

  /** This context, or {@code null} when it is empty (so the API leaves it out). */
  public PlannerContext orNull() {
    return nothingGiven() ? null : this;
  }

  /**
   * Reads the {@value #FIELD} member of a check-in.
   *
   * @param json the member's value as parsed ({@code null} when absent)
   * @return the context, {@link #NONE} when absent or empty
   * @throws InvalidCheckInException naming the field, such as {@code plannerContext.stress}
   */
  public static PlannerContext parse(Object json) {
    try {
      Map<String, Object> m = JsonValues.object(FIELD, json, MEMBERS);
      if (m == null) {
        return NONE;
      }
      return new PlannerContext(
          JsonValues.number(FIELD + ".sleepHours", m.get("sleepHours"), 0, 24),
          JsonValues.whole(FIELD + ".stress", m.get("stress"), 0, 10),
          JsonValues.whole(FIELD + ".hingeTestPain", m.get("hingeTestPain"), 0, 10),
          painStart(m.get("painStart")),
          technique(m.get("technique")));
    } catch (InvalidField e) {
      throw new InvalidCheckInException(e.field(), e.problem());
    }
  }

  private static PainStart painStart(Object json) {
    String field = FIELD + ".painStart";
    Map<String, Object> m = JsonValues.object(field, json, START_MEMBERS);
    if (m == null) {
      return null;
    }
    Integer sets = JsonValues.whole(field + ".setsInSession", m.get("setsInSession"), 1, MAX_SETS);
    Integer set = JsonValues.whole(field + ".setNumber", m.get("setNumber"), 1, MAX_SETS);
    Integer reps = JsonValues.whole(field + ".repsInSet", m.get("repsInSet"), 1, MAX_REPS);
    Integer rep = JsonValues.whole(field + ".repNumber", m.get("repNumber"), 1, MAX_REPS);
    if (set == null) {
      throw new InvalidField(field + ".setNumber", "is required with painStart");
    }
    if (sets == null) {
      throw new InvalidField(field + ".setsInSession", "is required with painStart");
    }
    if (set > sets) {
      throw new InvalidField(
          field + ".setNumber", "must not be above setsInSession (" + sets + ")");
    }
    if (rep != null && reps == null) {
      throw new InvalidField(field + ".repsInSet", "is required with repNumber");
    }
    if (rep == null && reps != null) {
      throw new InvalidField(field + ".repNumber", "is required with repsInSet");
    }
    if (rep != null && rep > reps) {
      throw new InvalidField(field + ".repNumber", "must not be above repsInSet (" + reps + ")");
    }
    return new PainStart(set, sets, rep, reps);
  }

  private static Set<TechniqueNote> technique(Object json) {
    String field = FIELD + ".technique";
    List<?> values = JsonValues.array(field, json);
    Set<TechniqueNote> notes = EnumSet.noneOf(TechniqueNote.class);
    if (values == null) {
      return notes;
    }
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      TechniqueNote note = null;
      for (TechniqueNote candidate : TechniqueNote.values()) {
        if (candidate.name().equals(value)) {
          note = candidate;
        }
      }
      if (note == null) {
        throw new InvalidField(
            field + "[" + i + "]", "must be one of BAR_DRIFTED_AWAY, BACK_ROUNDED");
      }
      notes.add(note);
    }
    return notes;
  }
}
