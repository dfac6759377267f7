package io.gigawatt.capacity.domain;

import io.gigawatt.events.Organization;
import io.gigawatt.events.SiteAnnounced;
import java.time.LocalDate;

/** What a site's announcement states and no later event changes. */
public record SiteProfile(
    String name,
    String program,
    Organization operator,
    Organization owner,
    String country,
    String subdivision,
    String locality,
    LocalDate announcedOn) {

  static SiteProfile of(SiteAnnounced e) {
    return new SiteProfile(
        e.name(),
        e.program(),
        e.operator(),
        e.owner(),
        e.location().country(),
        e.location().subdivision(),
        e.location().locality(),
        e.occurredOn());
  }
}
