package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.SiteFact;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "site")
public class SiteEntity extends PanacheEntityBase {
  @Id
  @Column(name = "site_id")
  public String siteId;

  public String name;
  public String program;

  @Column(name = "operator_name")
  public String operatorName;

  @Column(name = "operator_country")
  public String operatorCountry;

  @Column(name = "owner_name")
  public String ownerName;

  @Column(name = "owner_country")
  public String ownerCountry;

  public String country;
  public String subdivision;
  public String locality;

  @Column(name = "planned_mw")
  public double plannedMw;

  @Column(name = "expected_online_on")
  public LocalDate expectedOnlineOn;

  @Column(name = "announced_on")
  public LocalDate announcedOn;

  /** The announcement's aggregate sequence. */
  public Long sequence;

  SiteFact toFact() {
    return new SiteFact(siteId, country, plannedMw, sequence == null ? 0 : sequence);
  }
}
