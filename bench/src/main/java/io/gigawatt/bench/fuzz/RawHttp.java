package io.gigawatt.bench.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain HTTP/1.1 client on a socket of its own per request, so that what a {@link RawRequest}
 * says is exactly what is sent. Reads the answer by its {@code Content-Length}, chunked, or to the
 * end of the connection; a Server-Sent-Events answer is read up to its headers only.
 */
public final class RawHttp {
  private static final int MAX_BODY = 4 << 20;

  private final InetSocketAddress address;
  private final Duration timeout;

  public RawHttp(String host, int port, Duration timeout) {
    this.address = new InetSocketAddress(host, port);
    this.timeout = timeout;
  }

  public String authority() {
    return address.getHostString() + ":" + address.getPort();
  }

  public RawAnswer send(RawRequest request) {
    long start = System.nanoTime();
    try (Socket socket = new Socket()) {
      socket.connect(address, (int) timeout.toMillis());
      socket.setSoTimeout((int) timeout.toMillis());
      try {
        socket.getOutputStream().write(request.bytes(authority()));
        socket.getOutputStream().flush();
      } catch (IOException e) {
        // the server may answer (413, 431) and close before it read everything: read that answer
      }
      return read(
          new BufferedInputStream(socket.getInputStream()), request.method().equals("HEAD"), start);
    } catch (SocketTimeoutException e) {
      return RawAnswer.none("no answer within " + timeout.toSeconds() + " s", micros(start));
    } catch (IOException | RuntimeException e) {
      return RawAnswer.none(e.toString(), micros(start));
    }
  }

  private static RawAnswer read(InputStream in, boolean head, long start) throws IOException {
    String statusLine = line(in);
    if (statusLine == null) {
      return RawAnswer.none("connection closed without an answer", micros(start));
    }
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      return RawAnswer.none("not an HTTP answer: " + statusLine, micros(start));
    }
    int status = Integer.parseInt(parts[1]);
    if (status >= 100 && status < 200) {
      for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
        // an interim answer (100 Continue): the real one follows
      }
      return read(in, head, start);
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers
            .computeIfAbsent(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
            .add(line.substring(colon + 1).trim());
      }
    }
    byte[] body = new byte[0];
    String type = first(headers, "content-type");
    boolean stream = status == 200 && type != null && type.startsWith("text/event-stream");
    if (!head && !stream && status != 204 && status != 304 && status >= 200) {
      String length = first(headers, "content-length");
      String encoding = first(headers, "transfer-encoding");
      if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
        body = chunked(in);
      } else if (length != null) {
        body = in.readNBytes((int) Math.min(Long.parseLong(length.trim()), MAX_BODY));
      } else {
        body = in.readNBytes(MAX_BODY);
      }
    }
    return new RawAnswer(status, headers, body, null, micros(start));
  }

  private static byte[] chunked(InputStream in) throws IOException {
    var body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      if (size == null) {
        return body.toByteArray();
      }
      int semicolon = size.indexOf(';');
      int length =
          Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
      if (length == 0) {
        for (String trailer = line(in); trailer != null && !trailer.isEmpty(); trailer = line(in)) {
          // trailers are not used
        }
        return body.toByteArray();
      }
      body.writeBytes(in.readNBytes(length));
      line(in);
      if (body.size() > MAX_BODY) {
        return body.toByteArray();
      }
    }
  }

  /** One line without its CRLF; null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream(64);
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        return new String(raw, 0, length, StandardCharsets.ISO_8859_1);
      }
      bytes.write(b);
      if (bytes.size() > 1 << 20) {
        throw new IOException("an answer line over 1 MiB");
      }
    }
    return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static long micros(long start) {
    return (System.nanoTime() - start) / 1_000;
  }
}
