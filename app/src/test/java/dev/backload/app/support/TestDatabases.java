package dev.backload.app.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** The two databases every database-touching test runs on. */
public final class TestDatabases {
  private TestDatabases() {}

  /**
   * Lifts the per-address limits on sign-ups and failed logins for the shared test contexts: the
   * whole suite signs up and logs in from 127.0.0.1 on a clock that stands still, so the real
   * limits would soon refuse every test. A test class that sets a limit itself (as {@code
   * security.RateLimitChecks} does, in a context of its own) keeps its value.
   */
  static void liftAddressLimits(ConfigurableApplicationContext context) {
    for (String limit :
        new String[] {
          "backload.limits.sign-ups-per-hour", "backload.limits.login-failures-per-address"
        }) {
      if (!context.getEnvironment().containsProperty(limit)) {
        TestPropertyValues.of(limit + "=1000000").applyTo(context.getEnvironment());
      }
    }
  }

  /** A fresh H2 file database in a temporary data directory, configured as in production. */
  public static final class H2
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      try {
        Path dir = Files.createTempDirectory("backload-h2-test");
        TestPropertyValues.of("backload.data-dir=" + dir, "backload.demo=true")
            .applyTo(context.getEnvironment());
        liftAddressLimits(context);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A real PostgreSQL 17 server, started once for the whole test run. */
  public static final class Postgres
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static EmbeddedPostgres server;

    static synchronized EmbeddedPostgres server() {
      if (server == null) {
        try {
          server = EmbeddedPostgres.builder().start();
          try (Connection c = server.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE DATABASE backload");
          }
          // Not a JVM shutdown hook of its own: those run concurrently with Spring's, which closes
          // the application contexts, and a context still closing would wait for a server that is
          // gone (Hikari waits 30 s for a connection, and Surefire kills the fork). Spring's
          // shutdown handlers run after every context has closed.
          SpringApplication.getShutdownHandlers().add(TestDatabases.Postgres::stop);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      }
      return server;
    }

    private static synchronized void stop() {
      try {
        server.close();
      } catch (IOException ignored) {
        // the JVM is exiting
      }
      server = null;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
              "spring.datasource.url=" + server().getJdbcUrl("postgres", "backload"),
              "spring.datasource.username=postgres",
              "spring.datasource.password=",
              "backload.demo=true")
          .applyTo(context.getEnvironment());
      liftAddressLimits(context);
    }
  }
}
