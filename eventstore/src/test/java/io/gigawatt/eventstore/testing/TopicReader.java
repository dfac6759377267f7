package io.gigawatt.eventstore.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a fresh consumer group: what a subscriber would see. */
public final class TopicReader {

  /** One record as a subscriber sees it: key, headers (last value per name) and value. */
  public record Received(String key, Map<String, String> headers, String value, int partition) {
    public String header(String name) {
      return headers.get(name);
    }
  }

  private TopicReader() {}

  /** Polls until {@code done} holds for what was read, or fails after the timeout. */
  public static List<Received> readUntil(
      String bootstrapServers, String topic, Predicate<List<Received>> done, Duration timeout) {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    var received = new ArrayList<Received>();
    try (var consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      var deadline = Instant.now().plus(timeout);
      while (!done.test(received)) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("timed out reading " + topic + "; read so far: " + received);
        }
        for (var record : consumer.poll(Duration.ofMillis(200))) {
          var headers = new HashMap<String, String>();
          for (Header h : record.headers()) {
            headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
          }
          received.add(new Received(record.key(), headers, record.value(), record.partition()));
        }
      }
    }
    return received;
  }
}
