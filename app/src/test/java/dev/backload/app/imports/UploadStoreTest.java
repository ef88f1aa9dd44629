package dev.backload.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Uploads waiting between preview and confirmation: names, owners, expiry, deletion. */
class UploadStoreTest {
  private Instant now = Instant.parse("2026-01-01T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final UploadStore store;

  UploadStoreTest() throws Exception {
    store = new UploadStore(clock, false);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
    assertThat(store.directory()).doesNotExist();
  }

  private UploadStore.Upload put(long account, String name, String text) throws Exception {
    return store.store(
        account, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theFileGetsARandomNameNeverTheClientsAndTheRightBytes() throws Exception {
    UploadStore.Upload u = put(1, "../../etc/passwd", "Date,Exercise\n");
    assertThat(u.token()).matches("[0-9a-f]{32}");
    assertThat(u.file().getParent()).isEqualTo(store.directory());
    assertThat(u.file().getFileName().toString()).isEqualTo(u.token() + ".upload");
    assertThat(Files.readString(u.file())).isEqualTo("Date,Exercise\n");
    assertThat(u.clientName()).isEqualTo("../../etc/passwd");
    assertThat(u.scan().bytes()).isEqualTo(14);
    assertThat(u.scan().sha256())
        .isEqualTo(
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest("Date,Exercise\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(put(1, "x", "a").token()).isNotEqualTo(u.token());
  }

  @Test
  void onlyTheOwnerFindsAnUpload() throws Exception {
    UploadStore.Upload u = put(1, "a.csv", "x");
    assertThat(store.find(1, u.token())).contains(u);
    assertThat(store.find(2, u.token())).isEmpty();
    assertThat(store.find(1, "0".repeat(32))).isEmpty();
    assertThat(store.find(1, null)).isEmpty();
  }

  @Test
  void anUploadExpiresAndItsFileIsDeleted() throws Exception {
    UploadStore.Upload u = put(1, "a.csv", "x");
    now = now.plus(UploadStore.EXPIRY).minusSeconds(1);
    assertThat(store.find(1, u.token())).isPresent();
    now = now.plusSeconds(1);
    store.sweep();
    assertThat(store.size()).isZero();
    assertThat(u.file()).doesNotExist();
    assertThat(store.find(1, u.token())).isEmpty();
  }

  @Test
  void discardDeletesTheFile() throws Exception {
    UploadStore.Upload u = put(1, "a.csv", "x");
    store.discard(u.token());
    assertThat(u.file()).doesNotExist();
    store.discard(u.token()); // twice is fine
  }

  @Test
  void anAccountKeepsAtMostThreeWaitingUploads() throws Exception {
    UploadStore.Upload first = put(1, "1", "1");
    now = now.plus(Duration.ofSeconds(1));
    put(1, "2", "2");
    now = now.plus(Duration.ofSeconds(1));
    put(1, "3", "3");
    put(2, "other", "o");
    now = now.plus(Duration.ofSeconds(1));
    UploadStore.Upload fourth = put(1, "4", "4");
    assertThat(store.find(1, first.token())).isEmpty();
    assertThat(first.file()).doesNotExist();
    assertThat(store.find(1, fourth.token())).isPresent();
    assertThat(store.size()).isEqualTo(4);
  }

  @Test
  void aFileThatIsNotTextIsNotKept() throws Exception {
    UploadStore.Upload u =
        store.store(1, "p.png", new ByteArrayInputStream(new byte[] {'a', '\n', 'b', 0, 'c'}));
    assertThat(u.scan().isText()).isFalse();
    assertThat(u.scan().problemLine()).isEqualTo(2);
    assertThat(u.file()).doesNotExist();
    assertThat(store.find(1, u.token())).isPresent(); // so that the page can say why
  }

  @Test
  void utf16IsNamed() throws Exception {
    UploadScan scan =
        UploadScan.scan(new ByteArrayInputStream("\uFEFFDate".getBytes(StandardCharsets.UTF_16BE)));
    assertThat(scan.problem()).contains("UTF-16");
    assertThat(scan.problemLine()).isEqualTo(1);
    assertThat(
            UploadScan.scan(new ByteArrayInputStream("Daté\n".getBytes(StandardCharsets.UTF_8)))
                .isText())
        .isTrue();
  }

  @Test
  void item6_theTotalOfWaitingUploadsIsCappedWhetherOrNotTheSizeIsKnown() throws Exception {
    UploadStore small = new UploadStore(clock, false, 1_000);
    try {
      byte[] six = "x,y\n".repeat(150).getBytes(StandardCharsets.UTF_8); // 600 bytes
      small.store(1, "a.csv", new ByteArrayInputStream(six), six.length);
      assertThat(small.bytesHeld()).isEqualTo(600);
      // Known size: refused before a byte is written.
      try (var before = Files.list(small.directory())) {
        long files = before.count();
        assertThatThrownBy(() -> small.store(2, "b.csv", new ByteArrayInputStream(six), six.length))
            .isInstanceOf(UploadStore.Full.class)
            .satisfies(e -> assertThat(((UploadStore.Full) e).retryAfterSeconds()).isEqualTo(1800));
        try (var after = Files.list(small.directory())) {
          assertThat(after.count()).isEqualTo(files);
        }
      }
      // Unknown size: refused once it would go over, and the part written is deleted.
      assertThatThrownBy(() -> small.store(2, "b.csv", new ByteArrayInputStream(six)))
          .isInstanceOf(UploadStore.Full.class);
      try (var files = Files.list(small.directory())) {
        assertThat(files.count()).isEqualTo(1);
      }
      assertThat(small.bytesHeld()).isEqualTo(600);
      // A declared size larger than the content sets aside only what was written.
      small.store(
          2, "c.csv", new ByteArrayInputStream("a\n".getBytes(StandardCharsets.UTF_8)), 300);
      assertThat(small.bytesHeld()).isEqualTo(602);
      // A file that is not text is not kept, nor counted.
      small.store(3, "p.png", new ByteArrayInputStream(new byte[] {'a', 0}), 2);
      assertThat(small.bytesHeld()).isEqualTo(602);
      // Confirmed, cancelled or expired uploads make room again.
      now = now.plus(UploadStore.EXPIRY);
      small.sweep();
      assertThat(small.bytesHeld()).isZero();
      small.store(2, "b.csv", new ByteArrayInputStream(six), six.length);
    } finally {
      small.close();
    }
  }

  @Test
  void item6_aDeletedAccountsUploadsGoAtOnce() throws Exception {
    UploadStore.Upload mine = put(7, "a.csv", "Date,Exercise\n");
    UploadStore.Upload other = put(8, "b.csv", "Date,Exercise\n");
    store.accountDeleted(new dev.backload.app.account.AccountDeleted(7));
    assertThat(mine.file()).doesNotExist();
    assertThat(store.find(7, mine.token())).isEmpty();
    assertThat(store.find(8, other.token())).isPresent();
  }
}
