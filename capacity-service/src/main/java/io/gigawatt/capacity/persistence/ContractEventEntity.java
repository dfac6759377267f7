package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.ContractEventFact;
import io.gigawatt.capacity.domain.ContractEventKind;
import io.gigawatt.capacity.domain.ContractTerms;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One contract lifecycle event, under the contract id and the event's sequence. */
@Entity
@Table(name = "contract_event_fact")
@IdClass(AggregateSequence.class)
public class ContractEventEntity extends PanacheEntityBase {
  @Id
  @Column(name = "contract_id")
  public String aggregateId;

  @Id public long sequence;

  @Enumerated(EnumType.STRING)
  public ContractEventKind kind;

  @Column(name = "value_usd")
  public Long valueUsd;

  @Column(name = "committed_mw")
  public Double committedMw;

  @Column(name = "gpu_count")
  public Integer gpuCount;

  @Column(name = "term_months")
  public Integer termMonths;

  /** Null when the event leaves the covered sites unchanged. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "site_ids", columnDefinition = "text[]")
  public String[] siteIds;

  @Column(name = "occurred_on")
  public LocalDate occurredOn;

  @Column(name = "event_id")
  public String eventId;

  ContractEventFact toFact() {
    var changes =
        new ContractTerms(
            valueUsd, committedMw, gpuCount, termMonths, siteIds == null ? null : List.of(siteIds));
    return new ContractEventFact(aggregateId, sequence, kind, changes);
  }
}
