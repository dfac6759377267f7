package io.gigawatt.events;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The GPU models events may name, by catalog id (e.g. {@code nvidia-gb200}), read from {@code
 * gpu-catalog.json}. Each model also lists the chip-type names Epoch AI's GPU-clusters data uses
 * for it, so an importer can map every record's chips.
 */
public final class GpuCatalog {
  private static final List<GpuModel> MODELS = load();
  private static final Map<String, GpuModel> BY_ID = byId(MODELS);
  private static final Map<String, GpuModel> BY_EPOCH_CHIP_TYPE = byEpochChipType(MODELS);

  private GpuCatalog() {}

  public static Optional<GpuModel> find(String id) {
    return Optional.ofNullable(id).map(BY_ID::get);
  }

  public static boolean contains(String id) {
    return find(id).isPresent();
  }

  public static List<GpuModel> all() {
    return MODELS;
  }

  /**
   * The model of a {@code Chip type (primary)} or {@code (secondary)} name of Epoch's GPU-clusters
   * data, e.g. "NVIDIA H100 SXM5 80GB"; exact, but for surrounding white space.
   */
  public static Optional<GpuModel> forEpochChipType(String chipType) {
    return Optional.ofNullable(chipType).map(String::strip).map(BY_EPOCH_CHIP_TYPE::get);
  }

  static Map<String, GpuModel> byId(List<GpuModel> models) {
    return index(models, m -> List.of(m.id()), "id");
  }

  static Map<String, GpuModel> byEpochChipType(List<GpuModel> models) {
    return index(models, GpuModel::epochChipTypes, "Epoch chip type");
  }

  private static Map<String, GpuModel> index(
      List<GpuModel> models, Function<GpuModel, List<String>> keys, String what) {
    Map<String, GpuModel> index = new LinkedHashMap<>();
    for (GpuModel model : models) {
      for (String key : keys.apply(model)) {
        GpuModel other = index.putIfAbsent(key, model);
        if (other != null) {
          throw new IllegalStateException(
              "GPU catalog: %s '%s' of both %s and %s"
                  .formatted(what, key, other.id(), model.id()));
        }
      }
    }
    return Map.copyOf(index);
  }

  private static List<GpuModel> load() {
    return List.copyOf(
        ReferenceData.read(
            GpuCatalog.class, "/gpu-catalog.json", new TypeReference<List<GpuModel>>() {}));
  }
}
