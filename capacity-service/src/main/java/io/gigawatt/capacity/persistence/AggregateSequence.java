package io.gigawatt.capacity.persistence;

import java.io.Serializable;
import java.util.Objects;

/** The key of a lifecycle fact: its aggregate id and the aggregate sequence of its event. */
public class AggregateSequence implements Serializable {
  public String aggregateId;
  public long sequence;

  public AggregateSequence() {}

  AggregateSequence(String aggregateId, long sequence) {
    this.aggregateId = aggregateId;
    this.sequence = sequence;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AggregateSequence key
        && key.aggregateId.equals(aggregateId)
        && key.sequence == sequence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(aggregateId, sequence);
  }
}
