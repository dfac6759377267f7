package io.gigawatt.capacity.domain;

import io.gigawatt.events.ReferenceData;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The ISO 3166-2 subdivisions of {@code subdivisions.json}, by code (a former code too). */
public final class Subdivisions {
  private static final File FILE =
      ReferenceData.read(Subdivisions.class, "/subdivisions.json", File.class);
  private static final Map<String, Subdivision> BY_CODE = index(FILE.subdivisions());

  private Subdivisions() {}

  public static List<Subdivision> all() {
    return FILE.subdivisions();
  }

  public static Optional<Subdivision> find(String code) {
    return Optional.ofNullable(code).map(BY_CODE::get);
  }

  /** The English name of a subdivision, e.g. Texas for US-TX; empty for a code not in the table. */
  public static Optional<String> name(String code) {
    return find(code).map(Subdivision::name);
  }

  private static Map<String, Subdivision> index(List<Subdivision> subdivisions) {
    Map<String, Subdivision> byCode = new LinkedHashMap<>();
    for (Subdivision subdivision : subdivisions) {
      for (String code : codesOf(subdivision)) {
        if (byCode.put(code, subdivision) != null) {
          throw new IllegalStateException("subdivisions.json: " + code + " appears twice");
        }
      }
    }
    return Collections.unmodifiableMap(byCode);
  }

  private static List<String> codesOf(Subdivision subdivision) {
    return Stream.concat(Stream.of(subdivision.code()), subdivision.formerCodes().stream())
        .toList();
  }

  /** The shape of {@code subdivisions.json}. */
  record File(String about, List<String> sources, List<Subdivision> subdivisions) {
    File {
      subdivisions = List.copyOf(subdivisions);
    }
  }
}
