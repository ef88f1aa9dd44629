package dev.backload.core.importing;

import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Reads the hand-written fixtures under {@code src/test/resources/importing}. */
final class Fixtures {
  private Fixtures() {}

  /** The fixture's path. */
  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource("/importing/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no fixture " + name, e);
    }
  }

  /** Imports a fixture file. */
  static ImportResult read(String name, ImportOptions options) throws Exception {
    return ExportImporter.read(path(name), options);
  }

  /** Imports text. */
  static ImportResult text(String csv, ImportOptions options) throws ImportException {
    return ExportImporter.read(new StringReader(csv), options);
  }

  static ImportOptions defaults() {
    return ImportOptions.defaults();
  }
}
