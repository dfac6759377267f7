package io.gigawatt.bench.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Sends hostile requests across every route of the gateway, as anonymous, reader, writer and admin,
 * and checks each answer ({@link Judge}) and, at the end, what was written ({@link FinalAudit}).
 * Request {@code i} of a seed is always the same request; anonymous ones go through a lane of their
 * own at a pace under the gateway's per-address limit, the others on {@code workers} connections.
 */
public final class Fuzzer {
  /**
   * The label of a capacity query whose well-formed {@code X-Consistency-Token} names a write that
   * never happened: the view cannot tell it never will, waits its 5 s and answers 504.
   */
  public static final String FORGED_CONSISTENCY_TOKEN = HeaderMutations.FORGED_TOKEN;

  private static final int SHOWN = 4_000;

  private final FuzzTarget target;
  private final FuzzOptions options;
  private final RawHttp http;
  private final Ledger ledger = new Ledger();
  private final List<FuzzResult.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> skipped = Collections.synchronizedList(new ArrayList<>());

  private Fuzzer(FuzzTarget target, FuzzOptions options) {
    this.target = target;
    this.options = options;
    this.http = new RawHttp(target.host(), target.port(), options.timeout());
  }

  public static FuzzResult run(FuzzTarget target, FuzzOptions options) throws Exception {
    return new Fuzzer(target, options).run();
  }

  private FuzzResult run() throws Exception {
    long start = System.nanoTime();
    ApiCalls api = new ApiCalls(http, target.keys());
    Set<String> keysBefore = FinalAudit.keyIds(api);
    FinalAudit.Baseline baseline = FinalAudit.Baseline.read(api);
    Fixtures fixtures = new FixtureSetup(api, ledger).create(options.requests(), options.seed());
    log(
        "fixtures: %d sites, %d contracts, %d keys to revoke",
        fixtures.sites().size(), fixtures.contracts().size(), fixtures.revocableKeys().size());
    String run = "fz" + options.seed() + "-" + Long.toString(System.currentTimeMillis(), 36);
    CaseFactory factory = new CaseFactory(options.seed(), run, target.keys(), fixtures);
    List<Integer> indices =
        options.only().isPresent()
            ? List.of(options.only().getAsInt())
            : IntStream.range(0, options.requests()).boxed().toList();
    List<Integer> anonymous = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    indices.forEach(i -> (factory.role(i) == Role.ANONYMOUS ? anonymous : others).add(i));
    ExecutorService pool = Executors.newFixedThreadPool(options.workers() + 1);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> lanes = new ArrayList<>();
      for (int w = 0; w < options.workers(); w++) {
        lanes.add(pool.submit(() -> lane(factory, others, next, 0)));
      }
      lanes.add(
          pool.submit(
              () -> lane(factory, anonymous, new AtomicInteger(), options.anonymousPerSecond())));
      for (Future<?> lane : lanes) {
        lane.get();
      }
    } finally {
      pool.shutdownNow();
    }
    log(
        "%d requests sent in %.1f s; auditing what was written",
        outcomes.size(), (System.nanoTime() - start) / 1e9);
    FinalAudit.Outcome audit = new FinalAudit(api, ledger).run(keysBefore, baseline);
    List<FuzzResult.Outcome> sorted = new ArrayList<>(outcomes);
    sorted.sort((a, b) -> Integer.compare(a.index(), b.index()));
    return new FuzzResult(
        options,
        sorted,
        skipped,
        audit.violations(),
        audit.notes(),
        fixtures.sites().size()
            + " sites, "
            + fixtures.contracts().size()
            + " contracts, "
            + fixtures.revocableKeys().size()
            + " keys to revoke",
        Duration.ofNanos(System.nanoTime() - start));
  }

  private Void lane(
      CaseFactory factory, List<Integer> indices, AtomicInteger next, double perSecond) {
    long started = System.nanoTime();
    int sent = 0;
    for (int n = next.getAndIncrement(); n < indices.size(); n = next.getAndIncrement()) {
      if (perSecond > 0) {
        pace(started, sent++, perSecond);
      }
      FuzzCase c;
      try {
        c = factory.generate(indices.get(n));
      } catch (RuntimeException e) {
        outcomes.add(
            new FuzzResult.Outcome(
                indices.get(n),
                "?",
                Role.ANONYMOUS,
                Verdict.EITHER,
                0,
                0,
                "not generated",
                List.of("the fuzzer failed to build this request: " + e),
                "",
                ""));
        continue;
      }
      if (c.matchesAny(options.skip())) {
        skipped.add(
            "#"
                + c.index()
                + " "
                + c.route().label()
                + " as "
                + c.role().label()
                + ": "
                + c.description());
        continue;
      }
      RawAnswer answer = http.send(c.request());
      ledger.record(c.index(), c.request(), answer);
      List<String> wrong = Judge.violations(c, answer);
      boolean show = !wrong.isEmpty();
      outcomes.add(
          new FuzzResult.Outcome(
              c.index(),
              c.route().label(),
              c.role(),
              c.verdict(),
              answer.status(),
              answer.micros(),
              c.description(),
              wrong,
              show
                  ? Reproduction.request(c.request().bytes(http.authority()), target.keys(), SHOWN)
                  : null,
              show ? answerText(answer) : null));
      int done = outcomes.size();
      if (done % 1_000 == 0) {
        log("%d requests answered", done);
      }
    }
    return null;
  }

  /** Anonymous requests: a burst of 50, then {@code perSecond}. */
  private static void pace(long started, int sent, double perSecond) {
    long due = started + (long) (Math.max(0, sent - 50) / perSecond * 1e9);
    long wait = due - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static String answerText(RawAnswer answer) {
    if (!answer.answered()) {
      return "(no answer: " + answer.failure() + ")";
    }
    return answer.status()
        + " "
        + answer.contentType()
        + " "
        + Reproduction.shorten(answer.text().replace('\n', ' '), 400);
  }

  private static void log(String format, Object... args) {
    System.out.printf("[fuzz] " + format + "%n", args);
  }
}
