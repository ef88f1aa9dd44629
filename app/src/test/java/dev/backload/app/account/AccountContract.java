package dev.backload.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.backload.app.demo.DemoAccount;
import dev.backload.app.support.OnH2;
import dev.backload.app.support.OnPostgres;
import dev.backload.core.importing.WeightUnit;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts are stored, found case-insensitively, unique per email, and hashed with PBKDF2. */
abstract class AccountContract {
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwordEncoder;

  @Test
  void storesAndFindsAnAccountByEmailIgnoringCase() {
    String email = "Lifter-" + UUID.randomUUID() + "@Example.org";
    long id = accounts.create(email, passwordEncoder.encode("a long enough password"), "Sam");
    Account found = accounts.findByEmail(email.toUpperCase()).orElseThrow();
    assertThat(found.id()).isEqualTo(id);
    assertThat(found.email()).isEqualTo(email.toLowerCase());
    assertThat(found.weightUnit()).isEqualTo(WeightUnit.KG);
    assertThat(found.timeZone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(found.createdAt()).isNotNull();
    assertThat(found.passwordHash()).startsWith("{pbkdf2@SpringSecurity_v5_8}");
    assertThat(passwordEncoder.matches("a long enough password", found.passwordHash())).isTrue();
  }

  @Test
  void anEmailCanBelongToOneAccountOnly() {
    String email = "twice-" + UUID.randomUUID() + "@example.org";
    accounts.create(email, "{noop}x", null);
    assertThatThrownBy(() -> accounts.create(email.toUpperCase(), "{noop}y", null))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void aPasswordOfSixtyFourCharactersWithEmojiHashesAndMatches() {
    String password = "🏋️".repeat(16) + "x".repeat(32);
    String hash = passwordEncoder.encode(password);
    assertThat(passwordEncoder.matches(password, hash)).isTrue();
    assertThat(passwordEncoder.matches(password.substring(0, password.length() - 1), hash))
        .isFalse();
  }

  @Test
  void theDemoAccountExistsInDemoMode() {
    Account demo = accounts.findByEmail(DemoAccount.EMAIL).orElseThrow();
    assertThat(passwordEncoder.matches(DemoAccount.PASSWORD, demo.passwordHash())).isTrue();
  }
}

@OnH2
class AccountH2Test extends AccountContract {}

@OnPostgres
class AccountPostgresTest extends AccountContract {}
