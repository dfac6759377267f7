package io.gigawatt.support.id;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids made one after
 * the other sort after each other, so the event store's unique indexes grow at their right edge
 * instead of touching a random page per insert, and no thread waits on SecureRandom's lock. The ids
 * are unique, not secret.
 */
public final class TimeOrderedUuid {
  private TimeOrderedUuid() {}

  public static UUID next() {
    return at(System.currentTimeMillis());
  }

  static UUID at(long unixMillis) {
    var random = ThreadLocalRandom.current();
    long mostSignificant = (unixMillis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
    long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
    return new UUID(mostSignificant, leastSignificant);
  }

  public static String nextString() {
    return next().toString();
  }
}
