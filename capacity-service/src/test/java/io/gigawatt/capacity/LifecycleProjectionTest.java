package io.gigawatt.capacity;

import static io.gigawatt.capacity.CloudEventRecords.newId;
import static io.gigawatt.capacity.CloudEventRecords.of;
import static io.gigawatt.capacity.CloudEventRecords.send;
import static io.gigawatt.capacity.TestEvents.amended;
import static io.gigawatt.capacity.TestEvents.cancelled;
import static io.gigawatt.capacity.TestEvents.constructionStarted;
import static io.gigawatt.capacity.TestEvents.contract;
import static io.gigawatt.capacity.TestEvents.delivery;
import static io.gigawatt.capacity.TestEvents.energized;
import static io.gigawatt.capacity.TestEvents.party;
import static io.gigawatt.capacity.TestEvents.revised;
import static io.gigawatt.capacity.TestEvents.site;
import static io.gigawatt.capacity.TestEvents.terminated;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.api.RegionsResponse;
import io.gigawatt.capacity.domain.ContractFigures;
import io.gigawatt.capacity.domain.Figures;
import io.gigawatt.capacity.domain.GpuFigures;
import io.gigawatt.capacity.domain.PowerMw;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.SiteCounts;
import io.gigawatt.capacity.domain.WorldShare;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Site and contract lifecycles, sent in a scrambled order with a duplicate, a repeat under another
 * id, stale events and a gap. Its own profile gives it a fresh broker and database (the devstack
 * resource of {@link CapacityServiceTest} restarts), so the figures are exact.
 */
@QuarkusTest
@TestProfile(LifecycleProjectionTest.FreshLedger.class)
class LifecycleProjectionTest {
  static final String REGIONS = "/api/v1/capacity/regions";
  static final String GB200 = "nvidia-gb200";
  static final String H100 = "nvidia-h100";
  static final GpuFigures JP_GPUS =
      new GpuFigures(3_000, 6053.1, 5989.4, 3.1, Map.of(GB200, 2_000L, H100, 1_000L));

  /**
   * JP: jp-1 operational (planned 1000 → 1200 @3 → 900 @5, energized 300 + 200), jp-2 under
   * construction (400); k-1's share by planned MW (900 of 1200); the GPUs of k-1 and of the
   * terminated k-2, which no longer counts as a contract.
   */
  static final RegionCapacity JP =
      new RegionCapacity(
          "JP",
          "country",
          "Japan",
          new SiteCounts(0, 1, 1, 0),
          new PowerMw(1300, 400, 500),
          new ContractFigures(1, 900_000_000L, 750),
          JP_GPUS,
          new WorldShare(1, 1));

  /**
   * AE: ae-1 cancelled after being energized (no MW, its GPUs no longer hosted), ae-2 announced at
   * 250 and revised to 300 across a gap; k-1's other quarter and k-3, which covers the cancelled
   * site.
   */
  static final RegionCapacity AE =
      new RegionCapacity(
          "AE",
          "country",
          "United Arab Emirates",
          new SiteCounts(1, 0, 0, 1),
          new PowerMw(300, 0, 0),
          new ContractFigures(2, 350_000_000L, 350),
          new GpuFigures(0, 0, 0, 0, Map.of()),
          new WorldShare(0, 0));

  static final Figures WORLD =
      new Figures(
          new SiteCounts(1, 1, 1, 1),
          new PowerMw(1600, 400, 500),
          new ContractFigures(2, 1_250_000_000L, 1100),
          JP_GPUS);

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AgroalDataSource dataSource;

  @Test
  void lifecyclesFoldBySequenceWhateverTheArrivalOrder() throws Exception {
    var ledger = new Ledger();
    String phaseOne = newId();
    String phaseTwo = newId();
    ledger.add(
        of(newId(), cancelled("ae-1"), 4),
        of(newId(), terminated("k-2"), 3),
        of(newId(), revised("jp-1", 900), 5),
        of(newId(), amended("k-1", null, 1_000.0, null), 4),
        of(phaseOne, energized("jp-1", 300), 4),
        of(newId(), amended("k-1", null, null, List.of("jp-1", "ae-2")), 3),
        // the same event delivered twice
        of(phaseOne, energized("jp-1", 300), 4),
        of(newId(), site("jp-1", "JP", 1000), 1),
        of(newId(), contract("k-1", 500_000_000L, 400, List.of("jp-1"), buyer("US")), 1),
        // stale: older than the revision @5 and the amendment @4 applied before them
        of(newId(), revised("jp-1", 1200), 3),
        of(newId(), amended("k-1", 1_200_000_000L, 1_300.0, null), 2),
        of(newId(), constructionStarted("jp-1"), 2),
        of(phaseTwo, energized("jp-1", 200), 6),
        // the same sequence again under another id
        of(newId(), energized("jp-1", 200), 6),
        of(newId(), energized("ae-1", 100), 3),
        of(newId(), constructionStarted("ae-1"), 2),
        of(newId(), site("ae-1", "AE", 500), 1),
        of(newId(), constructionStarted("jp-2"), 2),
        of(newId(), site("jp-2", "JP", 400), 1),
        // ae-2 @2 never arrives: a gap, logged, blocking nothing
        of(newId(), revised("ae-2", 300), 3),
        of(newId(), site("ae-2", "AE", 250), 1),
        of(newId(), delivery("k-2", "d-k2", "jp-2", H100, 1_000), 2),
        of(newId(), contract("k-2", 80_000_000L, 100, List.of("jp-2"), buyer("JP")), 1),
        of(newId(), delivery("k-3", "d-k3", "ae-1", H100, 500), 2),
        of(newId(), contract("k-3", 50_000_000L, 100, List.of("ae-1"), buyer("AE")), 1),
        of(newId(), delivery("k-1", "d-k1", "jp-1", GB200, 2_000), 5));

    try (var producer = CloudEventRecords.producer(bootstrapServers)) {
      send(producer, ledger.records);
    }
    String[] ids = ledger.ids.toArray(String[]::new);
    Eventually.within(
        Duration.ofSeconds(60),
        () -> assertThat(ProcessedEventIds.count(dataSource, ids)).isEqualTo(ids.length));

    assertThat(get(REGIONS).then().statusCode(200).extract().as(RegionsResponse.class))
        .isEqualTo(new RegionsResponse("country", List.of(JP, AE), WORLD));
    assertThat(factRows("site_event_fact", "site_id", "jp-1")).isEqualTo(5);
  }

  private int factRows(String table, String column, String id) throws Exception {
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "select count(*) from " + table + " where " + column + " = ?")) {
      statement.setString(1, id);
      try (var result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  private static Party buyer(String country) {
    return party("Buyer " + country, country, PartyRole.BUYER);
  }

  /** The records to send, in order, and the distinct event ids among them. */
  private static final class Ledger {
    final List<ProducerRecord<String, String>> records = new ArrayList<>();
    final LinkedHashSet<String> ids = new LinkedHashSet<>();

    @SafeVarargs
    final void add(ProducerRecord<String, String>... toSend) {
      for (var record : toSend) {
        records.add(record);
        ids.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
      }
    }
  }

  /** A profile of its own, so that this test runs against a fresh broker and database. */
  public static class FreshLedger implements QuarkusTestProfile {}
}
