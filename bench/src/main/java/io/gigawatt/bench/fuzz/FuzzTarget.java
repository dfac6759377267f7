package io.gigawatt.bench.fuzz;

import java.util.EnumMap;
import java.util.Map;

/**
 * The gateway under test and a key of each role ({@link Role#ANONYMOUS} has none). The keys are the
 * caller's: the fuzzer never revokes them.
 */
public record FuzzTarget(String host, int port, Map<Role, String> keys) {
  public FuzzTarget {
    keys = Map.copyOf(keys);
    for (Role role : new Role[] {Role.READER, Role.WRITER, Role.ADMIN}) {
      if (keys.get(role) == null) {
        throw new IllegalArgumentException("a key of the role " + role.label() + " is needed");
      }
    }
  }

  public static FuzzTarget of(String host, int port, String admin, String writer, String reader) {
    Map<Role, String> keys = new EnumMap<>(Role.class);
    keys.put(Role.ADMIN, admin);
    keys.put(Role.WRITER, writer);
    keys.put(Role.READER, reader);
    return new FuzzTarget(host, port, keys);
  }
}
