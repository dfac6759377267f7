package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.application.DeadLetter;
import io.gigawatt.capacity.config.CapacityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes dead letters to the projection's dead-letter topic: the record as it came, with headers
 * saying why ({@code dead-letter-reason}) and where from ({@code dead-letter-topic}, {@code
 * -partition}, {@code -offset}). Sent before the batch commits; a retried batch may send one twice,
 * never zero times.
 */
@ApplicationScoped
public class DeadLetterPublisher {
  private final CapacityConfig config;
  private final KafkaProducers producers;

  DeadLetterPublisher(CapacityConfig config, KafkaProducers producers) {
    this.config = config;
    this.producers = producers;
  }

  void publish(List<DeadLetter> letters) {
    if (letters.isEmpty()) {
      return;
    }
    List<Future<RecordMetadata>> sent = new ArrayList<>();
    for (DeadLetter letter : letters) {
      var record =
          new ProducerRecord<>(
              config.projection().deadLetterTopic(), letter.key(), letter.payload());
      letter.headers().forEach((name, value) -> KafkaProducers.header(record, name, value));
      KafkaProducers.header(record, "dead-letter-reason", letter.reason());
      KafkaProducers.header(record, "dead-letter-topic", letter.topic());
      KafkaProducers.header(record, "dead-letter-partition", Integer.toString(letter.partition()));
      KafkaProducers.header(record, "dead-letter-offset", Long.toString(letter.offset()));
      sent.add(producers.send(record));
    }
    for (Future<RecordMetadata> future : sent) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while dead-lettering", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("dead-letter topic unavailable: " + e.getCause(), e);
      }
    }
  }
}
