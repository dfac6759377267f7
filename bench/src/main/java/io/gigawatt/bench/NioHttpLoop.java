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
import java.util.ArrayDeque;
import java.util.Locale;

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
  private final long intervalNanos;

  NioHttpLoop(URI uri, String contentType, String body, int expectedStatus) {
    this(uri, contentType, body, expectedStatus, "");
  }

  /** {@code extraHeaders}: more header lines, each ending in CRLF (e.g. an Authorization). */
  NioHttpLoop(URI uri, String contentType, String body, int expectedStatus, String extraHeaders) {
    this(uri, post(uri, contentType, body, extraHeaders), expectedStatus, 0);
  }

  private NioHttpLoop(URI uri, byte[] request, int expectedStatus, long intervalNanos) {
    this.uri = uri;
    this.request = request;
    this.expectedStatus = expectedStatus;
    this.intervalNanos = intervalNanos;
  }

  /** The same loop for {@code GET uri} (path and query), expecting 200. */
  static NioHttpLoop get(URI uri) {
    String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    String head =
        "GET %s HTTP/1.1\r\nHost: %s:%d\r\n\r\n".formatted(target, uri.getHost(), uri.getPort());
    return new NioHttpLoop(uri, head.getBytes(StandardCharsets.US_ASCII), 200, 0);
  }

  /** The same requests at most {@code perSecond} per second in all (an open loop at that rate). */
  NioHttpLoop paced(double perSecond) {
    return new NioHttpLoop(uri, request, expectedStatus, (long) (1e9 / perSecond));
  }

  private static byte[] post(URI uri, String contentType, String body, String extraHeaders) {
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
    byte[] request = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    return request;
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
      var waiting = new ArrayDeque<SelectionKey>();
      long nextSlot = System.nanoTime();
      while (open > 0) {
        selector.select(intervalNanos > 0 ? 1 : 10);
        long now = System.nanoTime();
        if (now >= windowEnd) {
          for (var idle : waiting) {
            idle.cancel();
            idle.channel().close();
            open--;
          }
          waiting.clear();
        }
        while (!waiting.isEmpty() && now >= nextSlot) {
          var key = waiting.poll();
          ((Exchange) key.attachment()).send(now);
          key.interestOps(SelectionKey.OP_WRITE);
          nextSlot = Math.max(nextSlot + intervalNanos, now - 100 * intervalNanos);
        }
        if (!started && now >= windowStart) {
          started = true;
          listener.windowStarted();
        }
        for (var key : selector.selectedKeys()) {
          var exchange = (Exchange) key.attachment();
          var channel = (SocketChannel) key.channel();
          if (key.isConnectable() && channel.finishConnect()) {
            if (intervalNanos > 0) {
              key.interestOps(0);
              waiting.add(key);
            } else {
              exchange.send(now);
              key.interestOps(SelectionKey.OP_WRITE);
            }
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
            if (now < windowEnd && status > 0 && intervalNanos > 0) {
              key.interestOps(0);
              waiting.add(key);
            } else if (now < windowEnd && status > 0) {
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
    private static final byte[] LAST_CHUNK = "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ByteBuffer out;
    private ByteBuffer in = ByteBuffer.allocate(16 * 1024);
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
      if (!in.hasRemaining()) {
        var larger = ByteBuffer.allocate(in.capacity() * 2);
        in.flip();
        larger.put(in);
        in = larger;
      }
      if (channel.read(in) < 0) {
        return -1;
      }
      String text = new String(in.array(), 0, in.position(), StandardCharsets.ISO_8859_1);
      int headEnd = text.indexOf("\r\n\r\n");
      if (headEnd < 0) {
        return 0;
      }
      String head = text.substring(0, headEnd);
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        if (!endsWith(in, LAST_CHUNK)) {
          return 0;
        }
      } else if (in.position() < headEnd + 4 + contentLength(head)) {
        return 0;
      }
      return Integer.parseInt(text.substring(9, 12));
    }

    private static boolean endsWith(ByteBuffer buffer, byte[] suffix) {
      int end = buffer.position();
      if (end < suffix.length) {
        return false;
      }
      for (int i = 0; i < suffix.length; i++) {
        if (buffer.get(end - suffix.length + i) != suffix[i]) {
          return false;
        }
      }
      return true;
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
