package dev.backload.app.checkins;

import dev.backload.core.planning.AssessmentOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code assessment} table: assessments after red flags, one row each. */
@Repository
class AssessmentStore {
  private final JdbcClient jdbc;

  AssessmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * An assessment as stored.
   *
   * @param afterCheckInId the account's latest check-in when it was recorded, or {@code null}
   */
  record Row(
      long id,
      LocalDate date,
      String assessedBy,
      AssessmentOutcome outcome,
      String limits,
      Long afterCheckInId) {}

  long insert(long accountId, AssessmentInput a, Long afterCheckInId) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO assessment (account_id, assessment_date, assessed_by, outcome, limits,"
                + " after_check_in_id) VALUES (:account, :date, :by, :outcome, :limits, :after)")
        .param("account", accountId)
        .param("date", a.date())
        .param("by", a.assessedBy())
        .param("outcome", a.outcome().name())
        .param("limits", a.limits())
        .param("after", afterCheckInId)
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  /** The date of the account's latest assessment. */
  Optional<LocalDate> latestDate(long accountId) {
    return jdbc.sql("SELECT MAX(assessment_date) FROM assessment WHERE account_id = :account")
        .param("account", accountId)
        .query(LocalDate.class)
        .optional();
  }

  /** The account's latest check-in id, or {@code null} when it has none. */
  Long latestCheckInId(long accountId) {
    return jdbc.sql("SELECT MAX(id) FROM check_in WHERE account_id = :account")
        .param("account", accountId)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /** The account's assessments in the order they were recorded. */
  List<Row> all(long accountId) {
    return jdbc.sql(
            "SELECT id, assessment_date, assessed_by, outcome, limits, after_check_in_id"
                + " FROM assessment WHERE account_id = :account ORDER BY id")
        .param("account", accountId)
        .query(
            (rs, n) ->
                new Row(
                    rs.getLong("id"),
                    rs.getObject("assessment_date", LocalDate.class),
                    rs.getString("assessed_by"),
                    AssessmentOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("limits"),
                    rs.getObject("after_check_in_id", Long.class)))
        .list();
  }
}
