package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.application.DeadLetter;
import io.gigawatt.capacity.application.PartitionOffset;
import io.gigawatt.capacity.application.Projected;
import io.gigawatt.capacity.application.ProjectionProgress;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.capacity.persistence.BatchWriter;
import io.gigawatt.events.Topics;
import io.gigawatt.support.messaging.RecordedEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Feeds one generation: polls both event topics and applies each poll as one batch. Positions live
 * in the generation's tables, not in Kafka: on assignment, and after a failed batch, it seeks to
 * the stored offsets, so every record is applied once whatever fails (effectively once). Poison
 * records become dead letters in the same batch; a failing database is retried with backoff.
 */
final class ProjectionConsumer implements Runnable {
  private static final Logger LOG = Logger.getLogger(ProjectionConsumer.class);

  private final ViewGeneration generation;
  private final CapacityConfig config;
  private final BatchWriter writer;
  private final DeadLetterPublisher deadLetters;
  private final ProjectionProgress progress;
  private final Set<TopicPartition> unpositioned = new HashSet<>();
  private final BatchStats stats;
  private final ExecutorService writerThread;
  private CompletableFuture<Void> applying;
  private volatile boolean running = true;
  private KafkaConsumer<String, String> consumer;

  ProjectionConsumer(
      ViewGeneration generation,
      CapacityConfig config,
      BatchWriter writer,
      DeadLetterPublisher deadLetters,
      ProjectionProgress progress) {
    this.generation = generation;
    this.config = config;
    this.writer = writer;
    this.deadLetters = deadLetters;
    this.progress = progress;
    this.stats = new BatchStats(generation.schema());
    this.writerThread =
        Executors.newSingleThreadExecutor(
            r -> new Thread(r, "projection-writer-" + generation.schema()));
  }

  ViewGeneration generation() {
    return generation;
  }

  void stop() {
    running = false;
    var current = consumer;
    if (current != null) {
      current.wakeup();
    }
  }

  @Override
  public void run() {
    Duration pause = config.projection().retryDelay();
    try (var kafka =
        new KafkaConsumer<>(properties(), new StringDeserializer(), new StringDeserializer())) {
      consumer = kafka;
      kafka.subscribe(List.of(Topics.SITE_EVENTS, Topics.CONTRACT_EVENTS), new Positions());
      while (running) {
        try {
          position(kafka);
          Batch next = read(kafka.poll(config.projection().pollTimeout()));
          finishApplying();
          if (next != null) {
            applying = CompletableFuture.runAsync(() -> apply(next), writerThread);
          }
          pause = config.projection().retryDelay();
        } catch (WakeupException e) {
          break;
        } catch (RuntimeException e) {
          LOG.errorf(
              e,
              "Batch for %s failed; retrying from the stored offsets in %s",
              generation.schema(),
              pause);
          progress.failed(e);
          applying = null;
          unpositioned.addAll(kafka.assignment());
          sleep(pause);
          pause = min(pause.multipliedBy(2), config.projection().maxRetryDelay());
        }
      }
      finishApplying();
    } finally {
      writerThread.shutdown();
      progress.stopped();
    }
  }

  /** A polled batch, decoded while the one before is being applied. */
  private record Batch(
      int records,
      List<RecordedEvent> events,
      List<DeadLetter> letters,
      List<PartitionOffset> offsets,
      long decodeNanos) {}

  /**
   * Decodes what a poll returned; null when nothing. Runs while the batch before is applied on the
   * writer thread, so reading and writing overlap.
   */
  private Batch read(ConsumerRecords<String, String> records) {
    progress.polled(lag());
    if (records.isEmpty()) {
      return null;
    }
    long started = System.nanoTime();
    List<RecordedEvent> events = new ArrayList<>(records.count());
    List<DeadLetter> letters = new ArrayList<>();
    Map<TopicPartition, PartitionOffset> offsets = new LinkedHashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      var tp = new TopicPartition(record.topic(), record.partition());
      if (unpositioned.contains(tp)) {
        continue;
      }
      var decoded = RecordDecoder.decode(record);
      if (decoded.event() != null) {
        events.add(decoded.event());
      } else {
        letters.add(decoded.deadLetter());
      }
      offsets.put(tp, new PartitionOffset(record.topic(), record.partition(), record.offset() + 1));
    }
    return new Batch(
        records.count(),
        events,
        letters,
        List.copyOf(offsets.values()),
        System.nanoTime() - started);
  }

  private void apply(Batch batch) {
    long started = System.nanoTime();
    deadLetters.publish(batch.letters());
    Projected projected =
        writer.write(generation, batch.events(), batch.letters(), batch.offsets());
    progress.applied(projected, batch.letters().size(), batch.offsets());
    stats.add(batch.records(), batch.decodeNanos(), System.nanoTime() - started);
  }

  /** Waits for the batch being applied; rethrows its failure. */
  private void finishApplying() {
    var current = applying;
    applying = null;
    if (current == null) {
      return;
    }
    try {
      current.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Seeks the partitions that need it to the offsets the generation stored. */
  private void position(KafkaConsumer<String, String> kafka) {
    if (unpositioned.isEmpty()) {
      return;
    }
    finishApplying();
    Map<TopicPartition, Long> stored = new LinkedHashMap<>();
    writer
        .offsets(generation)
        .forEach(o -> stored.put(new TopicPartition(o.topic(), o.partition()), o.nextOffset()));
    Set<TopicPartition> assigned = kafka.assignment();
    for (TopicPartition tp : List.copyOf(unpositioned)) {
      if (!assigned.contains(tp)) {
        unpositioned.remove(tp);
      } else if (stored.containsKey(tp)) {
        kafka.seek(tp, stored.get(tp));
        unpositioned.remove(tp);
      } else {
        kafka.seekToBeginning(List.of(tp));
        unpositioned.remove(tp);
      }
    }
  }

  private Map<String, Long> lag() {
    Map<String, Long> lag = new TreeMap<>();
    for (TopicPartition tp : consumer.assignment()) {
      consumer.currentLag(tp).ifPresent(l -> lag.put(tp.toString(), l));
    }
    return lag;
  }

  private Properties properties() {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, generation.consumerGroup());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.projection().maxBatch());
    // bounded, so a batch costs the same memory whatever the ledger's size
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 2 * 1024 * 1024);
    props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 8 * 1024 * 1024);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "capacity-" + generation.schema());
    // A replica killed without leaving the group holds its partitions this long at most
    props.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
    return props;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  /** Partitions assigned to this consumer are read from the generation's stored offsets. */
  private final class Positions implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      unpositioned.addAll(partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      finishApplying();
      unpositioned.removeAll(partitions);
    }
  }
}
