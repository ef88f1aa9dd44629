package dev.backload.app.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@link #MAX_FAILURES_PER_ACCOUNT} failed logins for one
 * account, or {@link #MAX_FAILURES_PER_ADDRESS} from one network address, within {@link #WINDOW},
 * further attempts are refused until the oldest failure leaves the window. Applies to the login
 * page and to token creation. Counters live in memory, so each server instance counts on its own
 * and a restart forgets them (enough for one instance; several need a shared store).
 */
@Component
public class LoginThrottle {
  public static final int MAX_FAILURES_PER_ACCOUNT = 10;
  public static final int MAX_FAILURES_PER_ADDRESS = 50;
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the caller must wait before trying again, or empty when a try is allowed. */
  public Optional<Duration> blockedFor(String email, String address) {
    Instant now = clock.instant();
    return worst(
        wait(accountKey(email), MAX_FAILURES_PER_ACCOUNT, now),
        wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now));
  }

  public void recordFailure(String email, String address) {
    Instant now = clock.instant();
    add(accountKey(email), now);
    add(addressKey(address), now);
  }

  /** A successful login clears the account's failures (not the address's). */
  public void recordSuccess(String email) {
    failures.remove(accountKey(email));
  }

  private void add(String key, Instant now) {
    failures.compute(
        key,
        (k, q) -> {
          Deque<Instant> queue = q == null ? new ArrayDeque<>() : q;
          queue.addLast(now);
          prune(queue, now);
          return queue;
        });
  }

  private Optional<Duration> wait(String key, int max, Instant now) {
    Deque<Instant> queue = failures.get(key);
    if (queue == null) {
      return Optional.empty();
    }
    synchronized (queue) {
      prune(queue, now);
      if (queue.size() < max) {
        return Optional.empty();
      }
      Instant oldestThatCounts = queue.stream().skip(queue.size() - max).findFirst().orElseThrow();
      return Optional.of(Duration.between(now, oldestThatCounts.plus(WINDOW)).plusSeconds(1));
    }
  }

  private static void prune(Deque<Instant> queue, Instant now) {
    while (!queue.isEmpty() && !queue.peekFirst().isAfter(now.minus(WINDOW))) {
      queue.pollFirst();
    }
  }

  private static Optional<Duration> worst(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().compareTo(b.get()) >= 0 ? a : b;
  }

  private static String accountKey(String email) {
    return "account:" + (email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
