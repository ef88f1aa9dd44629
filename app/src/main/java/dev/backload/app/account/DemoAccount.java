package dev.backload.app.account;

import dev.backload.app.config.BackloadProperties;
import dev.backload.app.log.TrainingLog;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo lifter that {@code backload serve --demo} creates, so a new user can look around at
 * once. Its password is public by design: the demo is for a laptop, not a shared server.
 */
@Component
public class DemoAccount {
  public static final String EMAIL = "demo@backload.local";
  public static final String PASSWORD = "deadlift-demo-2026";
  private static final Logger log = LoggerFactory.getLogger(DemoAccount.class);

  private final BackloadProperties properties;
  private final AccountRepository accounts;
  private final PasswordEncoder passwordEncoder;
  private final TrainingLog trainingLog;
  private final Clock clock = Clock.systemUTC();

  DemoAccount(
      BackloadProperties properties,
      AccountRepository accounts,
      PasswordEncoder passwordEncoder,
      TrainingLog trainingLog) {
    this.properties = properties;
    this.accounts = accounts;
    this.passwordEncoder = passwordEncoder;
    this.trainingLog = trainingLog;
  }

  /** Creates the demo account when demo mode is on and it does not exist yet. */
  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void createIfWanted() {
    if (!properties.demo() || accounts.findByEmail(EMAIL).isPresent()) {
      return;
    }
    long id = accounts.create(EMAIL, passwordEncoder.encode(PASSWORD), "Demo lifter");
    LocalDate today = LocalDate.now(clock);
    for (DemoHistory.DemoWorkout w : DemoHistory.workouts(today)) {
      trainingLog.addWorkout(id, w.date(), w.name(), "app", null, w.sets());
    }
    log.info("Created the demo account {} with its training history", EMAIL);
  }
}
