package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.PartyFact;
import io.gigawatt.events.PartyRole;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of {@code contract_party}. */
@Embeddable
public class PartyRow {
  public String name;
  public String country;

  @Enumerated(EnumType.STRING)
  public PartyRole role;

  static PartyRow of(String name, String country, PartyRole role) {
    var row = new PartyRow();
    row.name = name;
    row.country = country;
    row.role = role;
    return row;
  }

  PartyFact toFact() {
    return new PartyFact(name, country, role);
  }
}
