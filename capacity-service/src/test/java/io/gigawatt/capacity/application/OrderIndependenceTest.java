package io.gigawatt.capacity.application;

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
import static io.gigawatt.capacity.application.ViewFixture.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.PartyRole;
import io.gigawatt.support.messaging.RecordedEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The figures are a function of the set of events: any arrival order, any batching, any number of
 * redeliveries give exactly the same totals in every region.
 */
class OrderIndependenceTest {
  private static final String[][] PLACES = {
    {"US", "US-TX"}, {"US", "US-NY"}, {"US", null}, {"NO", null}, {"AE", "AE-AZ"}, {"JP", null}
  };
  private static final String[] MODELS = {"nvidia-gb200", "nvidia-h100", "amd-mi300x", "acme-x"};

  @Test
  void anyOrderAnyBatchingAndRedeliveriesGiveTheSameTotals() {
    var random = new Random(20261202);
    List<RecordedEvent> ledger = ledger(random);
    var expected = new ViewFixture().given(ledger).totals();
    assertThat(expected).containsKeys("US", "US-TX", "NO", "WORLD");

    for (int round = 0; round < 25; round++) {
      List<RecordedEvent> arrivals = new ArrayList<>(ledger);
      for (int i = 0; i < 10; i++) {
        arrivals.add(ledger.get(random.nextInt(ledger.size())));
      }
      Collections.shuffle(arrivals, random);
      var view = new ViewFixture();
      for (int from = 0; from < arrivals.size(); ) {
        int to = Math.min(arrivals.size(), from + 1 + random.nextInt(40));
        view.given(arrivals.subList(from, to));
        from = to;
      }
      assertThat(view.totals()).as("round %d", round).isEqualTo(expected);
    }
  }

  private static List<RecordedEvent> ledger(Random random) {
    List<RecordedEvent> events = new ArrayList<>();
    List<String> siteIds = new ArrayList<>();
    for (int s = 0; s < 25; s++) {
      String id = "site-" + s;
      siteIds.add(id);
      String[] place = PLACES[random.nextInt(PLACES.length)];
      List<DomainEvent> stream = new ArrayList<>();
      stream.add(
          site(id, place[0], place[1], 50 + random.nextInt(2000) + random.nextInt(10) / 10.0));
      int lifecycle = random.nextInt(5);
      for (int i = 0; i < lifecycle; i++) {
        stream.add(
            switch (random.nextInt(5)) {
              case 0 -> constructionStarted(id);
              case 1 -> revised(id, 10 + random.nextInt(3000) + 0.25);
              case 2, 3 -> energized(id, 1 + random.nextInt(100) + 0.5);
              default -> cancelled(id);
            });
      }
      append(events, stream);
    }
    siteIds.add("never-announced");
    for (int c = 0; c < 15; c++) {
      String id = "contract-" + c;
      List<DomainEvent> stream = new ArrayList<>();
      stream.add(
          contract(
              id,
              random.nextInt(1_000_000_000),
              random.nextInt(5000) + 0.125,
              sample(siteIds, random, random.nextInt(4)),
              party("Buyer " + c, PLACES[random.nextInt(PLACES.length)][0], PartyRole.BUYER)));
      int more = random.nextInt(6);
      for (int i = 0; i < more; i++) {
        stream.add(
            switch (random.nextInt(6)) {
              case 0 -> amended(id, (long) random.nextInt(1000), null, sample(siteIds, random, 2));
              case 1 -> amended(id, null, 10.5 + random.nextInt(100), null);
              case 2 -> terminated(id);
              default ->
                  delivery(
                      id,
                      id + "-d" + i,
                      siteIds.get(random.nextInt(siteIds.size())),
                      MODELS[random.nextInt(MODELS.length)],
                      1 + random.nextInt(100_000));
            });
      }
      append(events, stream);
    }
    return events;
  }

  private static void append(List<RecordedEvent> events, List<DomainEvent> stream) {
    for (int i = 0; i < stream.size(); i++) {
      events.add(recorded(stream.get(i), i + 1));
    }
  }

  private static List<String> sample(List<String> ids, Random random, int count) {
    List<String> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, random);
    return List.copyOf(copy.subList(0, count));
  }
}
