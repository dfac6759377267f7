package io.gigawatt.bench.fuzz;

import java.util.List;
import java.util.Random;

/**
 * What the fuzzer creates before it starts, so that valid requests have something to act on: sites
 * (announced on {@link #ANNOUNCED_ON}), contracts over them (signed on {@link #SIGNED_ON}, GPUs of
 * {@link #GPU_MODEL}) and API keys that may be revoked. Commands pick them by slot; cancellations
 * and terminations only the last quarter, so most stay open to further commands.
 */
public record Fixtures(List<String> sites, List<Contract> contracts, List<String> revocableKeys) {
  public static final String ANNOUNCED_ON = "2024-06-01";
  public static final String SIGNED_ON = "2024-07-01";
  public static final String GPU_MODEL = "nvidia-gb200";

  public record Contract(String id, List<String> siteIds) {}

  public Fixtures {
    sites = List.copyOf(sites);
    contracts = List.copyOf(contracts);
    revocableKeys = List.copyOf(revocableKeys);
  }

  String site(Random random) {
    return sites.get(random.nextInt(sites.size()));
  }

  /** A site that may be cancelled (the last quarter of the slots). */
  String closableSite(Random random) {
    return closable(sites, random);
  }

  Contract contract(Random random) {
    return contracts.get(random.nextInt(contracts.size()));
  }

  Contract closableContract(Random random) {
    return closable(contracts, random);
  }

  String revocableKey(Random random) {
    return revocableKeys.get(random.nextInt(revocableKeys.size()));
  }

  private static <T> T closable(List<T> slots, Random random) {
    int first = slots.size() - Math.max(1, slots.size() / 4);
    return slots.get(first + random.nextInt(slots.size() - first));
  }
}
