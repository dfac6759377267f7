package io.gigawatt.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Many live-stream subscribers on one NIO thread: each connection subscribes to the SSE stream and
 * counts the {@code region} events it receives, so hundreds cost the bench next to nothing.
 */
final class SseCrowd implements AutoCloseable {
  private static final byte[] EVENT = "data:".getBytes(StandardCharsets.US_ASCII);

  private final List<Subscriber> subscribers = new ArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;
  private final Selector selector;

  SseCrowd(URI stream, int count) throws IOException {
    selector = Selector.open();
    byte[] request =
        ("GET "
                + stream.getRawPath()
                + " HTTP/1.1\r\nHost: "
                + stream.getHost()
                + ":"
                + stream.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < count; i++) {
      var channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.connect(new InetSocketAddress(stream.getHost(), stream.getPort()));
      var subscriber = new Subscriber(ByteBuffer.wrap(request));
      subscribers.add(subscriber);
      channel.register(selector, SelectionKey.OP_CONNECT, subscriber);
    }
    thread = new Thread(this::loop, "sse-crowd");
    thread.start();
  }

  /** Events received by the subscriber that received the fewest, and by all together. */
  long[] received() {
    long min = Long.MAX_VALUE;
    long total = 0;
    for (Subscriber subscriber : subscribers) {
      min = Math.min(min, subscriber.events);
      total += subscriber.events;
    }
    return new long[] {subscribers.isEmpty() ? 0 : min, total};
  }

  long connected() {
    return subscribers.stream().filter(s -> s.connected).count();
  }

  private void loop() {
    var in = ByteBuffer.allocate(64 * 1024);
    try {
      while (running.get()) {
        selector.select(100);
        for (var key : selector.selectedKeys()) {
          var subscriber = (Subscriber) key.attachment();
          var channel = (SocketChannel) key.channel();
          if (key.isConnectable() && channel.finishConnect()) {
            key.interestOps(SelectionKey.OP_WRITE);
          }
          if (key.isValid() && key.isWritable()) {
            channel.write(subscriber.request);
            if (!subscriber.request.hasRemaining()) {
              subscriber.connected = true;
              key.interestOps(SelectionKey.OP_READ);
            }
          }
          if (key.isValid() && key.isReadable()) {
            in.clear();
            if (channel.read(in) < 0) {
              subscriber.connected = false;
              key.cancel();
            } else {
              subscriber.count(in.array(), in.position());
            }
          }
        }
        selector.selectedKeys().clear();
      }
    } catch (IOException e) {
      throw new IllegalStateException("SSE subscribers failed", e);
    }
  }

  @Override
  public void close() throws IOException {
    running.set(false);
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (var key : selector.keys()) {
      key.channel().close();
    }
    selector.close();
  }

  /** One connection; counts event lines, also across reads. */
  private static final class Subscriber {
    private final ByteBuffer request;
    private volatile boolean connected;
    private volatile long events;
    private int matched;

    Subscriber(ByteBuffer request) {
      this.request = request;
    }

    void count(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        matched = bytes[i] == EVENT[matched] ? matched + 1 : (bytes[i] == EVENT[0] ? 1 : 0);
        if (matched == EVENT.length) {
          events++;
          matched = 0;
        }
      }
    }
  }
}
