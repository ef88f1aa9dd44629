package dev.backload.app.account;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/** Dates as the account holder sees them: "today" in the account's time zone. */
@Component
public class AccountCalendar {
  private final AccountRepository accounts;
  private final Clock clock = Clock.systemUTC();

  AccountCalendar(AccountRepository accounts) {
    this.accounts = accounts;
  }

  /** The account's time zone (UTC when the stored name is unknown to this Java runtime). */
  public ZoneId zone(long accountId) {
    String name = accounts.findById(accountId).map(Account::timeZone).orElse("UTC");
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** Today's date in the account's time zone. */
  public LocalDate today(long accountId) {
    return LocalDate.now(clock.withZone(zone(accountId)));
  }
}
