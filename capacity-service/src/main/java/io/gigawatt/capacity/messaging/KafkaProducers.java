package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.config.CapacityConfig;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/** The service's one Kafka producer (idempotent, acks=all), created on first use. */
@ApplicationScoped
public class KafkaProducers {
  private final CapacityConfig config;
  private KafkaProducer<String, String> producer;

  KafkaProducers(CapacityConfig config) {
    this.config = config;
  }

  Future<RecordMetadata> send(ProducerRecord<String, String> record) {
    return producer().send(record);
  }

  void send(ProducerRecord<String, String> record, Callback callback) {
    producer().send(record, callback);
  }

  static void header(ProducerRecord<String, String> record, String name, String value) {
    if (value != null) {
      record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      var props = new Properties();
      props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
      props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
      producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
    return producer;
  }

  @PreDestroy
  synchronized void close() {
    if (producer != null) {
      producer.close();
    }
  }
}
