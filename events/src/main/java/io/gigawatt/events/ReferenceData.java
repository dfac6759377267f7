package io.gigawatt.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a reference table shipped as a JSON resource (GPU catalog, blocs, subdivisions) into its
 * records, whose constructors check the data. Unknown fields are errors, so a typo in the data
 * fails at start. The owner's class loader finds the resource.
 */
public final class ReferenceData {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new JavaTimeModule());

  private ReferenceData() {}

  public static <T> T read(Class<?> owner, String resource, Class<T> type) {
    return read(owner, resource, MAPPER.getTypeFactory().constructType(type));
  }

  public static <T> T read(Class<?> owner, String resource, TypeReference<T> type) {
    return read(owner, resource, MAPPER.getTypeFactory().constructType(type));
  }

  private static <T> T read(Class<?> owner, String resource, JavaType type) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return MAPPER.readValue(in, type);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
