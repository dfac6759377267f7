package io.gigawatt.capacity.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigawatt.capacity.TestEvents;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.support.messaging.CloudEventReader;
import io.gigawatt.support.messaging.PoisonEventException;
import io.smallrye.reactive.messaging.ce.DefaultCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import java.net.URI;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class CloudEventReaderTest {
  static final String SITE_ANNOUNCED = EventType.SITE_ANNOUNCED.ceType();
  static final String TIME = "2025-09-23T10:15:30Z";

  @Test
  void readsAttributesAndData() {
    var site = TestEvents.site("abilene", "US", 1200);

    var recorded =
        CloudEventReader.read(message("e-1", SITE_ANNOUNCED, "3", EventJson.write(site)));

    assertThat(recorded.eventId()).isEqualTo("e-1");
    assertThat(recorded.type()).isEqualTo(SITE_ANNOUNCED);
    assertThat(recorded.subject()).isEqualTo("abilene");
    assertThat(recorded.sequence()).isEqualTo(3L);
    assertThat(recorded.recordedAt()).isEqualTo(ZonedDateTime.parse(TIME).toOffsetDateTime());
    assertThat(recorded.event()).isEqualTo(site);
  }

  @Test
  void recordWithoutCloudEventAttributesIsPoison() {
    assertThatThrownBy(() -> CloudEventReader.read(Message.of("{}")))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("not a CloudEvent");
  }

  @Test
  void unknownTypeIsPoison() {
    assertThatThrownBy(() -> CloudEventReader.read(message("e", "io.gigawatt.x.v9", "1", "{}")))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("unknown event type");
  }

  @Test
  void dataThatIsNotJsonIsPoison() {
    assertThatThrownBy(() -> CloudEventReader.read(message("e", SITE_ANNOUNCED, "1", "{nope")))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("violates its schema");
  }

  @Test
  void dataMissingRequiredFieldsIsPoison() {
    assertThatThrownBy(
            () ->
                CloudEventReader.read(
                    message("e", SITE_ANNOUNCED, "1", "{\"siteId\": \"abilene\"}")))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("location");
  }

  @Test
  void sequenceThatIsNotANumberIsPoison() {
    var data = EventJson.write(TestEvents.site("abilene", "US", 1200));

    assertThatThrownBy(() -> CloudEventReader.read(message("e", SITE_ANNOUNCED, "two", data)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("ce_sequence");
  }

  @Test
  void eventWithoutSequenceIsPoison() {
    var data = EventJson.write(TestEvents.site("abilene", "US", 1200));

    assertThatThrownBy(() -> CloudEventReader.read(message("e", SITE_ANNOUNCED, null, data)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("has no ce_sequence");
  }

  @Test
  void sequenceBelowOneIsPoison() {
    var data = EventJson.write(TestEvents.site("abilene", "US", 1200));

    assertThatThrownBy(() -> CloudEventReader.read(message("e", SITE_ANNOUNCED, "0", data)))
        .isInstanceOf(PoisonEventException.class)
        .hasMessageContaining("ce_sequence");
  }

  static Message<String> message(String id, String type, String sequence, String data) {
    var builder =
        new DefaultCloudEventMetadataBuilder<String>()
            .withSpecVersion("1.0")
            .withId(id)
            .withType(type)
            .withSource(URI.create("/gigawatt/site-service"))
            .withSubject("abilene")
            .withTimestamp(ZonedDateTime.parse(TIME))
            .withData(data);
    if (sequence != null) {
      builder.withExtension("sequence", sequence);
    }
    return Message.of(data, Metadata.of(new DefaultIncomingCloudEventMetadata<>(builder.build())));
  }
}
