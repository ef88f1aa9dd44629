package dev.backload.app.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal HTTP/1.1 client whose connections come from a chosen loopback address (127.0.0.2,
 * 127.0.0.3, …), so that a test can be several clients to the server's address-based limits. It
 * keeps cookies and the last page's CSRF token, as a browser would. {@code java.net.http} cannot
 * choose the local address on Java 17, hence the socket.
 */
final class FromAddress {
  private static final Pattern CSRF =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  /** One answer: status, headers (names in lower case) and body. */
  record Response(int status, Map<String, List<String>> headers, String body) {
    Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  private final String local;
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf;

  FromAddress(String local, int port) {
    this.local = local;
    this.port = port;
  }

  Response get(String path) {
    Response r = send("GET", path, null, null);
    Matcher m = CSRF.matcher(r.body());
    if (m.find()) {
      csrf = m.group(1) != null ? m.group(1) : m.group(2);
    }
    return r;
  }

  Response postJson(String path, String json) {
    return send("POST", path, "application/json", json);
  }

  /** Posts a form with the CSRF token of the last page fetched. */
  Response postForm(String path, String... nameValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      fields.put(nameValues[i], nameValues[i + 1]);
    }
    if (csrf != null) {
      fields.put("_csrf", csrf);
    }
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send("POST", path, "application/x-www-form-urlencoded", body);
  }

  /**
   * Posts one file as multipart field {@code file}, with the CSRF token as a header (as the import
   * page's script does) and {@code X-Requested-With} when {@code script} is set.
   */
  Response postFile(String path, String fileName, byte[] bytes, boolean script) {
    String boundary = "----fromaddress" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Map<String, String> extra = new LinkedHashMap<>();
    if (csrf != null) {
      extra.put("X-CSRF-TOKEN", csrf);
    }
    if (script) {
      extra.put("X-Requested-With", "XMLHttpRequest");
    }
    return send(
        "POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), extra);
  }

  private Response send(String method, String path, String contentType, String body) {
    return send(
        method,
        path,
        contentType,
        body == null ? null : body.getBytes(StandardCharsets.UTF_8),
        Map.of());
  }

  private Response send(
      String method,
      String path,
      String contentType,
      byte[] body,
      Map<String, String> extraHeaders) {
    byte[] content = body == null ? new byte[0] : body;
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    head.append("Accept: text/html,application/json,*/*;q=0.8\r\n");
    head.append("Connection: close\r\n");
    if (!cookies.isEmpty()) {
      head.append("Cookie: ")
          .append(
              cookies.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining("; ")))
          .append("\r\n");
    }
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    extraHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(content.length).append("\r\n");
    }
    head.append("\r\n");
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(local, 0));
      socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      Response r = read(socket.getInputStream());
      for (String cookie : r.headers().getOrDefault("set-cookie", List.of())) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
      }
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response read(InputStream in) throws IOException {
    byte[] all = in.readAllBytes(); // Connection: close, so the server ends the stream
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers
          .computeIfAbsent(
              lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
              k -> new java.util.ArrayList<>())
          .add(lines[i].substring(colon + 1).strip());
    }
    byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    boolean chunked =
        headers.getOrDefault("transfer-encoding", List.of()).stream()
            .anyMatch(v -> v.equalsIgnoreCase("chunked"));
    byte[] body = chunked ? unchunk(rest) : rest;
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < data.length) {
      int lineEnd = i;
      while (lineEnd + 1 < data.length && !(data[lineEnd] == '\r' && data[lineEnd + 1] == '\n')) {
        lineEnd++;
      }
      String sizeText =
          new String(data, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
      int size = Integer.parseInt(sizeText, 16);
      if (size == 0) {
        break;
      }
      out.write(data, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
