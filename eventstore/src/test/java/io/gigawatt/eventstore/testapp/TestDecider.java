package io.gigawatt.eventstore.testapp;

import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.domain.Decision;

/** A test aggregate: its state counts announcements; capacity must be positive. */
public final class TestDecider implements Decider<Integer, TestDecider.Announce, SiteAnnounced> {
  public static final TestDecider INSTANCE = new TestDecider();

  public record Announce(String siteId, TestAnnouncement announcement) {}

  @Override
  public Integer initialState() {
    return 0;
  }

  @Override
  public Decision<SiteAnnounced> decide(Integer state, Announce command) {
    var a = command.announcement();
    if (a.plannedCapacityMw() <= 0) {
      return Decision.reject("capacity-must-be-positive", "plannedCapacityMw must be positive");
    }
    return Decision.accept(TestEvents.announced(command.siteId(), a.name(), a.plannedCapacityMw()));
  }

  @Override
  public Integer evolve(Integer state, SiteAnnounced event) {
    return state + 1;
  }
}
