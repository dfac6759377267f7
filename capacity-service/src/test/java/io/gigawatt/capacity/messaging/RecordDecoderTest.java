package io.gigawatt.capacity.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.TestEvents;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {
  static final String SITE_ANNOUNCED = EventType.SITE_ANNOUNCED.ceType();
  static final String TIME = "2025-09-23T10:15:30Z";
  static final String DATA = EventJson.write(TestEvents.site("abilene", "US", 1200));

  @Test
  void readsAttributesAndData() {
    var site = TestEvents.site("abilene", "US", 1200);

    var recorded = RecordDecoder.decode(record("e-1", SITE_ANNOUNCED, "3", DATA)).event();

    assertThat(recorded.eventId()).isEqualTo("e-1");
    assertThat(recorded.type()).isEqualTo(SITE_ANNOUNCED);
    assertThat(recorded.subject()).isEqualTo("abilene");
    assertThat(recorded.sequence()).isEqualTo(3L);
    assertThat(recorded.recordedAt()).isEqualTo(OffsetDateTime.parse(TIME));
    assertThat(recorded.event()).isEqualTo(site);
  }

  @Test
  void recordWithoutCloudEventAttributesIsADeadLetterWithItsOrigin() {
    var letter =
        RecordDecoder.decode(new ConsumerRecord<>(Topics.SITE_EVENTS, 2, 41L, "k", "{}"))
            .deadLetter();

    assertThat(letter.reason()).contains("not a CloudEvent");
    assertThat(letter.topic()).isEqualTo(Topics.SITE_EVENTS);
    assertThat(letter.partition()).isEqualTo(2);
    assertThat(letter.offset()).isEqualTo(41L);
    assertThat(letter.payload()).isEqualTo("{}");
  }

  @Test
  void unknownTypeIsADeadLetter() {
    assertThat(reason(record("e", "io.gigawatt.x.v9", "1", "{}"))).contains("unknown event type");
  }

  @Test
  void dataThatIsNotJsonIsADeadLetter() {
    assertThat(reason(record("e", SITE_ANNOUNCED, "1", "{nope"))).isNotBlank();
  }

  @Test
  void dataMissingRequiredFieldsIsADeadLetter() {
    assertThat(reason(record("e", SITE_ANNOUNCED, "1", "{\"siteId\": \"abilene\"}")))
        .contains("location");
  }

  @Test
  void anAbsurdNumberIsADeadLetter() {
    var absurd = DATA.replace("\"facilityMw\":1200.0", "\"facilityMw\":1e308");

    assertThat(reason(record("e", SITE_ANNOUNCED, "1", absurd))).isNotBlank();
  }

  @Test
  void aSequenceThatIsMissingNotANumberOrBelowOneIsADeadLetter() {
    assertThat(reason(record("e", SITE_ANNOUNCED, null, DATA))).contains("has no ce_sequence");
    assertThat(reason(record("e", SITE_ANNOUNCED, "two", DATA))).contains("ce_sequence");
    assertThat(reason(record("e", SITE_ANNOUNCED, "0", DATA))).contains("ce_sequence");
  }

  @Test
  void aMalformedTimeIsADeadLetter() {
    var record = record("e", SITE_ANNOUNCED, "1", DATA);
    record.headers().remove("ce_time");
    record.headers().add("ce_time", "yesterday".getBytes(StandardCharsets.UTF_8));

    assertThat(reason(record)).contains("ce_time");
  }

  @Test
  void nulCharactersAreReplacedSoTheDeadLetterCanBeStored() {
    var letter =
        RecordDecoder.decode(new ConsumerRecord<>(Topics.SITE_EVENTS, 0, 1L, "k\u0000", "a\u0000b"))
            .deadLetter();

    assertThat(letter.key()).doesNotContain("\u0000");
    assertThat(letter.payload()).isEqualTo("a\uFFFDb");
  }

  private static String reason(ConsumerRecord<String, String> record) {
    var decoded = RecordDecoder.decode(record);
    assertThat(decoded.event()).isNull();
    return decoded.deadLetter().reason();
  }

  static ConsumerRecord<String, String> record(
      String id, String type, String sequence, String data) {
    var record = new ConsumerRecord<>(Topics.SITE_EVENTS, 0, 7L, "abilene", data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", id);
    header(record, "ce_type", type);
    header(record, "ce_source", "/gigawatt/site-service");
    header(record, "ce_subject", "abilene");
    header(record, "ce_time", TIME);
    if (sequence != null) {
      header(record, "ce_sequence", sequence);
    }
    return record;
  }

  private static void header(ConsumerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
