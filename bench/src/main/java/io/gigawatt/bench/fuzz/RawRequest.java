package io.gigawatt.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One HTTP/1.1 request exactly as it goes on the wire: request line, header lines in order (names
 * and values as given, duplicates and malformed ones included) and body bytes. {@code chunked}
 * sends the body with {@code Transfer-Encoding: chunked} instead of a {@code Content-Length}; a
 * request that sets either header itself gets nothing added.
 */
public record RawRequest(
    String method,
    String target,
    String version,
    List<Header> headers,
    byte[] body,
    boolean chunked) {

  /**
   * One header line: {@code name: value}; a null name sends {@code value} as the whole line (a
   * deliberately broken one), a null value sends nothing (e.g. to leave out {@code Host}).
   */
  public record Header(String name, String value) {
    String line() {
      return name == null ? value : name + ": " + value;
    }
  }

  public RawRequest {
    headers = List.copyOf(headers);
  }

  public static RawRequest of(String method, String target, List<Header> headers, byte[] body) {
    return new RawRequest(method, target, "HTTP/1.1", headers, body, false);
  }

  public RawRequest withHeaders(List<Header> replaced) {
    return new RawRequest(method, target, version, replaced, body, chunked);
  }

  public boolean hasHeader(String name) {
    return headers.stream().anyMatch(h -> h.name() != null && h.name().equalsIgnoreCase(name));
  }

  /** The bytes sent to {@code host} (the Host header unless one is given). */
  public byte[] bytes(String host) {
    var out = new ByteArrayOutputStream(256 + (body == null ? 0 : body.length));
    List<String> lines = new ArrayList<>();
    lines.add(method + " " + target + (version.isEmpty() ? "" : " " + version));
    if (!hasHeader("Host")) {
      lines.add("Host: " + host);
    }
    headers.stream().filter(h -> h.value() != null).forEach(h -> lines.add(h.line()));
    boolean framed = hasHeader("Content-Length") || hasHeader("Transfer-Encoding");
    if (!framed && body != null) {
      lines.add(chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length);
    }
    lines.add("Connection: close");
    for (String line : lines) {
      out.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    if (body != null) {
      if (chunked && !framed) {
        writeChunked(out, body);
      } else {
        out.writeBytes(body);
      }
    }
    return out.toByteArray();
  }

  private static void writeChunked(ByteArrayOutputStream out, byte[] body) {
    int chunk = 8192;
    for (int from = 0; from < body.length; from += chunk) {
      int length = Math.min(chunk, body.length - from);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, from, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  public int bodyLength() {
    return body == null ? 0 : body.length;
  }
}
