package io.gigawatt.importer.domain;

import java.util.Map;
import java.util.Optional;

/**
 * The curated table of the organizations Epoch names as owners and GPU suppliers, each with its
 * home country and a source ({@code epoch/organizations.csv}). A key starting with {@code @} is a
 * record name: the owner of records of that name that name no owner.
 */
public final class Organizations {
  private static final Map<String, Organization> TABLE =
      Tables.load(
          "/epoch/organizations.csv", row -> new Organization(row.get(1), row.get(2), row.get(3)));

  private Organizations() {}

  public static Optional<Organization> find(String epochName) {
    return Optional.ofNullable(epochName).map(String::strip).map(TABLE::get);
  }

  /** The owner of a record that names none, where the table knows it by the record's name. */
  public static Optional<Organization> ownerOfUnnamed(String recordName) {
    return Optional.ofNullable(TABLE.get("@" + recordName));
  }

  /** The table's entry, else the name as Epoch spells it with an unknown home country. */
  public static Organization orUnknown(String epochName) {
    return find(epochName).orElse(new Organization(epochName, CountryNames.UNKNOWN, null));
  }

  public static Map<String, Organization> all() {
    return TABLE;
  }
}
