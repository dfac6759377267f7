package io.gigawatt.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The GPU models events may name, by catalog id (e.g. {@code nvidia-gb200}). */
public final class GpuCatalog {
  private static final Map<String, GpuModel> MODELS = load();

  private GpuCatalog() {}

  public static Optional<GpuModel> find(String id) {
    return Optional.ofNullable(id).map(MODELS::get);
  }

  public static boolean contains(String id) {
    return find(id).isPresent();
  }

  public static List<GpuModel> all() {
    return List.copyOf(MODELS.values());
  }

  private static Map<String, GpuModel> load() {
    try (InputStream in = GpuCatalog.class.getResourceAsStream("/gpu-catalog.json")) {
      List<GpuModel> models = new ObjectMapper().readValue(in, new TypeReference<>() {});
      Map<String, GpuModel> byId = new LinkedHashMap<>();
      models.forEach(m -> byId.put(m.id(), m));
      return Map.copyOf(byId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
