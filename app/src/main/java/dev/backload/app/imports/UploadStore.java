package dev.backload.app.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Uploads kept between the import page's preview and its confirmation.
 *
 * <p>Each upload is written to a temporary file in a directory of this server process that only its
 * owner may read ({@code rwx------}); the file's name is a random 128-bit token, never the name the
 * browser sent, which is kept as text for display only. An upload belongs to the account that sent
 * it: another account asking for its token gets nothing. It is deleted when the import is confirmed
 * or cancelled, after {@link #EXPIRY} without confirmation (swept every minute), when the same
 * account has more than {@link #MAX_PER_ACCOUNT} waiting, and when the server stops. The registry
 * is in memory, so a preview must be confirmed on the same server instance.
 */
@Component
public class UploadStore {
  /** How long an upload waits for its confirmation. */
  public static final Duration EXPIRY = Duration.ofMinutes(30);

  /** Uploads one account may have waiting; the oldest goes first. */
  static final int MAX_PER_ACCOUNT = 3;

  /**
   * One waiting upload.
   *
   * @param token the random id the page refers to it by
   * @param accountId the owner
   * @param file the temporary file; already deleted when the scan found that it is not text
   * @param clientName the file name the browser sent, for display only (may be null)
   * @param scan the file's hash, size and text check
   * @param storedAt when it was stored
   * @param order its place among all uploads of this server, in the order they were stored (which
   *     tells the oldest apart when two share a {@code storedAt})
   */
  public record Upload(
      String token,
      long accountId,
      Path file,
      String clientName,
      UploadScan scan,
      Instant storedAt,
      long order)
      implements InputStreamSource {
    @Override
    public InputStream getInputStream() throws IOException {
      return Files.newInputStream(file);
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private final AtomicLong stored = new AtomicLong();
  private final Path directory;
  private final Clock clock;
  private final ScheduledExecutorService sweeper;

  @Autowired
  UploadStore(Clock clock) throws IOException {
    this(clock, true);
  }

  UploadStore(Clock clock, boolean sweepEveryMinute) throws IOException {
    this.clock = clock;
    this.directory =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? Files.createTempDirectory(
                "backload-uploads-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
            : Files.createTempDirectory("backload-uploads-");
    if (sweepEveryMinute) {
      sweeper =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "backload-upload-sweeper");
                t.setDaemon(true);
                return t;
              });
      sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.MINUTES);
    } else {
      sweeper = null;
    }
  }

  /** The directory the uploads are written to (for tests). */
  Path directory() {
    return directory;
  }

  /**
   * Writes an upload to a new temporary file, checking it on the way ({@link UploadScan}). A file
   * that is not text is deleted at once; its entry stays so that the page can say why.
   *
   * @return the stored upload; check {@code scan().isText()} before reading it
   */
  public Upload store(long accountId, String clientName, InputStream content) throws IOException {
    sweep();
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    Path file = directory.resolve(token + ".upload");
    UploadScan scan;
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      scan = UploadScan.scan(content, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    if (!scan.isText()) {
      // Nothing of a file that cannot be an export is kept: only what the page says about it.
      Files.delete(file);
    }
    Upload upload =
        new Upload(
            token, accountId, file, clientName, scan, clock.instant(), stored.incrementAndGet());
    uploads.put(token, upload);
    List<Upload> mine =
        uploads.values().stream()
            .filter(u -> u.accountId() == accountId)
            .sorted(Comparator.comparingLong(Upload::order))
            .toList();
    for (int i = 0; i < mine.size() - MAX_PER_ACCOUNT; i++) {
      discard(mine.get(i).token());
    }
    return upload;
  }

  /** The account's waiting upload with this token; empty for another account's or an old one. */
  public Optional<Upload> find(long accountId, String token) {
    if (token == null) {
      return Optional.empty();
    }
    Upload upload = uploads.get(token);
    if (upload == null || upload.accountId() != accountId) {
      return Optional.empty();
    }
    if (expired(upload)) {
      discard(token);
      return Optional.empty();
    }
    return Optional.of(upload);
  }

  /** Deletes an upload and its file; nothing happens for an unknown token. */
  public void discard(String token) {
    Upload upload = uploads.remove(token);
    if (upload != null) {
      try {
        Files.deleteIfExists(upload.file());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Deletes every expired upload. */
  void sweep() {
    for (Upload upload : List.copyOf(uploads.values())) {
      if (expired(upload)) {
        discard(upload.token());
      }
    }
  }

  /** The number of uploads waiting (for tests). */
  int size() {
    return uploads.size();
  }

  private boolean expired(Upload upload) {
    return !clock.instant().isBefore(upload.storedAt().plus(EXPIRY));
  }

  /** Deletes every upload and the directory when the server stops. */
  @PreDestroy
  void close() throws IOException {
    if (sweeper != null) {
      sweeper.shutdownNow();
    }
    for (String token : List.copyOf(uploads.keySet())) {
      discard(token);
    }
    try (var files = Files.list(directory)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
    }
    Files.deleteIfExists(directory);
  }
}
