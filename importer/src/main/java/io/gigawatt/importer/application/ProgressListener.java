package io.gigawatt.importer.application;

/** Told after each record: how many are done of how many, and the events appended so far. */
public interface ProgressListener {
  void advanced(int done, int total, long events);

  ProgressListener NONE = (done, total, events) -> {};
}
