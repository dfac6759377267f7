package io.gigawatt.importer.cli;

import io.gigawatt.importer.application.ProgressListener;
import java.io.PrintStream;

/**
 * A progress bar on stderr: records done, records/s, events/s and the ETA, redrawn at most every
 * 200 ms on a terminal; elsewhere (a log file) one line per tenth.
 */
final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDrawn;
  private int lastTenth = -1;

  ProgressBar(PrintStream err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void advanced(int done, int total, long events) {
    long now = System.nanoTime();
    int tenth = total == 0 ? 10 : done * 10 / total;
    boolean last = done == total;
    if (terminal ? now - lastDrawn < REDRAW_NANOS && !last : tenth == lastTenth && !last) {
      return;
    }
    lastDrawn = now;
    lastTenth = tenth;
    err.print((terminal ? "\r" : "") + line(done, total, events, (now - start) / 1e9));
    if (!terminal || last) {
      err.println();
    }
    err.flush();
  }

  static String line(int done, int total, long events, double seconds) {
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    double rate = seconds > 0 ? done / seconds : 0;
    String eta = rate > 0 ? String.format("%.0f s", (total - done) / rate) : "?";
    return String.format(
        "[%s%s] %d/%d records  %.1f records/s  %.1f events/s  ETA %s",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        done,
        total,
        rate,
        seconds > 0 ? events / seconds : 0,
        eta);
  }
}
