package dev.backload.app.cli;

import dev.backload.app.BackloadApplication;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code backload serve}: starts the web application. */
final class ServeCommand {
  private ServeCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    boolean demo = false;
    String port = null;
    Path dataDir = null;
    List<String> passThrough = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--demo" -> demo = true;
        case "--port" -> {
          if (i + 1 >= args.length || !args[i + 1].matches("\\d{1,5}")) {
            err.println("backload serve: --port needs a number, for example --port 8080");
            return 2;
          }
          port = args[++i];
        }
        case "--data-dir" -> {
          if (i + 1 >= args.length) {
            err.println("backload serve: --data-dir needs a directory");
            return 2;
          }
          dataDir = Path.of(args[++i]);
        }
        default -> {
          if (args[i].startsWith("--") && args[i].contains("=")) {
            passThrough.add(args[i]); // Spring Boot properties, e.g. --server.address=0.0.0.0
          } else {
            err.println("backload serve: unknown option '" + args[i] + "'");
            return 2;
          }
        }
      }
    }
    List<String> springArgs = new ArrayList<>(passThrough);
    if (port != null) {
      springArgs.add("--server.port=" + port);
    }
    if (demo) {
      springArgs.add("--backload.demo=true");
    }
    boolean embedded = System.getenv("BACKLOAD_DB_URL") == null;
    if (embedded) {
      Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".backload");
      try {
        DataDirectory data = DataDirectory.prepare(dir);
        springArgs.add("--backload.data-dir=" + data.path());
        springArgs.add("--backload.db-password=" + data.databasePassword());
      } catch (IOException e) {
        err.println("backload serve: cannot use data directory " + dir + ": " + e.getMessage());
        return 1;
      }
    } else if (dataDir != null) {
      springArgs.add("--backload.data-dir=" + dataDir.toAbsolutePath());
    }
    ConfigurableApplicationContext context =
        SpringApplication.run(BackloadApplication.class, springArgs.toArray(String[]::new));
    ServerBanner.print(context, out);
    return 0;
  }
}
