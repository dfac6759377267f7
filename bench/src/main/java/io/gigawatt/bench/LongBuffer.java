package io.gigawatt.bench;

import java.util.Arrays;

/** A growable array of longs, owned by one thread. */
final class LongBuffer {
  private long[] values = new long[4096];
  private int size;

  void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  long[] toArray() {
    return Arrays.copyOf(values, size);
  }

  static long[] concat(Iterable<LongBuffer> buffers) {
    int total = 0;
    for (LongBuffer buffer : buffers) {
      total += buffer.size;
    }
    long[] all = new long[total];
    int at = 0;
    for (LongBuffer buffer : buffers) {
      System.arraycopy(buffer.values, 0, all, at, buffer.size);
      at += buffer.size;
    }
    return all;
  }
}
