package dev.backload.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The directory that holds the embedded database. It is readable by its owner only, and the
 * database gets a random password kept in a file beside it (never the well-known empty one).
 *
 * @param path the directory, absolute
 * @param databasePassword the embedded database's password
 */
record DataDirectory(Path path, String databasePassword) {
  static final String PASSWORD_FILE = "db-password";

  static DataDirectory prepare(Path dir) throws IOException {
    Path path = dir.toAbsolutePath().normalize();
    Files.createDirectories(path);
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (posix) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
    }
    Path secret = path.resolve(PASSWORD_FILE);
    if (!Files.exists(secret)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      Files.writeString(secret, HexFormat.of().formatHex(random), StandardCharsets.US_ASCII);
      if (posix) {
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
      }
    }
    return new DataDirectory(path, Files.readString(secret, StandardCharsets.US_ASCII).trim());
  }
}
