package dev.backload.app.cli;

import dev.backload.app.demo.DemoAccount;
import java.io.PrintStream;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/** What {@code backload serve} prints once the server is listening. */
final class ServerBanner {
  private ServerBanner() {}

  static void print(ConfigurableApplicationContext context, PrintStream out) {
    Environment env = context.getEnvironment();
    int port =
        context instanceof WebServerApplicationContext web
            ? web.getWebServer().getPort()
            : env.getProperty("server.port", Integer.class, 8080);
    String address = env.getProperty("server.address", "127.0.0.1");
    String host = address.equals("0.0.0.0") ? "127.0.0.1" : address;
    out.println();
    out.println("Backload is running at http://" + host + ":" + port + "/");
    out.println("  check-in (no account needed): http://" + host + ":" + port + "/check-in");
    if (env.getProperty("backload.demo", Boolean.class, false)) {
      String password = context.getBean(DemoAccount.class).password();
      out.println("  demo login: " + DemoAccount.EMAIL + " / " + password);
      if (!password.equals(DemoAccount.PASSWORD)) {
        out.println(
            "  (a random demo password, new at each start, because the server is reachable from"
                + " other machines)");
      }
    }
    String url = env.getProperty("spring.datasource.url", "");
    out.println(
        "  database: "
            + (url.startsWith("jdbc:h2:")
                ? "embedded, in " + env.getProperty("backload.data-dir")
                : "PostgreSQL"));
    out.println("Stop it with Ctrl+C.");
    out.flush();
  }
}
