package dev.backload.app.planning;

import dev.backload.app.account.AccountRepository;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The short screens of an account (table {@code movement_screen}), one per date. Every method takes
 * the owner's account id and touches only that account's rows.
 */
@Repository
public class ScreenStore {
  private static final String SELECT =
      "SELECT screened_on, knee_to_wall_left_cm, knee_to_wall_right_cm, hinges_to_mid_shin,"
          + " side_plank_left_s, side_plank_right_s, back_extensor_hold_s FROM movement_screen"
          + " WHERE account_id = :account";

  private final JdbcClient jdbc;
  private final AccountRepository accounts;

  ScreenStore(JdbcClient jdbc, AccountRepository accounts) {
    this.jdbc = jdbc;
    this.accounts = accounts;
  }

  /** The latest screen dated on or before {@code asOf}. */
  public Optional<DatedScreen> latest(long accountId, LocalDate asOf) {
    return jdbc
        .sql(SELECT + " AND screened_on <= :asOf ORDER BY screened_on DESC")
        .param("account", accountId)
        .param("asOf", asOf)
        .query(ScreenStore::map)
        .list()
        .stream()
        .findFirst();
  }

  /** Every screen of the account, newest first. */
  public List<DatedScreen> all(long accountId) {
    return jdbc.sql(SELECT + " ORDER BY screened_on DESC")
        .param("account", accountId)
        .query(ScreenStore::map)
        .list();
  }

  /**
   * Stores a screen, replacing the one of the same date. The account row is locked first, so two
   * saves of one person are stored one after the other.
   */
  @Transactional
  public void save(long accountId, DatedScreen s) {
    accounts.lock(accountId);
    int updated =
        values(
                jdbc.sql(
                    "UPDATE movement_screen SET knee_to_wall_left_cm = :kwl,"
                        + " knee_to_wall_right_cm = :kwr, hinges_to_mid_shin = :hinge,"
                        + " side_plank_left_s = :spl, side_plank_right_s = :spr,"
                        + " back_extensor_hold_s = :ext, updated_at = CURRENT_TIMESTAMP"
                        + " WHERE account_id = :account AND screened_on = :date"),
                accountId,
                s)
            .update();
    if (updated == 0) {
      values(
              jdbc.sql(
                  "INSERT INTO movement_screen (account_id, screened_on, knee_to_wall_left_cm,"
                      + " knee_to_wall_right_cm, hinges_to_mid_shin, side_plank_left_s,"
                      + " side_plank_right_s, back_extensor_hold_s) VALUES (:account, :date, :kwl,"
                      + " :kwr, :hinge, :spl, :spr, :ext)"),
              accountId,
              s)
          .update();
    }
  }

  private static JdbcClient.StatementSpec values(
      JdbcClient.StatementSpec sql, long accountId, DatedScreen s) {
    return sql.param("account", accountId)
        .param("date", s.date())
        .param("kwl", decimal(s.kneeToWallLeftCm()))
        .param("kwr", decimal(s.kneeToWallRightCm()))
        .param("hinge", s.hingesToMidShinFlatBack())
        .param("spl", decimal(s.sidePlankLeftS()))
        .param("spr", decimal(s.sidePlankRightS()))
        .param("ext", decimal(s.backExtensorHoldS()));
  }

  private static BigDecimal decimal(Double value) {
    return value == null ? null : BigDecimal.valueOf(value);
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    BigDecimal value = rs.getBigDecimal(column);
    return value == null ? null : value.doubleValue();
  }

  private static DatedScreen map(ResultSet rs, int row) throws SQLException {
    return new DatedScreen(
        rs.getObject("screened_on", LocalDate.class),
        number(rs, "knee_to_wall_left_cm"),
        number(rs, "knee_to_wall_right_cm"),
        rs.getObject("hinges_to_mid_shin", Boolean.class),
        number(rs, "side_plank_left_s"),
        number(rs, "side_plank_right_s"),
        number(rs, "back_extensor_hold_s"));
  }
}
