package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.backload.app.support.TestClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The offline commands start fast because they never touch the web framework: each is run in a
 * class loader of its own, and afterwards no Spring class has been loaded by it (while the core
 * class doing the work has).
 */
class OfflineCommandsTest {

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(
            new String[] {"triage"}, "{\"painNow\":4}", "dev.backload.core.triage.TriageEngine"),
        Arguments.of(
            new String[] {
              "analyze", AnalyzeCommandTest.fixture("strong-small.csv").toString(), "--json"
            },
            "",
            "dev.backload.core.analytics.TrainingLoadAnalysis"),
        // The HTML report: its Thymeleaf template is rendered by the standalone engine.
        Arguments.of(
            new String[] {
              "analyze",
              AnalyzeCommandTest.fixture("strong-small.csv").toString(),
              "--html",
              reportFile()
            },
            "",
            "org.thymeleaf.TemplateEngine"),
        Arguments.of(
            new String[] {
              "plan",
              PlanCommandTest.fixture("export.csv"),
              "--checkins",
              PlanCommandTest.fixture("checkins.jsonl"),
              "--today",
              "2026-03-20"
            },
            "",
            "dev.backload.core.planning.Planner"));
  }

  private static String reportFile() {
    try {
      Path file = Files.createTempFile("backload-report", ".html");
      file.toFile().deleteOnExit();
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void runsWithoutLoadingTheWebFramework(String[] args, String stdin, String coreClass)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (RecordingLoader loader = new RecordingLoader(testClassPath())) {
      Object status = run(loader, args, stdin, out, err);
      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
      assertThat(out.size()).isPositive();
      assertThat(loader.loaded(coreClass)).isTrue();
      assertThat(loader.loaded("org.springframework.boot.SpringApplication")).isFalse();
      assertThat(loader.loaded("org.springframework.context.ApplicationContext")).isFalse();
    }
  }

  /** Reading the command line never starts Spring: not for help, nor for bad usage of serve. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("withoutRunning")
  void theCommandLineAloneLoadsNoSpringClass(String[] args, int expectedStatus) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (RecordingLoader loader = new RecordingLoader(testClassPath())) {
      Object status = run(loader, args, "", out, err);
      assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedStatus);
      assertThat(loader.loaded("picocli.CommandLine")).isTrue();
      assertThat(loader.loaded("org.springframework.boot.SpringApplication")).isFalse();
      assertThat(loader.loaded("org.springframework.context.ApplicationContext")).isFalse();
    }
  }

  static Stream<Arguments> withoutRunning() {
    return Stream.of(
        Arguments.of(new String[] {"--help"}, 0),
        Arguments.of(new String[] {"--version"}, 0),
        Arguments.of(new String[] {"serve", "--help"}, 0),
        Arguments.of(new String[] {"serve", "--port", "eighty"}, 2),
        Arguments.of(new String[] {"plan", "--help"}, 0));
  }

  /** {@link BackloadCommand#run} as loaded by {@code loader}, with a fixed clock. */
  private static Object run(
      ClassLoader loader,
      String[] args,
      String stdin,
      ByteArrayOutputStream out,
      ByteArrayOutputStream err)
      throws Exception {
    Method run =
        loader
            .loadClass(BackloadCommand.class.getName())
            .getDeclaredMethod(
                "run",
                String[].class,
                InputStream.class,
                PrintStream.class,
                PrintStream.class,
                Clock.class);
    run.setAccessible(true);
    return run.invoke(
        null,
        args,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        TestClock.fixed());
  }

  private static URL[] testClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(
            p -> {
              try {
                return Path.of(p).toUri().toURL();
              } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
              }
            })
        .toArray(URL[]::new);
  }

  /** A class loader that can tell which classes it has loaded. */
  private static final class RecordingLoader extends URLClassLoader {
    RecordingLoader(URL[] urls) {
      super(urls, ClassLoader.getPlatformClassLoader());
    }

    boolean loaded(String name) {
      return findLoadedClass(name) != null;
    }
  }
}
