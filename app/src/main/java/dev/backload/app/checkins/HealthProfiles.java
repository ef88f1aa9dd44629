package dev.backload.app.checkins;

import dev.backload.app.account.AccountRepository;
import dev.backload.core.checkins.HealthProfile;
import dev.backload.core.triage.CheckIn;
import dev.backload.core.triage.InvalidCheckInException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The health profile of each account (table {@code health_profile}), at most one per account. */
@Repository
public class HealthProfiles {
  private final JdbcClient jdbc;
  private final AccountRepository accounts;

  HealthProfiles(JdbcClient jdbc, AccountRepository accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** The account's profile, empty when the person has not filled it in yet. */
  public Optional<HealthProfile> find(long accountId) {
    return jdbc.sql(
            "SELECT age, age_given_on, cancer_history, osteoporosis_or_steroids, immunosuppressed"
                + " FROM health_profile WHERE account_id = :account")
        .param("account", accountId)
        .query(
            (rs, n) ->
                new HealthProfile(
                    rs.getObject("age", Integer.class),
                    rs.getObject("age_given_on", LocalDate.class),
                    rs.getBoolean("cancer_history"),
                    rs.getBoolean("osteoporosis_or_steroids"),
                    rs.getBoolean("immunosuppressed")))
        .optional();
  }

  /**
   * Stores the account's profile, replacing the one before.
   *
   * @throws InvalidCheckInException naming {@code age} when it is outside the rulebook's range
   */
  @Transactional
  public void save(long accountId, HealthProfile profile) {
    if (profile.age() != null
        && (profile.age() < CheckIn.AGE_MIN || profile.age() > CheckIn.AGE_MAX)) {
      throw new InvalidCheckInException(
          "age", "must be between " + CheckIn.AGE_MIN + " and " + CheckIn.AGE_MAX);
    }
    // Serialise writers of this account's profile (no ON CONFLICT on H2 and PostgreSQL alike).
    accounts.lock(accountId);
    if (update(accountId, profile) == 0) {
      jdbc.sql(
              "INSERT INTO health_profile (account_id, age, age_given_on, cancer_history,"
                  + " osteoporosis_or_steroids, immunosuppressed)"
                  + " VALUES (:account, :age, :givenOn, :cancer, :osteo, :immuno)")
          .param("account", accountId)
          .param("age", profile.age())
          .param("givenOn", profile.ageGivenOn())
          .param("cancer", profile.cancerHistory())
          .param("osteo", profile.osteoporosisOrSteroids())
          .param("immuno", profile.immunosuppressed())
          .update();
    }
  }

  private int update(long accountId, HealthProfile profile) {
    return jdbc.sql(
            "UPDATE health_profile SET age = :age, age_given_on = :givenOn, cancer_history = :cancer,"
                + " osteoporosis_or_steroids = :osteo, immunosuppressed = :immuno,"
                + " updated_at = CURRENT_TIMESTAMP WHERE account_id = :account")
        .param("account", accountId)
        .param("age", profile.age())
        .param("givenOn", profile.ageGivenOn())
        .param("cancer", profile.cancerHistory())
        .param("osteo", profile.osteoporosisOrSteroids())
        .param("immuno", profile.immunosuppressed())
        .update();
  }
}
