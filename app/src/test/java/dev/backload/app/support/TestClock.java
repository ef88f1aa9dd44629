package dev.backload.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: it stands still at {@link #START} unless a test moves it, so no
 * test depends on the day, the hour or the machine's time zone.
 *
 * <p>{@link #START} is chosen on purpose: a Wednesday (the day of the week on which the demo once
 * had no pending question; {@code DemoWeekTest} covers every other day), half an hour before
 * midnight UTC, so that code which takes "today" from the machine's zone instead of the account's
 * gets a different date under {@code TZ=Pacific/Kiritimati} (UTC+14, already Thursday) and fails.
 *
 * <p>A test that moves the clock puts it back ({@link #reset()}) before it ends: the clock belongs
 * to an application context that other test classes share.
 */
public final class TestClock extends Clock {
  /** Wednesday 2 December 2026, 23:30 UTC. */
  public static final Instant START = Instant.parse("2026-12-02T23:30:00Z");

  /** Today at {@link #START} for an account in UTC, which is where test accounts are. */
  public static final LocalDate TODAY = LocalDate.ofInstant(START, ZoneOffset.UTC);

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public TestClock() {
    this(new AtomicReference<>(START), ZoneOffset.UTC);
  }

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing still at {@link #START} in UTC, for code outside Spring (the CLI). */
  public static Clock fixed() {
    return Clock.fixed(START, ZoneOffset.UTC);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** This clock seen from another zone; moving either moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new TestClock(now, zone);
  }

  /** Sets the time. */
  public void set(Instant instant) {
    now.set(instant);
  }

  /** Moves the time on (or back, for a negative amount). */
  public void advance(Duration amount) {
    now.updateAndGet(t -> t.plus(amount));
  }

  /** Back to {@link #START}. */
  public void reset() {
    now.set(START);
  }

  /** Makes a {@link TestClock} the application's clock; see {@link OnH2} and {@link OnPostgres}. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
