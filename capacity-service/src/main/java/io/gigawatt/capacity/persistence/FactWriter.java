package io.gigawatt.capacity.persistence;

import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.SiteAnnounced;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;

/**
 * Stores the facts announcements, signings and deliveries state, keyed by their natural ids
 * (upserts). Lifecycle events go to {@link LifecycleWriter}. A new entity is persisted only once
 * filled: Hibernate captures the insert's values at {@code persist}.
 */
@ApplicationScoped
class FactWriter {

  void siteAnnounced(SiteAnnounced e, long sequence) {
    SiteEntity site = site(e.siteId());
    site.name = e.name();
    site.program = e.program();
    site.operatorName = e.operator().name();
    site.operatorCountry = e.operator().country();
    site.ownerName = e.owner().name();
    site.ownerCountry = e.owner().country();
    site.country = e.location().country();
    site.subdivision = e.location().subdivision();
    site.locality = e.location().locality();
    site.plannedMw = e.plannedCapacityMw();
    site.expectedOnlineOn = e.expectedOnlineOn();
    site.announcedOn = e.occurredOn();
    site.sequence = sequence;
    site.persist();
  }

  void contractSigned(ContractSigned e, long sequence) {
    ContractEntity contract = contract(e.contractId());
    contract.kind = e.kind();
    contract.title = e.title();
    contract.program = e.program();
    contract.valueUsd = e.valueUsd() == null ? 0 : e.valueUsd();
    contract.termMonths = e.termMonths();
    contract.committedMw = e.committedMw() == null ? 0 : e.committedMw();
    contract.gpuModel = e.gpuModel();
    contract.gpuCount = e.gpuCount();
    contract.signedOn = e.occurredOn();
    contract.sequence = sequence;
    contract.siteIds.clear();
    contract.siteIds.addAll(new LinkedHashSet<>(e.siteIds()));
    contract.parties.clear();
    e.parties().forEach(p -> contract.parties.add(PartyRow.of(p.name(), p.country(), p.role())));
    contract.persist();
  }

  void gpusDelivered(GpusDelivered e) {
    GpuDeliveryEntity delivery = delivery(e.deliveryId());
    delivery.contractId = e.contractId();
    delivery.siteId = e.siteId();
    delivery.gpuModel = e.gpuModel();
    delivery.gpuCount = e.count();
    delivery.deliveredOn = e.occurredOn();
    delivery.persist();
  }

  private static SiteEntity site(String siteId) {
    SiteEntity site = SiteEntity.findById(siteId);
    if (site == null) {
      site = new SiteEntity();
      site.siteId = siteId;
    }
    return site;
  }

  private static ContractEntity contract(String contractId) {
    ContractEntity contract = ContractEntity.findById(contractId);
    if (contract == null) {
      contract = new ContractEntity();
      contract.contractId = contractId;
    }
    return contract;
  }

  private static GpuDeliveryEntity delivery(String deliveryId) {
    GpuDeliveryEntity delivery = GpuDeliveryEntity.findById(deliveryId);
    if (delivery == null) {
      delivery = new GpuDeliveryEntity();
      delivery.deliveryId = deliveryId;
    }
    return delivery;
  }
}
