package io.gigawatt.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fails early, naming the variable to change, when a port of the stack is taken. */
final class PortCheck {
  private PortCheck() {}

  static void requireFree(StackPorts ports) {
    Map<String, Integer> wanted = new LinkedHashMap<>();
    wanted.put("GIGAWATT_GATEWAY_PORT", ports.gateway());
    wanted.put("GIGAWATT_SITE_SERVICE_PORT", ports.siteService());
    wanted.put("GIGAWATT_CONTRACT_SERVICE_PORT", ports.contractService());
    wanted.put("GIGAWATT_CAPACITY_SERVICE_PORT", ports.capacityService());
    wanted.put("GIGAWATT_KAFKA_PORT", ports.kafka());
    wanted.put("GIGAWATT_KAFKA_CONTROLLER_PORT", ports.kafkaController());
    wanted.put("GIGAWATT_POSTGRES_PORT", ports.postgres());
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
