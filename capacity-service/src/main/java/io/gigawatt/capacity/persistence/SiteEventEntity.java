package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.SiteEventFact;
import io.gigawatt.capacity.domain.SiteEventKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One site lifecycle event, under the site id and the event's sequence. */
@Entity
@Table(name = "site_event_fact")
@IdClass(AggregateSequence.class)
public class SiteEventEntity extends PanacheEntityBase {
  @Id
  @Column(name = "site_id")
  public String aggregateId;

  @Id public long sequence;

  @Enumerated(EnumType.STRING)
  public SiteEventKind kind;

  public double mw;

  @Column(name = "occurred_on")
  public LocalDate occurredOn;

  @Column(name = "event_id")
  public String eventId;

  SiteEventFact toFact() {
    return new SiteEventFact(aggregateId, sequence, kind, mw);
  }
}
