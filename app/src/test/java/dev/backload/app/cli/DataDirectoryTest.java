package dev.backload.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  @Test
  void createsAPrivateDirectoryWithAStableRandomPassword(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("data");
    DataDirectory first = DataDirectory.prepare(dir);
    DataDirectory second = DataDirectory.prepare(dir);
    assertThat(first.databasePassword()).hasSize(48).isEqualTo(second.databasePassword());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("db-password"))))
        .isEqualTo("rw-------");
    assertThat(DataDirectory.prepare(tmp.resolve("other")).databasePassword())
        .isNotEqualTo(first.databasePassword());
  }
}
