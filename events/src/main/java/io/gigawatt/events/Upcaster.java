package io.gigawatt.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns the data of one event type version into the next version's shape. */
public interface Upcaster {
  String fromType();

  String toType();

  ObjectNode upcast(ObjectNode data);
}
