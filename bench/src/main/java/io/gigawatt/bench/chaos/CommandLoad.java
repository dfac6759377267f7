package io.gigawatt.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The steady write load: client threads, each paced to its share of the rate, announcing sites,
 * signing contracts on their own sites and delivering GPUs under those contracts, through the
 * gateway with a writer key. Every command carries a unique {@code X-Correlation-Id}, which its
 * event keeps in its metadata; every answer is recorded. Paused for the audits, resumed after.
 */
public final class CommandLoad {
  private final List<ChaosClient> clients = new ArrayList<>();
  private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;

  public CommandLoad(String gatewayUrl, String writerKey, int clients, double rate, String run) {
    CommandSender sender = new CommandSender(gatewayUrl, writerKey);
    long intervalNanos = Math.round(clients / rate * 1e9);
    AtomicLong sequence = new AtomicLong();
    for (int i = 0; i < clients; i++) {
      this.clients.add(
          new ChaosClient(sender, intervalNanos, () -> run + "-" + sequence.incrementAndGet()));
    }
  }

  public synchronized void start() {
    running = true;
    for (int i = 0; i < clients.size(); i++) {
      ChaosClient client = clients.get(i);
      Thread thread =
          new Thread(
              () -> {
                while (running) {
                  answers.add(client.next());
                }
              },
              "chaos-client-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /** Stops sending and waits for the commands in flight to be answered (or to time out). */
  public synchronized void pause() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join();
    }
    threads.clear();
  }

  public List<Answer> answers() {
    return List.copyOf(answers);
  }

  public List<Answer> answers(Predicate<Answer> filter) {
    return answers.stream().filter(filter).toList();
  }
}
