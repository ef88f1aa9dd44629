package dev.backload.app.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-ups per network address ({@link ClientAddress#group}): at most {@link
 * #DEFAULT_PER_WINDOW} in {@link #WINDOW} (setting {@code backload.limits.sign-ups-per-hour}),
 * counted from the first of them. Both the sign-up page and {@code POST /api/v1/accounts} count,
 * and an attempt counts when it gets as far as the account table: a new account, or the answer that
 * the address is taken. So the limit also slows down using sign-up to find out who has an account.
 * Malformed input and weak passwords do not count. Over the limit: 429 with {@code Retry-After}. In
 * memory (bounded, expiring), per server instance.
 */
@Component
public class SignUpLimit {
  /** Sign-ups per address in one window. */
  public static final int DEFAULT_PER_WINDOW = 10;

  public static final Duration WINDOW = Duration.ofHours(1);

  private record Tally(int count, Instant since) {}

  private final Clock clock;
  private final int perWindow;
  private final Cache<String, Tally> tallies;

  SignUpLimit(
      Clock clock,
      @Value("${backload.limits.sign-ups-per-hour:" + DEFAULT_PER_WINDOW + "}") int perWindow) {
    this.clock = clock;
    this.perWindow = perWindow;
    this.tallies =
        Caffeine.newBuilder()
            .maximumSize(LoginThrottle.MAX_ENTRIES)
            .expireAfterWrite(WINDOW)
            .ticker(() -> Duration.between(Instant.EPOCH, clock.instant()).toNanos())
            .build();
  }

  /** The wait before this address may sign up again, or empty when it may now. */
  public Optional<Duration> blockedFor(String address) {
    Instant now = clock.instant();
    Tally t = tallies.getIfPresent(ClientAddress.group(address));
    if (t == null || !current(t, now) || t.count() < perWindow) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, t.since().plus(WINDOW)));
  }

  /** Counts one sign-up (or taken-address answer) from the address. */
  public void record(String address) {
    Instant now = clock.instant();
    tallies
        .asMap()
        .compute(
            ClientAddress.group(address),
            (k, t) ->
                t == null || !current(t, now)
                    ? new Tally(1, now)
                    : new Tally(t.count() + 1, t.since()));
  }

  /** Whole seconds for {@code Retry-After}, at least 1. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static boolean current(Tally t, Instant now) {
    return now.isBefore(t.since().plus(WINDOW));
  }
}
