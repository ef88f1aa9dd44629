package dev.backload.app.checkins;

import dev.backload.app.config.Json;
import dev.backload.core.planning.PainStart;
import dev.backload.core.planning.TechniqueNote;
import dev.backload.core.triage.Disposition;
import dev.backload.core.triage.TriageResult;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Stored check-ins and pain episodes (tables {@code check_in} and {@code pain_episode}). Every
 * method takes the owner's account id and touches only that account's rows.
 */
@Repository
public class CheckInStore {
  private final JdbcClient jdbc;

  CheckInStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A pain episode.
   *
   * @param id database id
   * @param start the day the pain began
   * @param end the date of the check-in that closed it, or {@code null} while it is open
   */
  public record Episode(long id, LocalDate start, LocalDate end) {
    public boolean open() {
      return end == null;
    }
  }

  /** One check-in of an episode, as the episode and derivation rules need it. */
  public record EpisodeCheckIn(long id, LocalDate date, int painNow, Integer painPeak) {}

  /** One line of the check-in history. */
  public record Summary(
      long id, LocalDate date, int painNow, Disposition disposition, Long episodeId) {}

  /** What a new stored check-in holds. */
  record NewCheckIn(
      LocalDate date,
      Long episodeId,
      int painNow,
      Integer painPeak,
      Map<String, Object> input,
      Map<String, Object> effectiveInput,
      List<String> derived,
      TriageResult result,
      PlannerContext context) {}

  /** The date of the account's latest check-in. */
  public Optional<LocalDate> latestDate(long accountId) {
    return jdbc.sql(
            "SELECT check_in_date FROM check_in WHERE account_id = :account"
                + " ORDER BY check_in_date DESC LIMIT 1")
        .param("account", accountId)
        .query(LocalDate.class)
        .optional();
  }

  /** The account's open episode, if any. */
  public Optional<Episode> openEpisode(long accountId) {
    return jdbc
        .sql(
            "SELECT id, start_date, end_date FROM pain_episode"
                + " WHERE account_id = :account AND end_date IS NULL ORDER BY id DESC")
        .param("account", accountId)
        .query(CheckInStore::episode)
        .list()
        .stream()
        .findFirst();
  }

  /** Every episode of the account, oldest first. */
  public List<Episode> episodes(long accountId) {
    return jdbc.sql(
            "SELECT id, start_date, end_date FROM pain_episode WHERE account_id = :account"
                + " ORDER BY start_date, id")
        .param("account", accountId)
        .query(CheckInStore::episode)
        .list();
  }

  long createEpisode(long accountId, LocalDate start) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("INSERT INTO pain_episode (account_id, start_date) VALUES (:account, :start)")
        .param("account", accountId)
        .param("start", start)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void closeEpisode(long accountId, long episodeId, LocalDate end) {
    jdbc.sql("UPDATE pain_episode SET end_date = :end WHERE id = :id AND account_id = :account")
        .param("end", end)
        .param("id", episodeId)
        .param("account", accountId)
        .update();
  }

  /** The check-ins of one episode in order, the latest last. */
  public List<EpisodeCheckIn> episodeCheckIns(long accountId, long episodeId) {
    return jdbc.sql(
            "SELECT id, check_in_date, pain_now, pain_peak FROM check_in"
                + " WHERE account_id = :account AND episode_id = :episode"
                + " ORDER BY check_in_date, id")
        .param("account", accountId)
        .param("episode", episodeId)
        .query(
            (rs, n) ->
                new EpisodeCheckIn(
                    rs.getLong("id"),
                    rs.getObject("check_in_date", LocalDate.class),
                    rs.getInt("pain_now"),
                    rs.getObject("pain_peak", Integer.class)))
        .list();
  }

