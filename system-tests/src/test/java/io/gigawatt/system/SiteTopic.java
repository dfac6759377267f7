package io.gigawatt.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** {@code gigawatt.site.events} read from the beginning to its end, with a fresh consumer group. */
final class SiteTopic {
  static final String TOPIC = "gigawatt.site.events";

  private SiteTopic() {}

  /** Records per key (the site id) and per {@code ce_id}. */
  record Contents(Map<String, Integer> perSubject, Map<String, Integer> perEventId, int records) {
    /** Records beyond the first of each event. */
    int duplicates() {
      return records - perEventId.size();
    }
  }

  static Contents read(String bootstrapServers, Duration timeout) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "relay-crash-it-" + UUID.randomUUID());
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (var consumer = new KafkaConsumer<String, String>(config)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(TOPIC, timeout).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      Map<String, Integer> perSubject = new HashMap<>();
      Map<String, Integer> perEventId = new HashMap<>();
      int records = 0;
      long deadline = System.nanoTime() + timeout.toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(TOPIC + " not read to " + end + " within " + timeout);
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          records++;
          perSubject.merge(record.key(), 1, Integer::sum);
          perEventId.merge(ceId(record), 1, Integer::sum);
        }
      }
      return new Contents(perSubject, perEventId, records);
    }
  }

  private static boolean reached(
      KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private static String ceId(ConsumerRecord<String, String> record) {
    Header id = record.headers().lastHeader("ce_id");
    if (id == null) {
      throw new AssertionError("record without ce_id at " + record.offset() + ": " + record);
    }
    return new String(id.value(), StandardCharsets.UTF_8);
  }
}
