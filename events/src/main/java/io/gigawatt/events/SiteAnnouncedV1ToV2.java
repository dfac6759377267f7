package io.gigawatt.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** v1's {@code plannedCapacityMw} becomes v2's {@code plannedPower.facilityMw}; IT load unknown. */
final class SiteAnnouncedV1ToV2 implements Upcaster {

  @Override
  public String fromType() {
    return "io.gigawatt.site.announced.v1";
  }

  @Override
  public String toType() {
    return "io.gigawatt.site.announced.v2";
  }

  @Override
  public ObjectNode upcast(ObjectNode data) {
    var power = data.objectNode();
    power.set("facilityMw", data.remove("plannedCapacityMw"));
    data.set("plannedPower", power);
    return data;
  }
}
