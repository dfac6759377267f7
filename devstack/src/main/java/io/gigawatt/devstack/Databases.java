package io.gigawatt.devstack;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Database names as the test resource and the local stack take them: comma-separated. */
public final class Databases {
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  private Databases() {}

  public static List<String> parse(String commaSeparated) {
    List<String> names =
        Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
            .map(String::trim)
            .filter(name -> !name.isEmpty())
            .distinct()
            .toList();
    for (String name : names) {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "Invalid database name '" + name + "' (lower case letters, digits, _)");
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("No database names in '" + commaSeparated + "'");
    }
    return names;
  }
}
