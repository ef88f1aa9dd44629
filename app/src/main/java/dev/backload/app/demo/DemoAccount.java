package dev.backload.app.demo;

import dev.backload.app.account.AccountRepository;
import dev.backload.app.checkins.CheckInService;
import dev.backload.app.checkins.PlannerContext;
import dev.backload.app.config.BackloadProperties;
import dev.backload.app.log.TrainingLog;
import dev.backload.app.monitoring.MorningChecks;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo lifter that {@code backload serve --demo} creates, so a new user can look around at
 * once. On the loopback address its password is the documented {@link #PASSWORD}: the demo is for a
 * laptop. When the server listens on any other address, where others can reach it, the password is
 * a random one chosen at each start ({@link DemoPassword}); {@code backload serve} prints it once.
 */
@Component
public class DemoAccount implements SmartInitializingSingleton {
  public static final String EMAIL = "demo@backload.local";
  public static final String PASSWORD = "deadlift-demo-2026";
  private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

  private final BackloadProperties properties;
  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final TrainingLog trainingLog;
  private final CheckInService checkIns;
  private final MorningChecks morningChecks;
  private final PlatformTransactionManager transactions;
  private final String password;

  DemoAccount(
      @Value("${server.address:}") String serverAddress,
      BackloadProperties properties,
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      TrainingLog trainingLog,
      CheckInService checkIns,
      MorningChecks morningChecks,
      PlatformTransactionManager transactions) {
    this.properties = properties;
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.trainingLog = trainingLog;
    this.checkIns = checkIns;
    this.morningChecks = morningChecks;
    this.transactions = transactions;
    this.password = DemoPassword.forAddress(serverAddress, new SecureRandom());
  }

  /**
   * The demo login's password for this run: {@link #PASSWORD} on the loopback address, a random one
   * otherwise. Only {@code backload serve}'s start-up banner shows it.
   */
  public String password() {
    return password;
  }

  /**
   * Creates the demo account when demo mode is on and it does not exist yet. Runs while the
   * application starts, after the migrations and before the web server accepts requests, so that a
   * client which waits for {@code /actuator/health} finds the demo account.
   */
  @Override
  public void afterSingletonsInstantiated() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> createIfWanted());
  }

  private void createIfWanted() {
    if (!properties.demo()) {
      return;
    }
    var existing = accounts.findByEmail(EMAIL);
    if (existing.isPresent()) {
      // The password of an earlier run (random, or the public one) gives way to this run's.
      if (!passwordEncoder.matches(password, existing.get().passwordHash())) {
        accounts.updatePasswordHash(existing.get().id(), passwordEncoder.encode(password));
      }
      return;
    }
    create(EMAIL);
    log.info("Created the demo account {} with its training history", EMAIL);
  }

  /**
   * Creates a demo lifter with the history of {@link DemoHistory} as of today in the account's time
   * zone (UTC for a new account), in the caller's transaction when there is one.
   *
   * @return the new account's id
   */
  long create(String email) {
    long id = accounts.create(email, passwordEncoder.encode(password), "Demo lifter");
    LocalDate today = checkIns.today(id);
    Map<LocalDate, Long> workoutIds = new HashMap<>();
    for (DemoHistory.DemoWorkout w : DemoHistory.workouts(today)) {
      workoutIds.put(
          w.date(), trainingLog.addWorkout(id, w.date(), w.name(), "app", null, w.sets()));
    }
    for (DemoHistory.DemoAnswers a : DemoHistory.monitoring(today)) {
      Long workout = workoutIds.get(a.date());
      if (workout != null) {
        morningChecks.answer(
            id, workout, new MorningChecks.Given(a.baseline(), a.during(), a.nextMorning()), today);
      }
    }
    for (DemoHistory.DemoCheckIn c : DemoHistory.checkIns(today)) {
      checkIns.record(id, c.date(), c.fields(), PlannerContext.parse(c.plannerContext()));
    }
    return id;
  }
}
