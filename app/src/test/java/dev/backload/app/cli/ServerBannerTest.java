package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.backload.app.demo.DemoAccount;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;

/** The lines {@code backload serve} prints once the server is up, demo login included. */
class ServerBannerTest {

  private static String banner(String address, String demoPassword) {
    MockEnvironment env =
        new MockEnvironment()
            .withProperty("server.address", address)
            .withProperty("server.port", "8080")
            .withProperty("backload.demo", "true")
            .withProperty("spring.datasource.url", "jdbc:h2:file:/tmp/x/backload")
            .withProperty("backload.data-dir", "/tmp/x");
    DemoAccount demo = mock(DemoAccount.class);
    when(demo.password()).thenReturn(demoPassword);
    ConfigurableApplicationContext context = mock(ConfigurableApplicationContext.class);
    when(context.getEnvironment()).thenReturn(env);
    when(context.getBean(DemoAccount.class)).thenReturn(demo);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ServerBanner.print(context, new PrintStream(out, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void item10b_theRandomDemoPasswordIsPrintedOnce() {
    String printed = banner("0.0.0.0", "Xk7pQ2mN9rT4vW8yZ3bC6d");
    assertThat(printed.split("Xk7pQ2mN9rT4vW8yZ3bC6d", -1)).hasSize(2);
    assertThat(printed)
        .contains("demo login: " + DemoAccount.EMAIL + " / Xk7pQ2mN9rT4vW8yZ3bC6d")
        .contains("random demo password")
        .doesNotContain(DemoAccount.PASSWORD);
  }

  @Test
  void onLoopbackTheDocumentedDemoPasswordIsPrinted() {
    String printed = banner("127.0.0.1", DemoAccount.PASSWORD);
    assertThat(printed)
        .contains("demo login: " + DemoAccount.EMAIL + " / " + DemoAccount.PASSWORD)
        .doesNotContain("random");
  }
}
