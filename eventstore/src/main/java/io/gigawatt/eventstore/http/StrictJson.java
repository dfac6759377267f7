package io.gigawatt.eventstore.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.gigawatt.support.text.StorableText;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Command bodies are read as written, never coerced: a number where a string belongs, a string
 * (even an empty one) where a number or a date belongs, a fraction for a whole number, a number for
 * a date or an enum are 400s naming the field (ProblemMappers), not values Jackson made up. A
 * member given twice is refused rather than read as either value, and so is text holding U+0000,
 * which PostgreSQL cannot store.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper json) {
    json.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    json.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
      json.coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    json.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
    json.registerModule(
        new SimpleModule("strict-text-and-dates")
            .addDeserializer(String.class, new Text())
            .setDeserializerModifier(new DatesAsText()));
  }

  /** Dates only as the string {@code YYYY-MM-DD}, then read as the date module reads them. */
  static final class DatesAsText extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription description, JsonDeserializer<?> found) {
      return description.getBeanClass() == LocalDate.class ? new DateAsText(found) : found;
    }
  }

  static final class DateAsText extends DelegatingDeserializer {
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    DateAsText(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new DateAsText(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(LocalDate.class, parser);
      }
      if (!FORM.matcher(parser.getText()).matches()) {
        throw JsonMappingException.from(parser, "must be a date as YYYY-MM-DD");
      }
      return super.deserialize(parser, context);
    }
  }

  /** Strings as Jackson reads them, refused when they hold U+0000. */
  static final class Text extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String text = super.deserialize(parser, context);
      if (!StorableText.storable(text)) {
        throw JsonMappingException.from(parser, "must not contain the character U+0000");
      }
      return text;
    }
  }
}
