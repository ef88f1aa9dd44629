package dev.backload.app.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded H2 database when the app stops cleanly ({@code SHUTDOWN COMPACT}), so that
 * rows deleted while it ran (a deleted account's data above all) are gone from the database file,
 * not only from the tables. H2 keeps deleted rows' bytes in the file until it is rewritten; a
 * PostgreSQL deployment relies on VACUUM instead, and this does nothing there: which database it is
 * is read from the configured URL, so stopping never waits for a connection to a server that may
 * already be gone.
 */
@Component
class EmbeddedDatabaseCompaction implements DisposableBean {
  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseCompaction.class);
  private final DataSource dataSource;
  private final boolean embedded;

  EmbeddedDatabaseCompaction(
      DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
    this.dataSource = dataSource;
    this.embedded = url.startsWith("jdbc:h2:file:");
  }

  @Override
  public void destroy() {
    if (!embedded) {
      return;
    }
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
