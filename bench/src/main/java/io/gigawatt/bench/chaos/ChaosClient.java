package io.gigawatt.bench.chaos;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * One client of the load, sending one command per interval in a cycle: announce a site; sign a
 * contract on one of its sites announced at least {@link #SITE_AGE_NANOS} before (so that
 * contract-service has usually read it from the topic); deliver GPUs under its newest contract.
 */
final class ChaosClient {
  private static final long SITE_AGE_NANOS = 2_000_000_000L;

  private record Site(String id, long acceptedAt) {}

  private final CommandSender sender;
  private final long intervalNanos;
  private final Supplier<String> ids;
  private final Deque<Site> sites = new ArrayDeque<>();
  private String contract;
  private String contractSite;
  private int step;
  private long nextAt = System.nanoTime();

  ChaosClient(CommandSender sender, long intervalNanos, Supplier<String> ids) {
    this.sender = sender;
    this.intervalNanos = intervalNanos;
    this.ids = ids;
  }

  /** Waits for this client's next slot, then sends its next command. */
  Answer next() {
    pace();
    String id = ids.get();
    int kind = step++ % 3;
    Site old = oldSite();
    if (kind == 1 && old != null) {
      Answer answer = sender.signContract(id, old.id());
      if (answer.accepted()) {
        contract = answer.entityId();
        contractSite = old.id();
      }
      return answer;
    }
    if (kind == 2 && contract != null) {
      return sender.deliverGpus(id, contract, contractSite);
    }
    Answer answer = sender.announceSite(id);
    if (answer.accepted()) {
      sites.addLast(new Site(answer.entityId(), answer.answered()));
      while (sites.size() > 20) {
        sites.removeFirst();
      }
    }
    return answer;
  }

  private Site oldSite() {
    long now = System.nanoTime();
    return sites.stream()
        .filter(s -> now - s.acceptedAt >= SITE_AGE_NANOS)
        .reduce((a, b) -> b)
        .orElse(null);
  }

  private void pace() {
    long now = System.nanoTime();
    nextAt = Math.max(nextAt + intervalNanos, now - intervalNanos);
    long wait = nextAt - now;
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
