package dev.backload.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 database ({@code SHUTDOWN COMPACT}), so that rows deleted while the app
 * runs (a deleted account's data above all) are gone from the database file, not only from the
 * tables: H2 keeps deleted rows' bytes in the file until it is rewritten, and H2 2.4 rewrites the
 * whole file only when it closes. It does so at a clean stop, and while the app runs once every
 * {@code backload.compaction.interval} (a day by default; SECURITY.md promises leftovers gone
 * within 7 days), measured on the application's clock and checked every {@code
 * backload.compaction.check-every} (10 minutes).
 *
 * <p>Compacting a running database closes it under the connection pool, so the pool is held for the
 * few seconds it takes: it is suspended (new requests wait for a connection), the compaction waits
 * until no other connection is in use (or tries again at the next check), then every pooled
 * connection is replaced and the pool resumed; the next connection opens the compacted file.
 *
 * <p>A PostgreSQL deployment relies on VACUUM instead (docs/operations.md), and this does nothing
 * there: which database it is is read from the configured URL, so stopping never waits for a
 * connection to a server that may already be gone.
 */
@Component
public class EmbeddedDatabaseCompaction implements InitializingBean, DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);

  /** How long a running compaction waits for the requests in flight to finish. */
  private static final Duration QUIET_WAIT = Duration.ofSeconds(30);

  private final DataSource dataSource;
  private final boolean embedded;
  private final Clock clock;
  private final Duration interval;
  private final Duration checkEvery;
  private ScheduledExecutorService scheduler;
  private Instant last;

  EmbeddedDatabaseCompaction(
      DataSource dataSource,
      @Value("${spring.datasource.url:}") String url,
      Clock clock,
      @Value("${backload.compaction.interval:P1D}") Duration interval,
      @Value("${backload.compaction.check-every:PT10M}") Duration checkEvery) {
    this.dataSource = dataSource;
    this.embedded = url.startsWith("jdbc:h2:file:");
    this.clock = clock;
    this.interval = interval;
    this.checkEvery = checkEvery;
  }

  @Override
  public void afterPropertiesSet() {
    last = clock.instant();
    if (!embedded) {
      return;
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "backload-compaction");
              thread.setDaemon(true);
              return thread;
            });
    long every = checkEvery.toMillis();
    scheduler.scheduleWithFixedDelay(this::compactIfDue, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Compacts the embedded database when the interval has passed since the last compaction (or the
   * start), by the application's clock.
   *
   * @return whether it compacted now
   */
  public synchronized boolean compactIfDue() {
    if (!embedded || clock.instant().isBefore(last.plus(interval))) {
      return false;
    }
    try {
      if (compactWhileRunning()) {
        last = clock.instant();
        log.info("Compacted the embedded database");
        return true;
      }
    } catch (SQLException | RuntimeException e) {
      log.warn("Could not compact the embedded database: {}", e.getMessage());
    }
    return false;
  }

  private boolean compactWhileRunning() throws SQLException {
    HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
    boolean compacted = false;
    try (Connection connection = dataSource.getConnection()) {
      pool.suspendPool();
      try {
        if (!othersFinished(pool)) {
          log.info("The database stayed busy; compaction tries again at the next check");
          return false;
        }
        try (Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN COMPACT");
          compacted = true;
        }
        // Every pooled connection belongs to the closed database: replace them all.
        pool.softEvictConnections();
      } finally {
        pool.resumePool();
      }
    } catch (SQLException e) {
      // Handing back the connection of the closed database may fail; the compaction is done.
      if (!compacted) {
        throw e;
      }
    }
    return compacted;
  }

  private static boolean othersFinished(HikariPoolMXBean pool) {
    long deadline = System.nanoTime() + QUIET_WAIT.toNanos();
    while (pool.getActiveConnections() > 1) {
      if (System.nanoTime() - deadline > 0) {
        return false;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }

  @Override
  public void destroy() {
    if (!embedded) {
      return;
    }
    scheduler.shutdownNow();
    synchronized (this) {
      compactAtStop();
    }
  }

  private void compactAtStop() {
    boolean compacted = false;
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
        compacted = true;
      }
    } catch (SQLException e) {
      // After the shutdown, handing the pooled connection back fails: the database is closed.
      if (!compacted) {
        log.warn("Could not compact the embedded database: {}", e.getMessage());
      }
    }
    if (compacted) {
      log.info("Compacted the embedded database");
    }
  }
}
