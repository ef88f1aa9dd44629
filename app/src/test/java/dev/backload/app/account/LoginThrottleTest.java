package dev.backload.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backload.app.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The rules of {@link LoginThrottle}, on a clock the test moves. */
class LoginThrottleTest {
  private static final String OWNER = "owner@example.org";
  private static final String HOME = "198.51.100.7";
  private static final String ATTACKER = "203.0.113.9";

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String email, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(email, address);
    }
  }

  @Test
  void item2_delaysStartAfterFiveFailuresAndDoubleUpToTheWindow() {
    fail(OWNER, ATTACKER, LoginThrottle.FREE_FAILURES - 1);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).isEmpty();
    fail(OWNER, ATTACKER, 1);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).hasValue(Duration.ofSeconds(30));
    fail(OWNER, ATTACKER, 1);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).hasValue(Duration.ofMinutes(1));
    fail(OWNER, ATTACKER, 1);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).hasValue(Duration.ofMinutes(2));
    fail(OWNER, ATTACKER, 10);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).hasValue(LoginThrottle.WINDOW);
    clock.advance(Duration.ofMinutes(10));
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).hasValue(Duration.ofMinutes(5));
    // Waiting out the delay does not reset the count: the next failure waits the longest again.
    clock.advance(Duration.ofMinutes(5));
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).isEmpty();
    fail(OWNER, ATTACKER, 1);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).hasValue(LoginThrottle.WINDOW);
    assertThat(throttle.failures(OWNER, ATTACKER)).isEqualTo(18);
    // A window of quiet after the delay forgets the streak.
    clock.advance(LoginThrottle.WINDOW.multipliedBy(2));
    assertThat(throttle.failures(OWNER, ATTACKER)).isZero();
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).isEmpty();
  }

  @Test
  void v6_3_1_oneAttackingAddressDoesNotSlowTheOwnerElsewhere() {
    fail(OWNER, ATTACKER, 12);
    assertThat(throttle.blockedFor(OWNER, ATTACKER)).isPresent();
    assertThat(throttle.blockedFor(OWNER, HOME)).isEmpty();
    assertThat(throttle.blockedFor(OWNER.toUpperCase(), ATTACKER)).isPresent();
  }

  @Test
  void item2_manyAddressesSlowNewAddressesButNeverOneTheOwnerLoggedInFrom() {
    throttle.recordSuccess(OWNER, HOME);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
      fail(OWNER, "203.0.113." + i, 1);
    }
    assertThat(throttle.blockedFor(OWNER, "192.0.2.1")).hasValue(Duration.ofSeconds(30));
    assertThat(throttle.blockedFor(OWNER, HOME)).isEmpty();
    // The attack goes on for hours: the owner's own address is never held up by it.
    for (int hour = 0; hour < 5; hour++) {
      for (int i = 0; i < 50; i++) {
        fail(OWNER, "203.0." + hour + "." + i, 1);
      }
      assertThat(throttle.blockedFor(OWNER, "192.0.2.1")).hasValue(LoginThrottle.WINDOW);
      assertThat(throttle.blockedFor(OWNER, HOME)).isEmpty();
      clock.advance(Duration.ofHours(1).minusMinutes(1));
    }
    // A known address stays known for 30 days after the last successful login there.
    clock.advance(LoginThrottle.KNOWN_ADDRESS_FOR);
    for (int i = 0; i < LoginThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
      fail(OWNER, "203.0.114." + i, 1);
    }
    assertThat(throttle.blockedFor(OWNER, HOME)).isPresent();
  }

  @Test
  void v6_1_1_oneAddressGetsAHundredFailuresAcrossAccounts() {
    for (int i = 0; i < LoginThrottle.DEFAULT_MAX_FAILURES_PER_ADDRESS - 1; i++) {
      fail("victim-" + i + "@example.org", ATTACKER, 1);
    }
    assertThat(throttle.blockedFor("next@example.org", ATTACKER)).isEmpty();
    fail("victim-last@example.org", ATTACKER, 1);
    assertThat(throttle.blockedFor("next@example.org", ATTACKER)).hasValue(LoginThrottle.WINDOW);
    assertThat(throttle.blockedFor("next@example.org", HOME)).isEmpty();
    clock.advance(LoginThrottle.WINDOW);
    assertThat(throttle.blockedFor("next@example.org", ATTACKER)).isEmpty();
  }

  @Test
  void item2_successForgetsThePairsFailures() {
    fail(OWNER, HOME, LoginThrottle.FREE_FAILURES);
    assertThat(throttle.blockedFor(OWNER, HOME)).isPresent();
    throttle.recordSuccess(OWNER, HOME);
    assertThat(throttle.failures(OWNER, HOME)).isZero();
    assertThat(throttle.blockedFor(OWNER, HOME)).isEmpty();
  }

  @Test
  void item2_ipv6AddressesCountBySlash64() {
    fail(OWNER, "2001:db8:1:2::1", LoginThrottle.FREE_FAILURES);
    assertThat(throttle.blockedFor(OWNER, "2001:db8:1:2:ffff:ffff:ffff:fffe")).isPresent();
    assertThat(throttle.blockedFor(OWNER, "[2001:DB8:1:2::abcd]")).isPresent();
    assertThat(throttle.blockedFor(OWNER, "2001:db8:1:3::1")).isEmpty();
    assertThat(throttle.failures(OWNER, "2001:0db8:0001:0002:0:0:0:9")).isEqualTo(5);
    assertThat(ClientAddress.group("2001:db8:1:2::1%eth0")).isEqualTo("20010db800010002/64");
    // IPv4 counts by the whole address, also when written IPv4-mapped.
    assertThat(ClientAddress.group("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
    assertThat(ClientAddress.group("192.0.2.1")).isNotEqualTo(ClientAddress.group("192.0.2.2"));
  }

  @Test
  void item2_emailsOver320CharactersAreNotCounted() {
    String tooLong = "a".repeat(310) + "@example.org";
    assertThat(LoginThrottle.acceptable(tooLong)).isFalse();
    assertThat(LoginThrottle.acceptable("a".repeat(308) + "@example.org")).isTrue();
    assertThat(LoginThrottle.acceptable(null)).isFalse();
    assertThatThrownBy(() -> throttle.recordFailure(tooLong, HOME))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(throttle.failuresFrom(HOME)).isZero();
  }

  @Test
  void item2_concurrentFailuresAreAllCounted() throws Exception {
    int threads = 32;
    int perThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        String own = "10.0.0." + t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < perThread; i++) {
                    throttle.recordFailure(OWNER, ATTACKER); // all threads on one key
                    throttle.recordFailure(OWNER, own); // and each on its own
                    throttle.blockedFor(OWNER, ATTACKER);
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS); // rethrows any exception of the thread
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(throttle.failures(OWNER, ATTACKER)).isEqualTo(threads * perThread);
    assertThat(throttle.failuresFrom(ATTACKER)).isEqualTo(threads * perThread);
    for (int t = 0; t < threads; t++) {
      assertThat(throttle.failures(OWNER, "10.0.0." + t)).isEqualTo(perThread);
    }
  }

  @Test
  void item2_theStoreIsBounded() {
    for (int i = 0; i < LoginThrottle.MAX_ENTRIES + 5_000; i++) {
      throttle.recordFailure("someone-" + i + "@example.org", "10.1." + (i % 200) + ".1");
    }
    assertThat(throttle.largestCounter()).isLessThanOrEqualTo(LoginThrottle.MAX_ENTRIES);
  }
}
