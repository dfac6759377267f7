package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.DeliveryFact;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "gpu_delivery")
public class GpuDeliveryEntity extends PanacheEntityBase {
  @Id
  @Column(name = "delivery_id")
  public String deliveryId;

  @Column(name = "contract_id")
  public String contractId;

  @Column(name = "site_id")
  public String siteId;

  @Column(name = "gpu_model")
  public String gpuModel;

  @Column(name = "gpu_count")
  public long gpuCount;

  @Column(name = "delivered_on")
  public LocalDate deliveredOn;

  DeliveryFact toFact() {
    return new DeliveryFact(deliveryId, siteId, gpuModel, gpuCount);
  }
}
