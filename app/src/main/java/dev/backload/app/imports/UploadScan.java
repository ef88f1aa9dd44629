package dev.backload.app.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A first pass over an uploaded file's bytes: its SHA-256 (to recognise the same file again), its
 * size, and whether it can be text at all. An export is UTF-8 text; a NUL byte means a binary file
 * (a PNG or ZIP renamed {@code .csv}) or UTF-16, and a UTF-16 byte order mark is UTF-16. Invalid
 * UTF-8 is left to the importer, which names its line.
 *
 * @param sha256 the SHA-256 of the bytes, 64 lower-case hex digits
 * @param bytes the size in bytes
 * @param problemLine the line of the first sign that the file is not UTF-8 text (1-based), or 0
 * @param problem what is wrong with it, or {@code null} when it may be text
 */
public record UploadScan(String sha256, long bytes, long problemLine, String problem) {

  /** Whether the bytes can be UTF-8 text. */
  public boolean isText() {
    return problem == null;
  }

  /**
   * Reads the stream to its end (without closing it), copying the bytes to {@code copy} if given.
   */
  public static UploadScan scan(InputStream in, OutputStream copy) throws IOException {
    Scanner scanner = new Scanner();
    byte[] buffer = new byte[1 << 16];
    int n;
    while ((n = in.read(buffer)) > 0) {
      scanner.update(buffer, n);
      if (copy != null) {
        copy.write(buffer, 0, n);
      }
    }
    return scanner.finish();
  }

  /** Reads the stream to its end without keeping the bytes. */
  public static UploadScan scan(InputStream in) throws IOException {
    return scan(in, null);
  }

  private static final class Scanner {
    private final MessageDigest digest;
    private long bytes;
    private long line = 1;
    private long problemLine;
    private String problem;

    Scanner() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
    }

    void update(byte[] buffer, int length) {
      digest.update(buffer, 0, length);
      if (bytes == 0 && length >= 2) {
        int b0 = buffer[0] & 0xff;
        int b1 = buffer[1] & 0xff;
        if ((b0 == 0xff && b1 == 0xfe) || (b0 == 0xfe && b1 == 0xff)) {
          fail(
              1,
              "the file is UTF-16 text; export it again, or save it as UTF-8 (CSV UTF-8), and"
                  + " upload that");
        }
      }
      for (int i = 0; i < length && problem == null; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          line++;
        } else if (b == 0) {
          fail(
              line,
              "the file contains a NUL byte, so it is not a text export (it may be a picture, a"
                  + " ZIP file or UTF-16 text); upload the CSV file the app exported");
        }
      }
      bytes += length;
    }

    private void fail(long at, String message) {
      if (problem == null) {
        problemLine = at;
        problem = message;
      }
    }

    UploadScan finish() {
      return new UploadScan(HexFormat.of().formatHex(digest.digest()), bytes, problemLine, problem);
    }
  }
}
