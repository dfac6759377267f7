package io.gigawatt.importer.application;

import java.util.Map;

/**
 * Which site and contract each imported record became (port; the adapter is a file next to the
 * stack's data): the API finds aggregates only by id.
 */
public interface ImportState {
  Map<String, RecordIds> load();

  /** Remembers a record's ids at once, so a crash loses none. */
  void save(String recordKey, RecordIds ids);
}
