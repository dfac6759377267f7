package io.gigawatt.bench.chaos;

import io.gigawatt.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** The event topics read from the beginning to their end by a plain consumer: records per ce_id. */
final class TopicReader {
  private TopicReader() {}

  static Map<String, Integer> recordsPerEventId(String bootstrapServers, Duration timeout) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "chaos-audit-" + UUID.randomUUID());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (var consumer = new KafkaConsumer<byte[], byte[]>(config)) {
      List<TopicPartition> partitions =
          List.of(Topics.SITE_EVENTS, Topics.CONTRACT_EVENTS).stream()
              .flatMap(topic -> consumer.partitionsFor(topic, timeout).stream())
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      Map<String, Integer> perEventId = new HashMap<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!end.entrySet().stream()
          .allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the topics not read to " + end + " in " + timeout);
        }
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          Header id = record.headers().lastHeader("ce_id");
          if (id != null) {
            perEventId.merge(new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
          }
        }
      }
      return perEventId;
    }
  }
}
