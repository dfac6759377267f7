package io.gigawatt.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.gigawatt.events.EventType;
import io.gigawatt.events.RegionSnapshots;
import io.gigawatt.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AsyncAPI 3 document of the public topics, generated from the {@code events} module: one
 * message per {@link EventType} with its JSON Schema as payload, its CloudEvents headers and key,
 * plus the older versions of a type still on the topics (read upcast by {@code events}), and the
 * compacted region snapshots ({@link RegionSnapshots}).
 */
public final class AsyncApiDocument {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final Pattern VERSIONED = Pattern.compile("(.*)\\.v(\\d+)");
  private static final String SCHEMA_FORMAT = "application/schema+json;version=draft-2020-12";

  private AsyncApiDocument() {}

  /** One published message type: its CloudEvents type, schema resource and topic. */
  record Message(String name, String ceType, String topic, String ceSource, boolean legacy) {}

  public static String yaml() {
    try {
      return YAML.writeValueAsString(document());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode document() {
    ObjectNode root = JSON.createObjectNode();
    root.put("asyncapi", "3.0.0");
    ObjectNode info = root.putObject("info");
    info.put("title", "Gigawatt public topics");
    info.put("version", "1.0.0");
    info.put(
        "description",
        "Every fact Gigawatt records is one Kafka record: a CloudEvents 1.0 event in binary mode"
            + " (attributes in ce_* headers, data as JSON), keyed by its aggregate id so that one"
            + " aggregate's events stay in order in one partition. Consumers dedupe on ce_id and"
            + " ignore fields they do not know. A breaking change is a new type version; the events"
            + " module upcasts older versions, which stay on the topics as they were written.");
    root.put("defaultContentType", "application/json");
    servers(root.putObject("servers"));
    List<Message> messages = messages();
    ObjectNode channels = root.putObject("channels");
    ObjectNode operations = root.putObject("operations");
    ObjectNode components = root.putObject("components");
    ObjectNode componentMessages = components.putObject("messages");
    ObjectNode schemas = components.putObject("schemas");
    schemas.set("CloudEventHeaders", cloudEventHeaders());
    eventChannel(channels, operations, "siteEvents", Topics.SITE_EVENTS, "site id", messages);
    eventChannel(
        channels, operations, "contractEvents", Topics.CONTRACT_EVENTS, "contract id", messages);
    for (Message message : messages) {
      componentMessages.set(message.name(), message(message));
    }
    regionChannel(channels, operations, componentMessages);
    return root;
  }

  /** Every current type, then every older version whose schema the events module still ships. */
  static List<Message> messages() {
    List<Message> messages = new ArrayList<>();
    for (EventType type : EventType.values()) {
      messages.add(
          new Message(name(type.ceType()), type.ceType(), type.topic(), type.ceSource(), false));
    }
    for (EventType type : EventType.values()) {
      Matcher versioned = VERSIONED.matcher(type.ceType());
      if (!versioned.matches()) {
        continue;
      }
      for (int v = 1; v < Integer.parseInt(versioned.group(2)); v++) {
        String older = versioned.group(1) + ".v" + v;
        if (schema(older).isPresent()) {
          messages.add(new Message(name(older), older, type.topic(), type.ceSource(), true));
        }
      }
    }
    return messages;
  }

  /** {@code io.gigawatt.site.announced.v2} → {@code SiteAnnouncedV2}. */
  static String name(String ceType) {
    StringBuilder name = new StringBuilder();
    for (String part : ceType.replaceFirst("^io\\.gigawatt\\.", "").split("[.-]")) {
      name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
    }
    return name.toString();
  }

  static Optional<JsonNode> schema(String ceType) {
    try (InputStream in = EventType.class.getResourceAsStream("/schemas/" + ceType + ".json")) {
      return in == null ? Optional.empty() : Optional.of(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void servers(ObjectNode servers) {
    ObjectNode local = servers.putObject("local");
    local.put("host", "127.0.0.1:19092");
    local.put("protocol", "kafka");
    local.put("description", "./gigawatt up (GIGAWATT_KAFKA_PORT moves it)");
    ObjectNode compose = servers.putObject("compose");
    compose.put("host", "localhost:9094");
    compose.put("protocol", "kafka");
    compose.put("description", "docker compose up: the broker's external listener");
  }

  private static void eventChannel(
      ObjectNode channels,
      ObjectNode operations,
      String id,
      String topic,
      String key,
      List<Message> messages) {
    ObjectNode channel = channels.putObject(id);
    channel.put("address", topic);
    channel.put(
        "description",
        "Infinite retention: the replay source. Kafka key and ce_subject: the " + key + ".");
    ObjectNode refs = channel.putObject("messages");
    ArrayNode operationMessages = JSON.createArrayNode();
    for (Message message : messages) {
      if (message.topic().equals(topic)) {
        refs.putObject(message.name()).put("$ref", "#/components/messages/" + message.name());
        operationMessages
            .addObject()
            .put("$ref", "#/channels/" + id + "/messages/" + message.name());
      }
    }
    channel
        .putObject("bindings")
        .putObject("kafka")
        .putObject("topicConfiguration")
        .put("retention.ms", -1);
    ObjectNode operation =
        operations.putObject(
            "consume" + id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1));
    operation.put("action", "receive");
    operation.putObject("channel").put("$ref", "#/channels/" + id);
    operation.set("messages", operationMessages);
  }

  private static ObjectNode message(Message message) {
    JsonNode schema =
        schema(message.ceType())
            .orElseThrow(() -> new IllegalStateException("no JSON Schema for " + message.ceType()));
    ObjectNode node = JSON.createObjectNode();
    node.put("name", message.ceType());
    node.put("title", schema.path("title").asText(message.name()));
    node.put(
        "summary",
        schema.path("description").asText("")
            + (message.legacy() ? " An older version: read it upcast to the current one." : ""));
    node.put("contentType", "application/json");
    ObjectNode headers = node.putObject("headers");
    ArrayNode allOf = headers.putArray("allOf");
    allOf.addObject().put("$ref", "#/components/schemas/CloudEventHeaders");
    ObjectNode own = allOf.addObject();
    own.put("type", "object");
    ObjectNode properties = own.putObject("properties");
    properties.putObject("ce_type").put("const", message.ceType());
    properties.putObject("ce_source").put("const", message.ceSource());
    if (message.ceType().equals(RegionSnapshots.CE_TYPE)) {
      header(properties, "ce_viewposition", "The view's position the snapshot was taken at");
    } else {
      own.putArray("required").add("ce_sequence");
    }
    ObjectNode payload = node.putObject("payload");
    payload.put("schemaFormat", SCHEMA_FORMAT);
    payload.set("schema", schema);
    node.putObject("correlationId").put("location", "$message.header#/ce_correlationid");
    node.putObject("bindings").putObject("kafka").putObject("key").put("type", "string");
    return node;
  }

  private static void regionChannel(
      ObjectNode channels, ObjectNode operations, ObjectNode messages) {
    ObjectNode channel = channels.putObject("capacityRegions");
    channel.put("address", Topics.CAPACITY_REGIONS);
    channel.put(
        "description",
        "Compacted: the newest capacity snapshot of each region. Kafka key and ce_subject: the"
            + " region code (US, US-TX, WORLD, ...).");
    channel
        .putObject("messages")
        .putObject("RegionSnapshot")
        .put("$ref", "#/components/messages/RegionSnapshot");
    channel
        .putObject("bindings")
        .putObject("kafka")
        .putObject("topicConfiguration")
        .putArray("cleanup.policy")
        .add("compact");
    ObjectNode operation = operations.putObject("consumeCapacityRegions");
    operation.put("action", "receive");
    operation.putObject("channel").put("$ref", "#/channels/capacityRegions");
    operation
        .putArray("messages")
        .addObject()
        .put("$ref", "#/channels/capacityRegions/messages/RegionSnapshot");
    messages.set(
        "RegionSnapshot",
        message(
            new Message(
                "RegionSnapshot",
                RegionSnapshots.CE_TYPE,
                Topics.CAPACITY_REGIONS,
                RegionSnapshots.CE_SOURCE,
                false)));
  }

  private static ObjectNode cloudEventHeaders() {
    ObjectNode schema = JSON.createObjectNode();
    schema.put("type", "object");
    schema.put("description", "CloudEvents 1.0 attributes in Kafka binary mode.");
    ArrayNode required = schema.putArray("required");
    for (String name :
        List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_time")) {
      required.add(name);
    }
    ObjectNode properties = schema.putObject("properties");
    header(properties, "ce_specversion", "Always 1.0").put("const", "1.0");
    header(properties, "ce_id", "Event id (UUID): the dedupe key").put("format", "uuid");
    header(properties, "ce_source", "The producing service, e.g. /gigawatt/site-service");
    header(properties, "ce_type", "The event type and version, e.g. io.gigawatt.site.announced.v2");
    header(properties, "ce_subject", "The aggregate id (also the Kafka key)");
    header(properties, "ce_time", "When it was recorded (RFC 3339)").put("format", "date-time");
    header(properties, "ce_sequence", "Events: the aggregate's version after this event, 1-based");
    header(properties, "ce_correlationid", "The command's X-Correlation-Id (or a new id)");
    header(properties, "ce_causationid", "What caused the event");
    header(properties, "traceparent", "W3C trace context of the command");
    header(properties, "content-type", "application/json");
    return schema;
  }

  private static ObjectNode header(ObjectNode properties, String name, String description) {
    ObjectNode header = properties.putObject(name);
    header.put("type", "string");
    header.put("description", description);
    return header;
  }
}
