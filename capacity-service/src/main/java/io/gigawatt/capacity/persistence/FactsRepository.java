package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Reads every stored fact, for the calculator. */
@ApplicationScoped
public class FactsRepository {
  @Inject EntityManager em;

  /** One consistent snapshot of all tables, so figures never mix two states of the projection. */
  @Transactional
  public Facts load() {
    em.createNativeQuery("set transaction isolation level repeatable read, read only")
        .executeUpdate();
    return new Facts(
        SiteEntity.<SiteEntity>streamAll().map(SiteEntity::toFact).toList(),
        SiteEventEntity.<SiteEventEntity>streamAll().map(SiteEventEntity::toFact).toList(),
        ContractEntity.listWithCollections().stream().map(ContractEntity::toFact).toList(),
        ContractEventEntity.<ContractEventEntity>streamAll()
            .map(ContractEventEntity::toFact)
            .toList(),
        GpuDeliveryEntity.<GpuDeliveryEntity>streamAll().map(GpuDeliveryEntity::toFact).toList());
  }
}
