package io.gigawatt.bench;

import io.gigawatt.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Kafka's own rate on this machine: a plain consumer reads both event topics from the start, with
 * the projection's fetch settings, and does nothing with the records but count them.
 */
final class RawConsumerRate {
  private RawConsumerRate() {}

  /** Records per second to read {@code records} records from the beginning. */
  static double measure(String bootstrapServers, long records) {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
    props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 32 * 1024 * 1024);
    try (var consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(Topics.SITE_EVENTS, Topics.CONTRACT_EVENTS));
      long read = 0;
      long start = 0;
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (read < records && System.nanoTime() < deadline) {
        int polled = consumer.poll(Duration.ofMillis(500)).count();
        if (polled > 0 && start == 0) {
          start = System.nanoTime();
        }
        read += polled;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return read / Math.max(seconds, 1e-9);
    }
  }
}
