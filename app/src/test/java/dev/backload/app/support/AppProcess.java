package dev.backload.app.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The application in a JVM of its own, on the embedded H2 file database as {@code backload serve}
 * runs it, for tests about what survives the process: a kill, a restart, a clean stop.
 */
public final class AppProcess implements AutoCloseable {
  private final Process process;
  private final Http http;
  private final Path output;

  private AppProcess(Process process, int port, Path output) {
    this.process = process;
    this.http = new Http(port);
    this.output = output;
  }

  /** Starts the app on the data directory and waits (up to 90 s) until it reports healthy. */
  public static AppProcess start(Path dataDir, int port) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Path log = dataDir.resolve("app-" + System.nanoTime() + ".log");
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.backload.app.BackloadApplication",
                "--server.port=" + port,
                "--backload.data-dir=" + dataDir.toAbsolutePath(),
                "--logging.file.name=" + log,
                // Tests sign up many accounts from 127.0.0.1 (see TestDatabases).
                "--backload.limits.sign-ups-per-hour=1000000")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("stdout.log").toFile()))
            .start();
    AppProcess app = new AppProcess(process, port, dataDir.resolve("stdout.log"));
    app.awaitHealthy();
    return app;
  }

  public Http http() {
    return http;
  }

  /** What the app has printed so far (its log included). */
  public String output() throws IOException {
    return java.nio.file.Files.readString(output);
  }

  /** SIGKILL: no shutdown hooks, no clean close of the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM: the app shuts down cleanly, as on Ctrl+C. */
  public void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private void awaitHealthy() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the app exited with status " + process.exitValue());
      }
      try {
        if (http.get("/actuator/health").statusCode() == 200) {
          return;
        }
      } catch (RuntimeException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the app did not become healthy within 90 s");
  }

  /** A free port on the loopback address. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
