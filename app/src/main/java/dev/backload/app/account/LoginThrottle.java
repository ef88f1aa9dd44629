package dev.backload.app.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an owner out. Applies to the login form,
 * to token creation ({@code POST /api/v1/tokens}) and to the current password asked for by a
 * password change. Three counters, each over failed attempts:
 *
 * <ol>
 *   <li><b>Per account and address</b> (the address is a {@link ClientAddress#group network}): the
 *       first {@link #FREE_FAILURES} failures cost nothing; after that each further try waits
 *       {@link #FIRST_DELAY}, doubling with every failure, at most {@link #WINDOW}, counted from
 *       the last failure. The count starts again once a further {@link #WINDOW} has passed after
 *       the delay without a failure (so waiting out the longest delay does not reset it), or at a
 *       successful login from that address. This is the only limit an owner at an address they have
 *       logged in from before can meet, and it is one they cause themselves.
 *   <li><b>Per address across accounts</b>: {@link #DEFAULT_MAX_FAILURES_PER_ADDRESS} failures
 *       within {@link #WINDOW} (setting {@code backload.limits.login-failures-per-address}) stop
 *       that address until the window ends; this is what stops one machine from trying one password
 *       against many accounts.
 *   <li><b>Per account across addresses</b>: after {@link #MAX_FAILURES_PER_ACCOUNT} failures
 *       (forgotten in the same way as in (1)), tries from an address that has <em>not</em> logged
 *       in to this account within {@link #KNOWN_ADDRESS_FOR} wait a growing delay from the
 *       account's last failure, as in (1), at most {@link #WINDOW}.
 * </ol>
 *
 * <p>Why (3) cannot be turned against the owner: an attacker spread over many addresses can keep
 * the account's count high for as long as they like, so a limit that applied to every address would
 * keep the owner out for as long as they like. (3) therefore never applies to an address the owner
 * has logged in from recently; from such an address only the owner's own mistakes (1) and the
 * address's own failures (2) count. From a new address during such an attack the owner waits (at
 * most {@link #WINDOW} per try, and the attacker's tries are refused rather than counted while the
 * delay lasts, so they cannot make it longer). What the attacker gets is about one guess per {@link
 * #WINDOW} for the whole account from all their addresses together, once the count is reached.
 * {@link #MAX_FAILURES_PER_ACCOUNT} is above what one address can reach under (1) in one window, so
 * a single attacking address (SECURITY.md 6.3.1: ten failures) does not slow the owner at any other
 * address.
 *
 * <p>Storage: three Caffeine caches, each bounded to {@link #MAX_ENTRIES} and expiring entries
 * twice {@link #WINDOW} after their last write ({@link #KNOWN_ADDRESS_FOR} for the known
 * addresses), read through the application's {@link Clock}. The values are immutable and every
 * change is one atomic {@code compute}, so concurrent requests never lose a count. E-mails longer
 * than {@link #MAX_EMAIL_LENGTH} (no account can have one) are refused by the callers before they
 * get here. Accounts are keyed by a digest of the lower-cased e-mail (128 bits of SHA-256), so an
 * entry is small and no e-mail address is kept. Counters live in memory: each server instance
 * counts on its own and a restart forgets them; a flood of distinct keys can push old entries out
 * early (bounded memory is the price; Caffeine keeps often-used entries longest).
 */
@Component
public class LoginThrottle {
  /** The longest e-mail address there can be (RFC 3696 errata): longer ones are refused first. */
  public static final int MAX_EMAIL_LENGTH = 320;

  /** How long failures are remembered, and the longest delay. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  /** Failures per account and address before delays start. */
  public static final int FREE_FAILURES = 5;

  /** The first delay; it doubles with each further failure. */
  public static final Duration FIRST_DELAY = Duration.ofSeconds(30);

  /** Failures of one account from all addresses before new addresses have to wait. */
  public static final int MAX_FAILURES_PER_ACCOUNT = 20;

  /** Failures from one address, over all accounts, within the window. */
  public static final int DEFAULT_MAX_FAILURES_PER_ADDRESS = 100;

  /** How long a successful login makes its address known to the account. */
  public static final Duration KNOWN_ADDRESS_FOR = Duration.ofDays(30);

  /** The most entries each counter keeps. */
  static final long MAX_ENTRIES = 100_000;

  /** Failures in a row: how many and when the last was. */
  record Streak(int count, Instant last) {}

  /** Failures in a fixed window: how many, and when the window began. */
  record Tally(int count, Instant since) {}

  private record Pair(String account, String address) {}

  private final Clock clock;
  private final int maxFailuresPerAddress;
  private final Cache<Pair, Streak> pairs;
  private final Cache<String, Streak> accounts;
  private final Cache<String, Tally> addresses;
  private final Cache<Pair, Instant> known;

  @Autowired
  LoginThrottle(
      Clock clock,
      @Value(
              "${backload.limits.login-failures-per-address:"
                  + DEFAULT_MAX_FAILURES_PER_ADDRESS
                  + "}")
          int maxFailuresPerAddress) {
    this.clock = clock;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.pairs = cache(WINDOW.multipliedBy(2));
    this.accounts = cache(WINDOW.multipliedBy(2));
    this.addresses = cache(WINDOW.multipliedBy(2));
    this.known = cache(KNOWN_ADDRESS_FOR);
  }

  LoginThrottle(Clock clock) {
    this(clock, DEFAULT_MAX_FAILURES_PER_ADDRESS);
  }

  private <K, V> Cache<K, V> cache(Duration expiry) {
    Ticker ticker = () -> Duration.between(Instant.EPOCH, clock.instant()).toNanos();
    return Caffeine.newBuilder()
        .maximumSize(MAX_ENTRIES)
        .expireAfterWrite(expiry)
        .ticker(ticker)
        .build();
  }

  /** Whether an e-mail may be looked at at all: present and at most {@link #MAX_EMAIL_LENGTH}. */
  public static boolean acceptable(String email) {
    return email != null && email.length() <= MAX_EMAIL_LENGTH;
  }

  /** How long the caller must wait before trying again, or empty when a try is allowed. */
  public Optional<Duration> blockedFor(String email, String address) {
    Instant now = clock.instant();
    String account = accountKey(email);
    String group = ClientAddress.group(address);
    Instant until = now;
    Streak pair = pairs.getIfPresent(new Pair(account, group));
    if (pair != null) {
      until = later(until, delayedUntil(pair, FREE_FAILURES, now));
    }
    Tally tally = addresses.getIfPresent(group);
    if (tally != null && current(tally, now) && tally.count() >= maxFailuresPerAddress) {
      until = later(until, tally.since().plus(WINDOW));
    }
    Streak all = accounts.getIfPresent(account);
    if (all != null && known.getIfPresent(new Pair(account, group)) == null) {
      until = later(until, delayedUntil(all, MAX_FAILURES_PER_ACCOUNT, now));
    }
    return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  /** Counts a failed attempt for the account and the address. */
  public void recordFailure(String email, String address) {
    Instant now = clock.instant();
    String account = accountKey(email);
    String group = ClientAddress.group(address);
    pairs.asMap().compute(new Pair(account, group), (k, s) -> next(s, FREE_FAILURES, now));
    accounts.asMap().compute(account, (k, s) -> next(s, MAX_FAILURES_PER_ACCOUNT, now));
    addresses
        .asMap()
        .compute(
            group,
            (k, t) ->
                t == null || !current(t, now)
                    ? new Tally(1, now)
                    : new Tally(t.count() + 1, t.since()));
  }

  /**
   * A successful login: the failures of this account from this address are forgotten, and the
   * address becomes known to the account (so the account-wide limit no longer applies to it). The
   * account's failures from elsewhere and the address's failures on other accounts stay.
   */
  public void recordSuccess(String email, String address) {
    String account = accountKey(email);
    Pair pair = new Pair(account, ClientAddress.group(address));
    pairs.invalidate(pair);
    known.put(pair, clock.instant());
  }

  /** The failures counted for this account from this address (for tests). */
  int failures(String email, String address) {
    Streak s = pairs.getIfPresent(new Pair(accountKey(email), ClientAddress.group(address)));
    return s == null || expired(s, FREE_FAILURES, clock.instant()) ? 0 : s.count();
  }

  /** The failures counted from this address over all accounts (for tests). */
  int failuresFrom(String address) {
    Tally t = addresses.getIfPresent(ClientAddress.group(address));
    return t == null || !current(t, clock.instant()) ? 0 : t.count();
  }

  /** The number of entries in the largest of the counters (for tests). */
  long largestCounter() {
    long largest = 0;
    for (Cache<?, ?> c : List.of(pairs, accounts, addresses, known)) {
      c.cleanUp();
      largest = Math.max(largest, c.estimatedSize());
    }
    return largest;
  }

  /**
   * The delay after {@code count} failures when the first {@code free} cost nothing: {@link
   * #FIRST_DELAY} after the {@code free}-th, doubling, at most {@link #WINDOW}.
   */
  static Duration delayAfter(int count, int free) {
    if (count < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(count - free, 20);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(WINDOW) > 0 ? WINDOW : delay;
  }

  private static Instant delayedUntil(Streak s, int free, Instant now) {
    return expired(s, free, now) ? now : s.last().plus(delayAfter(s.count(), free));
  }

  private static Streak next(Streak s, int free, Instant now) {
    return s == null || expired(s, free, now) ? new Streak(1, now) : new Streak(s.count() + 1, now);
  }

  /** Forgotten once {@link #WINDOW} has passed after the end of the streak's delay. */
  private static boolean expired(Streak s, int free, Instant now) {
    return !now.isBefore(s.last().plus(delayAfter(s.count(), free)).plus(WINDOW));
  }

  private static boolean current(Tally t, Instant now) {
    return now.isBefore(t.since().plus(WINDOW));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String accountKey(String email) {
    if (!acceptable(email)) {
      throw new IllegalArgumentException("no e-mail, or one longer than " + MAX_EMAIL_LENGTH);
    }
    // A digest, not the address itself: smaller entries, and no e-mail addresses kept in memory.
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