  long insert(long accountId, NewCheckIn c) {
    var keys = new GeneratedKeyHolder();
    PainStart start = c.context().painStart();
    jdbc.sql(
            "INSERT INTO check_in (account_id, episode_id, check_in_date, pain_now, pain_peak,"
                + " disposition, rulebook_version, input_json, effective_json, derived, result_json,"
                + " sleep_hours, stress, hinge_test_pain, pain_start_set, pain_start_sets,"
                + " pain_start_rep, pain_start_reps, technique)"
                + " VALUES (:account, :episode, :date, :painNow, :painPeak, :disposition, :version,"
                + " :input, :effective, :derived, :result, :sleep, :stress, :hinge, :startSet,"
                + " :startSets, :startRep, :startReps, :technique)")
        .param("account", accountId)
        .param("episode", c.episodeId())
        .param("date", c.date())
        .param("painNow", c.painNow())
        .param("painPeak", c.painPeak())
        .param("disposition", c.result().disposition().name())
        .param("version", c.result().rulebookVersion())
        .param("input", Json.mapper().writeValueAsString(c.input()))
        .param("effective", Json.mapper().writeValueAsString(c.effectiveInput()))
        .param("derived", String.join(",", c.derived()))
        .param("result", Json.mapper().writeValueAsString(c.result()))
        .param(
            "sleep",
            c.context().sleepHours() == null ? null : BigDecimal.valueOf(c.context().sleepHours()))
        .param("stress", c.context().stress())
        .param("hinge", c.context().hingeTestPain())
        .param("startSet", start == null ? null : start.setNumber())
        .param("startSets", start == null ? null : start.setsInSession())
        .param("startRep", start == null ? null : start.repNumber())
        .param("startReps", start == null ? null : start.repsInSet())
        .param(
            "technique",
            c.context().technique().isEmpty()
                ? null
                : c.context().technique().stream()
                    .sorted()
                    .map(Enum::name)
                    .collect(Collectors.joining(",")))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  private static final String SELECT_STORED =
      "SELECT id, check_in_date, episode_id, input_json, effective_json, derived, result_json,"
          + " sleep_hours, stress, hinge_test_pain, pain_start_set, pain_start_sets, pain_start_rep,"
          + " pain_start_reps, technique FROM check_in WHERE account_id = :account";

  /** One of the account's check-ins; empty for another person's or an unknown id. */
  public Optional<StoredCheckIn> find(long accountId, long id) {
    return jdbc.sql(SELECT_STORED + " AND id = :id")
        .param("account", accountId)
        .param("id", id)
        .query(CheckInStore::stored)
        .optional();
  }

  /** The account's check-ins, newest first (by date, then by when they were stored). */
  public List<StoredCheckIn> list(long accountId) {
    return jdbc.sql(SELECT_STORED + " ORDER BY check_in_date DESC, id DESC")
        .param("account", accountId)
        .query(CheckInStore::stored)
        .list();
  }

  /** The account's latest check-in. */
  public Optional<StoredCheckIn> latest(long accountId) {
    return jdbc
        .sql(SELECT_STORED + " ORDER BY check_in_date DESC, id DESC")
        .param("account", accountId)
        .query(CheckInStore::stored)
        .list()
        .stream()
        .findFirst();
  }

  /** The account's check-ins as history lines, newest first. */
  public List<Summary> summaries(long accountId) {
    return jdbc.sql(
            "SELECT id, check_in_date, pain_now, disposition, episode_id FROM check_in"
                + " WHERE account_id = :account ORDER BY check_in_date DESC, id DESC")
        .param("account", accountId)
        .query(
            (rs, n) ->
                new Summary(
                    rs.getLong("id"),
                    rs.getObject("check_in_date", LocalDate.class),
                    rs.getInt("pain_now"),
                    Disposition.valueOf(rs.getString("disposition")),
                    rs.getObject("episode_id", Long.class)))
        .list();
  }

  private static Episode episode(ResultSet rs, int row) throws SQLException {
    return new Episode(
        rs.getLong("id"),
        rs.getObject("start_date", LocalDate.class),
        rs.getObject("end_date", LocalDate.class));
  }

  @SuppressWarnings("unchecked")
  private static StoredCheckIn stored(ResultSet rs, int row) throws SQLException {
    String derived = rs.getString("derived");
    return new StoredCheckIn(
        rs.getLong("id"),
        rs.getObject("check_in_date", LocalDate.class),
        rs.getObject("episode_id", Long.class),
        Json.mapper().readValue(rs.getString("input_json"), Map.class),
        Json.mapper().readValue(rs.getString("effective_json"), Map.class),
        derived.isEmpty() ? List.of() : Arrays.asList(derived.split(",")),
        Json.mapper().readValue(rs.getString("result_json"), TriageResult.class),
        context(rs));
  }

  private static PlannerContext context(ResultSet rs) throws SQLException {
    BigDecimal sleep = rs.getBigDecimal("sleep_hours");
    Integer set = rs.getObject("pain_start_set", Integer.class);
    String technique = rs.getString("technique");
    Set<TechniqueNote> notes = EnumSet.noneOf(TechniqueNote.class);
    if (technique != null && !technique.isEmpty()) {
      for (String name : technique.split(",")) {
        notes.add(TechniqueNote.valueOf(name));
      }
    }
    return new PlannerContext(
        sleep == null ? null : sleep.doubleValue(),
        rs.getObject("stress", Integer.class),
        rs.getObject("hinge_test_pain", Integer.class),
        set == null
            ? null
            : new PainStart(
                set,
                rs.getInt("pain_start_sets"),
                rs.getObject("pain_start_rep", Integer.class),
                rs.getObject("pain_start_reps", Integer.class)),
        notes);
  }
}
