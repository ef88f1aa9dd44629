package dev.backload.app.cli;

import dev.backload.app.BackloadApplication;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.SpringApplication;

/**
 * Starts the web application for {@code backload serve}. With {@link ServerBanner}, the only class
 * of the command line that names Spring, so the offline commands never load it.
 */
final class WebApp {
  private WebApp() {}

  /** Starts Spring Boot with these arguments and prints where the app is, once it listens. */
  static void start(List<String> springArgs, PrintStream out) {
    ServerBanner.print(
        SpringApplication.run(BackloadApplication.class, springArgs.toArray(String[]::new)), out);
  }
}
