package io.gigawatt.eventstore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the event store, which is also the outbox (published when publishedAt is set). */
@Entity
@Table(name = "event_store")
public class StoredEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long position;

  @Column(name = "stream_id")
  public String streamId;

  public int version;

  @Column(name = "event_id")
  public UUID eventId;

  @Column(name = "event_type")
  public String eventType;

  @JdbcTypeCode(SqlTypes.JSON)
  public String payload;

  @JdbcTypeCode(SqlTypes.JSON)
  public String metadata;

  @Column(name = "occurred_on")
  public LocalDate occurredOn;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @Column(name = "published_at")
  public Instant publishedAt;
}
