package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.Facts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads every stored fact, for the calculator. */
@ApplicationScoped
public class FactsRepository {

  @Transactional
  public Facts load() {
    return new Facts(
        SiteEntity.<SiteEntity>streamAll().map(SiteEntity::toFact).toList(),
        ContractEntity.listWithCollections().stream().map(ContractEntity::toFact).toList(),
        GpuDeliveryEntity.<GpuDeliveryEntity>streamAll().map(GpuDeliveryEntity::toFact).toList());
  }
}
