package dev.backload.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of "now" in the web application. Every "now" and "today" comes from this clock:
 * instants (token and import times, export time, upload expiry, login throttling) directly, and
 * dates through {@link dev.backload.app.account.AccountCalendar}, which applies the account's time
 * zone. The clock itself is in UTC, so the server's own time zone never matters. Tests replace it
 * with a clock they control.
 */
@Configuration
class ClockConfig {
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
