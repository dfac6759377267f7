package io.gigawatt.capacity.domain;

import io.gigawatt.events.ReferenceData;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The blocs of {@code blocs.json}: EU, GCC, G7, BRICS, ASEAN and the African Union (AFU). */
public final class Blocs {
  private static final Map<String, Bloc> BY_CODE =
      index(ReferenceData.read(Blocs.class, "/blocs.json", File.class));

  private Blocs() {}

  /** In the order of the file. */
  public static List<Bloc> all() {
    return List.copyOf(BY_CODE.values());
  }

  /** The bloc of that code, in any case: {@code eu} finds the EU. */
  public static Optional<Bloc> find(String code) {
    return Optional.ofNullable(code).map(c -> BY_CODE.get(c.toUpperCase(Locale.ROOT)));
  }

  public static boolean isBloc(String code) {
    return find(code).isPresent();
  }

  /** The bloc's members on that day, sorted; empty for a code that names no bloc. */
  public static Set<String> members(String code, LocalDate on) {
    return find(code).map(bloc -> bloc.membersOn(on)).orElse(Set.of());
  }

  /** The codes of the blocs the country belongs to on that day, sorted. */
  public static Set<String> blocsOf(String country, LocalDate on) {
    return BY_CODE.values().stream()
        .filter(bloc -> bloc.hasMember(country, on))
        .map(Bloc::code)
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet));
  }

  private static Map<String, Bloc> index(File file) {
    Map<String, Bloc> byCode = new LinkedHashMap<>();
    for (Bloc bloc : file.blocs()) {
      if (byCode.put(bloc.code(), bloc) != null) {
        throw new IllegalStateException("blocs.json: bloc " + bloc.code() + " appears twice");
      }
    }
    return Collections.unmodifiableMap(byCode);
  }

  /** The shape of {@code blocs.json}. */
  record File(String about, List<Bloc> blocs) {}
}
