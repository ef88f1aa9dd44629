package dev.backload.app.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Export files for import tests: the hand-written fixtures under {@code src/test/resources/imports}
 * and the real exports of {@code shared/data/real-exports}.
 */
public final class ExportFiles {
  private ExportFiles() {}

  /** A fixture under {@code src/test/resources/imports}. */
  public static byte[] fixture(String name) {
    try (InputStream in = ExportFiles.class.getResourceAsStream("/imports/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture's path on disk. */
  public static Path fixturePath(String name) {
    try {
      return Path.of(ExportFiles.class.getResource("/imports/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalStateException("no fixture " + name, e);
    }
  }

  /**
   * The folder {@code shared/data/real-exports}, found by walking up from the working directory, or
   * {@code null}.
   */
  public static Path realExports() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        p != null;
        p = p.getParent()) {
      Path candidate = p.resolve("shared/data/real-exports");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** A real export's path; the test is skipped, saying why, when the folder is absent. */
  public static Path realExport(String name) {
    Path dir = realExports();
    assumeTrue(
        dir != null && Files.isRegularFile(dir.resolve(name)),
        "shared/data/real-exports/" + name + " not found: real-export import test skipped");
    return dir.resolve(name);
  }
}
