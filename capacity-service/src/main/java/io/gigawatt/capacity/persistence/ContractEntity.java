package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.domain.ContractFact;
import io.gigawatt.capacity.domain.ContractTerms;
import io.gigawatt.events.ContractKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "contract")
public class ContractEntity extends PanacheEntityBase {
  @Id
  @Column(name = "contract_id")
  public String contractId;

  @Enumerated(EnumType.STRING)
  public ContractKind kind;

  public String title;
  public String program;

  @Column(name = "value_usd")
  public long valueUsd;

  @Column(name = "term_months")
  public Integer termMonths;

  @Column(name = "committed_mw")
  public double committedMw;

  @Column(name = "gpu_model")
  public String gpuModel;

  @Column(name = "gpu_count")
  public Integer gpuCount;

  @Column(name = "signed_on")
  public LocalDate signedOn;

  /** The signing's aggregate sequence. */
  public Long sequence;

  @ElementCollection
  @CollectionTable(name = "contract_site", joinColumns = @JoinColumn(name = "contract_id"))
  @Column(name = "site_id")
  public Set<String> siteIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "contract_party", joinColumns = @JoinColumn(name = "contract_id"))
  @OrderColumn(name = "position")
  public List<PartyRow> parties = new ArrayList<>();

  /** Contracts with their sites and parties, in one query. */
  static List<ContractEntity> listWithCollections() {
    return getEntityManager()
        .createQuery(
            "select distinct c from ContractEntity c"
                + " left join fetch c.siteIds left join fetch c.parties",
            ContractEntity.class)
        .getResultList();
  }

  ContractFact toFact() {
    var terms =
        new ContractTerms(valueUsd, committedMw, gpuCount, termMonths, List.copyOf(siteIds));
    return new ContractFact(
        contractId,
        sequence == null ? 0 : sequence,
        terms,
        parties.stream().map(PartyRow::toFact).toList());
  }
}
