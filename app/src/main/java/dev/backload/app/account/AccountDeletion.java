package dev.backload.app.account;

import java.sql.Connection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Deletes an account with everything of it. Every table of user data references the account with
 * {@code ON DELETE CASCADE} (directly or through a parent), so one statement removes all of it at
 * once: its tokens, workouts, sets and whatever later features store. On H2 a {@code CHECKPOINT}
 * follows, so the deletion reaches the file at once; the deleted rows' bytes may stay in unused
 * pages of the file until H2 compacts it (see the README). Then {@link AccountDeleted} is
 * published, which removes what lives outside the database (the account's waiting uploads).
 */
@Service
public class AccountDeletion {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final SecurityEvents events;
  private final ApplicationEventPublisher publisher;
  private volatile Boolean h2;

  AccountDeletion(
      JdbcClient jdbc,
      JdbcTemplate template,
      SecurityEvents events,
      ApplicationEventPublisher publisher) {
    this.jdbc = jdbc;
    this.template = template;
    this.events = events;
    this.publisher = publisher;
  }

  /**
   * Deletes the account and all its data.
   *
   * @return false when there was no such account
   */
  public boolean delete(long accountId) {
    boolean deleted =
        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", accountId).update() == 1;
    if (deleted) {
      events.accountDeleted(accountId, true);
    }
    if (deleted && isH2()) {
      template.execute("CHECKPOINT");
    }
    if (deleted) {
      publisher.publishEvent(new AccountDeleted(accountId));
    }
    return deleted;
  }

  private boolean isH2() {
    if (h2 == null) {
      h2 =
          template.execute(
              (ConnectionCallback<Boolean>)
                  (Connection c) -> "H2".equals(c.getMetaData().getDatabaseProductName()));
    }
    return h2;
  }
}
