package io.gigawatt.contract.persistence;

import io.gigawatt.contract.domain.KnownSite;
import io.gigawatt.contract.domain.SiteStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "known_site")
public class KnownSiteEntity extends PanacheEntityBase {
  @Id
  @Column(name = "site_id")
  public String siteId;

  @Enumerated(EnumType.STRING)
  public SiteStatus status;

  public String name;
  public String country;
  public long version;

  @Column(name = "decommissioned_on")
  public LocalDate decommissionedOn;

  public KnownSite toSite() {
    return new KnownSite(siteId, status, name, country, version, decommissionedOn);
  }

  void set(KnownSite site) {
    siteId = site.siteId();
    status = site.status();
    name = site.name();
    country = site.country();
    version = site.version();
    decommissionedOn = site.decommissionedOn();
  }
}
