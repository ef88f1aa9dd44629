package dev.backload.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.demo.DemoAccount;
import dev.backload.app.support.TestClock;
import dev.backload.app.support.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * SECURITY.md 6.3.2, no default accounts: an application started without {@code --demo} (the shared
 * test contexts run with the demo account, so this one has its own) has no account at all, and the
 * usual default credentials open nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(
    initializers = {TestDatabases.H2.class, AuthenticationChecksWithoutDemoTest.NoDemo.class})
@Import(TestClock.Config.class)
class AuthenticationChecksWithoutDemoTest {
  /** Turns the demo off again after {@link TestDatabases.H2} turned it on. */
  static final class NoDemo
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of("backload.demo=false")
          .applyTo(context.getEnvironment(), TestPropertyValues.Type.MAP, "no-demo");
    }
  }

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  @Test
  void v6_3_2_noDefaultAccountsWithoutDemo() {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM account").query(Long.class).single()).isZero();
    List<String[]> defaults =
        List.of(
            new String[] {"admin", "admin"},
            new String[] {"admin@localhost", "admin"},
            new String[] {"sa", ""},
            new String[] {"demo", "demo"},
            new String[] {"user", "password"},
            new String[] {DemoAccount.EMAIL, DemoAccount.PASSWORD});
    for (String[] credentials : defaults) {
      Caller browser = Caller.anonymous(port);
      browser.page("/login");
      var login =
          browser.form(
              "POST",
              "/login",
              "username=" + Caller.enc(credentials[0]) + "&password=" + Caller.enc(credentials[1]),
              true);
      assertThat(login.headers().firstValue("Location").orElse(""))
          .as(credentials[0])
          .endsWith("/login?error");
      var token =
          browser.send(
              "POST",
              "/api/v1/tokens",
              "application/json",
              ("{\"email\":\""
                      + credentials[0]
                      + "\",\"password\":\""
                      + credentials[1]
                      + "\",\"name\":\"x\"}")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8),
              "application/json",
              false);
      assertThat(token.statusCode()).as(credentials[0]).isIn(400, 401);
    }
  }
}
