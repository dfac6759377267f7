package io.gigawatt.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * A closed loop over C keep-alive HTTP/1.1 connections driven by one thread: each connection sends
 * the same pre-encoded request again as soon as the previous answer arrived. Thread-per-client
 * loads (and the JDK HttpClient) spend a large share of a 2-core machine on themselves; this one
 * leaves the cores to the stack it measures.
 */
final class NioHttpLoop {
  private final URI uri;
  private final byte[] request;
  private final int expectedStatus;

  NioHttpLoop(URI uri, String contentType, String body, int expectedStatus) {
    this(uri, contentType, body, expectedStatus, "");
  }

  /** {@code extraHeaders}: more header lines, each ending in CRLF (e.g. an Authorization). */
  NioHttpLoop(URI uri, String contentType, String body, int expectedStatus, String extraHeaders) {
    this.uri = uri;
    this.expectedStatus = expectedStatus;
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST %s HTTP/1.1\r\nHost: %s:%d\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n"
            .formatted(
                uri.getRawPath(),
                uri.getHost(),
                uri.getPort(),
                contentType,
                content.length,
                extraHeaders);
    byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
    request = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
  }

  LoadResult run(
      String label,
      int clients,
      Duration warmup,
      Duration window,
      ClosedLoop.WindowListener listener)
      throws IOException {
    long windowStart = System.nanoTime() + warmup.toNanos();
    long windowEnd = windowStart + window.toNanos();
    Instant wallStart = Instant.now().plusNanos(windowStart - System.nanoTime());
    var latencies = new LongBuffer();
    long errors = 0;
    String firstError = null;
    boolean started = false;
    try (var selector = Selector.open()) {
      for (int i = 0; i < clients; i++) {
        var channel = SocketChannel.open();
        channel.configureBlocking(false);
        channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
        channel.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
        channel.register(selector, SelectionKey.OP_CONNECT, new Exchange(request));
      }
      int open = clients;
      while (open > 0) {
        selector.select(10);
        long now = System.nanoTime();
        if (!started && now >= windowStart) {
          started = true;
          listener.windowStarted();
        }
        for (var key : selector.selectedKeys()) {
          var exchange = (Exchange) key.attachment();
          var channel = (SocketChannel) key.channel();
          if (key.isConnectable() && channel.finishConnect()) {
            exchange.send(now);
            key.interestOps(SelectionKey.OP_WRITE);
          }
          if (key.isValid() && key.isWritable() && exchange.write(channel)) {
            key.interestOps(SelectionKey.OP_READ);
          }
          if (key.isValid() && key.isReadable()) {
            int status = exchange.read(channel);
            if (status == 0) {
              continue;
            }
            if (now >= windowStart && now <= windowEnd) {
              if (status == expectedStatus) {
                latencies.add(now - exchange.began);
              } else {
                errors++;
                firstError = firstError == null ? "HTTP " + status : firstError;
              }
            }
            if (now < windowEnd && status > 0) {
              exchange.send(now);
              key.interestOps(SelectionKey.OP_WRITE);
            } else {
              key.cancel();
              channel.close();
              open--;
            }
          }
        }
        selector.selectedKeys().clear();
      }
    }
    listener.windowEnded();
    return new LoadResult(
        label,
        clients,
        1,
        window,
        latencies.size(),
        errors,
        firstError,
        Latencies.of(latencies.toArray()),
        wallStart,
        wallStart.plus(window),
        Instant.now());
  }

  /** One connection's request in flight and the answer read so far. */
  private static final class Exchange {
    private final ByteBuffer out;
    private final ByteBuffer in = ByteBuffer.allocate(64 * 1024);
    private long began;

    Exchange(byte[] request) {
      out = ByteBuffer.wrap(request);
    }

    void send(long now) {
      began = now;
      out.rewind();
      in.clear();
    }

    boolean write(SocketChannel channel) throws IOException {
      channel.write(out);
      return !out.hasRemaining();
    }

    /** The answer's status once it is complete, 0 while it is not, -1 when the server closed. */
    int read(SocketChannel channel) throws IOException {
      if (channel.read(in) < 0) {
        return -1;
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
      int headEnd = text.indexOf("\r\n\r\n");
      if (headEnd < 0) {
        return 0;
      }
      int length = contentLength(text.substring(0, headEnd));
      if (in.position() < headEnd + 4 + length) {
        return 0;
      }
      return Integer.parseInt(text.substring(9, 12));
    }

    private static int contentLength(String head) {
      for (String line : head.split("\r\n")) {
        if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
          return Integer.parseInt(line.substring(15).trim());
        }
      }
      return 0;
    }
  }
}
