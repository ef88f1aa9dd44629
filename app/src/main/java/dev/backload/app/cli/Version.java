package dev.backload.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code backload --version} prints: the project's version, from the {@code
 * META-INF/build-info.properties} that the Maven build writes (spring-boot-maven-plugin's {@code
 * build-info} goal; read here as a plain properties file, without Spring).
 */
final class Version implements IVersionProvider {
  static final String BUILD_INFO = "/META-INF/build-info.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"backload " + number()};
  }

  /** The version, or a note that it is unknown when the classes were not built by Maven. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream(BUILD_INFO)) {
      if (in == null) {
        return "(version unknown: not built with Maven)";
      }
      Properties info = new Properties();
      info.load(in);
      return info.getProperty("build.version", "(version unknown)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
