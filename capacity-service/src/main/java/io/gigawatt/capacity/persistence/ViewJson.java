package io.gigawatt.capacity.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.gigawatt.capacity.domain.Contribution;
import java.math.BigDecimal;
import java.util.Map;

/** The JSON of stored states, contributions and totals: exact decimals, ISO dates. */
final class ViewJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final TypeReference<Map<String, Map<String, BigDecimal>>> BY_REGION =
      new TypeReference<>() {};
  private static final TypeReference<Map<String, BigDecimal>> AMOUNTS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

  private ViewJson() {}

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value instanceof Contribution c ? c.byRegion() : value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    return read(json, MAPPER.constructType(type));
  }

  static Contribution contribution(String json) {
    return Contribution.of(read(json, MAPPER.getTypeFactory().constructType(BY_REGION)));
  }

  static Map<String, BigDecimal> amounts(String json) {
    return read(json, MAPPER.getTypeFactory().constructType(AMOUNTS));
  }

  static Map<String, String> headers(String json) {
    return read(json, MAPPER.getTypeFactory().constructType(TEXTS));
  }

  private static <T> T read(String json, JavaType type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read a stored " + type, e);
    }
  }
}
