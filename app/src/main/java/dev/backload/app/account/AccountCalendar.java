package dev.backload.app.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * Dates as the account holder sees them: the one place where the application's {@link Clock} meets
 * the account's time zone. Code that needs "today" for a person asks here; code that needs an
 * instant asks the clock itself.
 */
@Component
public class AccountCalendar {
  private final AccountRepository accounts;
  private final Clock clock;

  AccountCalendar(AccountRepository accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The account's time zone (UTC when the stored name is unknown to this Java runtime). */
  public ZoneId zone(long accountId) {
    return accounts.findById(accountId).map(Account::timeZone).orElse(ZoneOffset.UTC);
  }

  /** Today's date in the account's time zone. */
  public LocalDate today(long accountId) {
    return LocalDate.now(clock.withZone(zone(accountId)));
  }

  /** Today's date in the account's time zone. */
  public LocalDate today(Account account) {
    return LocalDate.now(clock.withZone(account.timeZone()));
  }
}
