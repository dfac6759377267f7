package io.gigawatt.bench;

import io.gigawatt.events.CloudEventRecords;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.Party;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.SitePhaseEnergized;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a synthetic ledger to the event topics as the write services would (CloudEvents binary
 * mode, key = aggregate id): per site an announcement, construction and an energized phase; every
 * fourth site a GPU supply contract covering it and its predecessor, with three deliveries. Sites
 * spread over 40 countries, those in the US, CN and IN with a subdivision, and over ten years of
 * business dates (2016–2025): construction 30 days after the announcement, energized a year after.
 */
final class LedgerProducer implements AutoCloseable {
  private static final String[] COUNTRIES = {
    "US", "US", "US", "US", "CN", "CN", "IN", "AE", "SA", "GB", "FR", "DE", "NL", "NO", "SE", "FI",
    "IE", "ES", "IT", "PL", "JP", "KR", "TW", "SG", "MY", "ID", "TH", "VN", "AU", "NZ", "CA", "MX",
    "BR", "CL", "AR", "ZA", "KE", "NG", "EG", "IL"
  };
  private static final String[] SUBDIVISIONS = {
    "US-TX", "US-VA", "US-OH", "US-WI", "CN-BJ", "IN-KA"
  };
  private static final String[] MODELS = {
    "nvidia-gb200", "nvidia-h100", "amd-mi300x", "nvidia-b200"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);
  private static final int DAYS = 3_650;
  private LocalDate day = FIRST_DAY;
  private static final String SOURCE = "https://example.org/bench";

  private final KafkaProducer<String, String> producer;
  private long sites;
  private long events;
  private String previousSite;

  LedgerProducer(String bootstrapServers) {
    var props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "10");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
    props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(64L * 1024 * 1024));
    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  long events() {
    return events;
  }

  /** Appends at least {@code count} more events and waits until the broker has them all. */
  void produce(long count) {
    long target = events + count;
    while (events < target) {
      site();
    }
    producer.flush();
  }

  private void site() {
    day = FIRST_DAY.plusDays(sites % DAYS);
    String siteId = timeOrderedId();
    int n = (int) (sites++ % COUNTRIES.length);
    String country = COUNTRIES[n];
    String subdivision = n < SUBDIVISIONS.length ? SUBDIVISIONS[n] : null;
    var owner = new Organization("Owner " + (sites % 97), country);
    send(
        new SiteAnnounced(
            siteId,
            "Site " + sites,
            sites % 5 == 0 ? "Stargate" : null,
            owner,
            owner,
            new Location(country, subdivision, null),
            new PlannedPower(50 + sites % 950, null),
            null,
            day,
            SOURCE,
            Confidence.REPORTED),
        1);
    send(new SiteConstructionStarted(siteId, day.plusDays(30), SOURCE, Confidence.REPORTED), 2);
    send(
        new SitePhaseEnergized(
            siteId, 10 + sites % 40, "phase 1", day.plusDays(365), SOURCE, Confidence.REPORTED),
        3);
    if (sites % 4 == 0 && previousSite != null) {
      contract(siteId, previousSite, country);
    }
    previousSite = siteId;
  }

  private void contract(String siteId, String otherSite, String country) {
    String contractId = timeOrderedId();
    String model = MODELS[(int) (sites % MODELS.length)];
    send(
        new ContractSigned(
            contractId,
            ContractKind.GPU_SUPPLY,
            "Supply " + sites,
            null,
            List.of(
                new Party("Buyer " + sites % 31, country, PartyRole.BUYER),
                new Party("NVIDIA", "US", PartyRole.SUPPLIER)),
            1_000_000L * (1 + sites % 1000),
            36,
            100.0 + sites % 400,
            model,
            30_000,
            List.of(siteId, otherSite),
            day,
            SOURCE,
            Confidence.REPORTED),
        1);
    for (int d = 0; d < 3; d++) {
      send(
          new GpusDelivered(
              contractId,
              timeOrderedId(),
              siteId,
              model,
              1000L + d,
              day,
              SOURCE,
              Confidence.REPORTED,
              null),
          2 + d);
    }
  }

  /** Like the services' ids (UUIDv7): time-ordered, so indexes grow at their right edge. */
  private static String timeOrderedId() {
    var random = ThreadLocalRandom.current();
    long msb = (System.currentTimeMillis() << 16) | 0x7000 | (random.nextInt() & 0x0fff);
    long lsb = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(msb, lsb).toString();
  }

  private void send(DomainEvent event, long sequence) {
    producer.send(CloudEventRecords.of(event, timeOrderedId(), sequence, OffsetDateTime.now()));
    events++;
  }

  @Override
  public void close() {
    producer.close();
  }
}
