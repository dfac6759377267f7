package io.gigawatt.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Fails early, naming the variable to change, when a port of the stack is taken. */
final class PortCheck {
  private PortCheck() {}

  /** {@code wanted}: environment variable to port, as {@link StackPorts#byVariable()}. */
  static void requireFree(Map<String, Integer> wanted) {
    wanted.forEach(
        (variable, port) -> {
          try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
          } catch (IOException e) {
            throw new IllegalStateException(
                "Port " + port + " is in use; set " + variable + " to another port");
          }
        });
  }
}
