package dev.backload.app.imports;

import dev.backload.app.account.AccountDeleted;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
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
 * account has more than {@link #MAX_PER_ACCOUNT} waiting, when the account is deleted ({@link
 * AccountDeleted}), and when the server stops. The registry is in memory, so a preview must be
 * confirmed on the same server instance.
 *
 * <p>All waiting uploads together, of all accounts, hold at most {@link #DEFAULT_MAX_TOTAL_BYTES}
 * (setting {@code backload.limits.pending-upload-bytes}); with {@link #MAX_PER_ACCOUNT} uploads of
 * at most 50 MB each, one account holds at most 150 MB. An upload that would go over the total is
 * refused with {@link Full} before anything is written when its size is known, and otherwise as
 * soon as it would, its partial file deleted.
 */
@Component
public class UploadStore {
  /** How long an upload waits for its confirmation. */
  public static final Duration EXPIRY = Duration.ofMinutes(30);

  /** Uploads one account may have waiting; the oldest goes first. */
  static final int MAX_PER_ACCOUNT = 3;

  /** The most bytes all waiting uploads together may hold: 500 MB. */
  public static final long DEFAULT_MAX_TOTAL_BYTES = 500L * 1024 * 1024;

  /** There is no room for the upload now; waiting uploads expire within {@link #retryAfter}. */
  public static class Full extends IOException {
    private final Duration retryAfter;

    Full(Duration retryAfter) {
      super("The uploads waiting for confirmation fill the space set aside for them.");
      this.retryAfter = retryAfter;
    }

    /** Whole seconds until the oldest waiting upload expires (at least 1). */
    public long retryAfterSeconds() {
      return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
  }

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
  private final long maxTotalBytes;

  /** Bytes of the files kept and of the writes under way; guarded by {@code this}. */
  private long bytes;

  @Autowired
  UploadStore(
      Clock clock,
      @Value("${backload.limits.pending-upload-bytes:" + DEFAULT_MAX_TOTAL_BYTES + "}")
          long maxTotalBytes)
      throws IOException {
    this(clock, true, maxTotalBytes);
  }

  UploadStore(Clock clock, boolean sweepEveryMinute) throws IOException {
    this(clock, sweepEveryMinute, DEFAULT_MAX_TOTAL_BYTES);
  }

  UploadStore(Clock clock, boolean sweepEveryMinute, long maxTotalBytes) throws IOException {
    this.clock = clock;
    this.maxTotalBytes = maxTotalBytes;
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
   * @throws Full when all waiting uploads together would hold more than the total allowed
   */
  public Upload store(long accountId, String clientName, InputStream content) throws IOException {
    return store(accountId, clientName, content, -1);
  }

  /**
   * As {@link #store(long, String, InputStream)}, for content of a known size: when it cannot fit,
   * {@link Full} is thrown before anything is written (the account's oldest waiting upload has been
   * let go to make room first when it already had {@link #MAX_PER_ACCOUNT}).
   *
   * @param size the content's size in bytes, or -1 when not known
   */
  public Upload store(long accountId, String clientName, InputStream content, long size)
      throws IOException {
    sweep();
    keepNewest(accountId, MAX_PER_ACCOUNT - 1);
    if (size >= 0) {
      grow(size);
    }
    byte[] random16 = new byte[16];
    random.nextBytes(random16);
    String token = HexFormat.of().formatHex(random16);
    Path file = directory.resolve(token + ".upload");
    UploadScan scan;
    long[] counted = {Math.max(0, size)};
    try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      scan = UploadScan.scan(content, counting(out, counted));
    } catch (IOException | RuntimeException e) {
      shrink(counted[0]);
      Files.deleteIfExists(file);
      throw e;
    }
    // What was set aside becomes what the file holds (never more: every byte was counted).
    shrink(counted[0] - scan.bytes());
    if (!scan.isText()) {
      // Nothing of a file that cannot be an export is kept: only what the page says about it.
      Files.delete(file);
      shrink(scan.bytes());
    }
    Upload upload =
        new Upload(
            token, accountId, file, clientName, scan, clock.instant(), stored.incrementAndGet());
    uploads.put(token, upload);
    keepNewest(accountId, MAX_PER_ACCOUNT);
    return upload;
  }

  /** Discards the account's oldest waiting uploads until at most {@code keep} are left. */
  private void keepNewest(long accountId, int keep) {
    List<Upload> mine =
        uploads.values().stream()
            .filter(u -> u.accountId() == accountId)
            .sorted(Comparator.comparingLong(Upload::order))
            .toList();
    for (int i = 0; i < mine.size() - keep; i++) {
      discard(mine.get(i).token());
    }
  }

  /** Deletes every waiting upload of a deleted account at once. */
  @EventListener
  void accountDeleted(AccountDeleted event) {
    keepNewest(event.accountId(), 0);
  }

  /** Sets {@code n} more bytes aside, or throws {@link Full} when they do not fit. */
  private synchronized void grow(long n) throws Full {
    if (bytes + n > maxTotalBytes) {
      Instant oldest =
          uploads.values().stream()
              .map(Upload::storedAt)
              .min(Comparator.naturalOrder())
              .orElse(clock.instant());
      Duration wait = Duration.between(clock.instant(), oldest.plus(EXPIRY));
      throw new Full(wait.isNegative() ? Duration.ZERO : wait);
    }
    bytes += n;
  }

  private synchronized void shrink(long n) {
    bytes -= n;
  }

  /** The bytes held by waiting uploads and writes under way (for tests). */
  synchronized long bytesHeld() {
    return bytes;
  }

  /**
   * Counts what is written into {@code counted[0]}; past what was set aside beforehand, each write
   * must first fit under the total.
   */
  private OutputStream counting(OutputStream out, long[] counted) {
    long setAside = counted[0];
    return new java.io.FilterOutputStream(out) {
      private long written;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        long beyond = Math.max(0, written + len - Math.max(setAside, written));
        if (beyond > 0) {
          grow(beyond);
          counted[0] += beyond;
        }
        written += len;
        out.write(b, off, len);
      }

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }
    };
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
      if (upload.scan().isText()) {
        shrink(upload.scan().bytes());
      }
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
