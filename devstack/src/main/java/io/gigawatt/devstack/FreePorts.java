package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Free TCP ports on 127.0.0.1, distinct within one call. */
public final class FreePorts {
  private FreePorts() {}

  public static int[] allocate(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket.setReuseAddress(true);
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException("No free port", e);
    } finally {
      sockets.forEach(FreePorts::closeQuietly);
    }
  }

  public static int one() {
    return allocate(1)[0];
  }

  /** The given port, or a free one when it is 0. */
  public static int orFree(int port) {
    return port == 0 ? one() : port;
  }

  private static void closeQuietly(ServerSocket socket) {
    try {
      socket.close();
    } catch (IOException ignored) {
      // the port is free either way
    }
  }
}
