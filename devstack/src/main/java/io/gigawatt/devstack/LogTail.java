package io.gigawatt.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The last lines of a log file, for error messages. */
public final class LogTail {
  private static final int MAX_BYTES = 16 * 1024;

  private LogTail() {}

  public static String of(Path file, int lines) {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long start = Math.max(0, raf.length() - MAX_BYTES);
      byte[] bytes = new byte[(int) (raf.length() - start)];
      raf.seek(start);
      raf.readFully(bytes);
      String[] all = new String(bytes, StandardCharsets.UTF_8).split("\n");
      int from = Math.max(0, all.length - lines);
      StringBuilder tail = new StringBuilder();
      for (int i = from; i < all.length; i++) {
        tail.append("  | ").append(all[i]).append('\n');
      }
      return "--- last lines of " + file + " ---\n" + tail;
    } catch (IOException e) {
      return "(no log at " + file + ": " + e.getMessage() + ")";
    }
  }
}
