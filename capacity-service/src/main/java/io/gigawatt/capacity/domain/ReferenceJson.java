package io.gigawatt.capacity.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a reference table shipped as a JSON resource (blocs, subdivisions) into its records, whose
 * constructors check the data. Unknown fields are errors, so a typo in the data fails at start.
 */
final class ReferenceJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new JavaTimeModule());

  private ReferenceJson() {}

  static <T> T read(String resource, Class<T> type) {
    try (InputStream in = ReferenceJson.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return MAPPER.readValue(in, type);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
