package org.gedkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * The one configured Jackson {@link ObjectMapper} every adapter uses.
 *
 * <p>Unknown fields are not fatal (models keep them in {@code extra()}); numbers that arrive as strings
 * become numbers; empty strings become null; {@link OffsetDateTime}, {@link ZonedDateTime},
 * {@link LocalDateTime} and {@link Instant} are read through {@link GedkitDates}, so every back-end
 * date shape is accepted; dates are written as ISO-8601. Jackson exceptions are turned into
 * {@code ProtocolException} by the transport, never shown to the user raw.
 */
public final class GedkitJson {

  private static final ObjectMapper SHARED = newMapper();

  private GedkitJson() {}

  /**
   * The shared, thread-safe mapper. Do not reconfigure it; use {@link #newMapper()} for a private copy.
   *
   * @return the mapper; never null
   */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /**
   * A new mapper configured like {@link #mapper()}.
   *
   * @return a new mapper; never null
   */
  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(dateModule())
            .addModule(new ModelsModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();
    mapper.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(200).maxStringLength(64 * 1024 * 1024).build());
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
    mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    return mapper;
  }

  /** Lets the model records keep the maps and lists Jackson built for them instead of copying them. */
  private static final class ModelsModule extends com.fasterxml.jackson.databind.Module {
    @Override
    public String getModuleName() {
      return "gedkit-models";
    }

    @Override
    public com.fasterxml.jackson.core.Version version() {
      return com.fasterxml.jackson.core.Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
      context.addValueInstantiators(new AdoptingInstantiators());
    }
  }

  private static SimpleModule dateModule() {
    SimpleModule module = new SimpleModule("gedkit-dates");
    module.addDeserializer(OffsetDateTime.class, new DateDeserializer<>(OffsetDateTime.class) {
      @Override
      OffsetDateTime convert(OffsetDateTime odt) {
        return odt;
      }
    });
    module.addDeserializer(ZonedDateTime.class, new DateDeserializer<>(ZonedDateTime.class) {
      @Override
      ZonedDateTime convert(OffsetDateTime odt) {
        return odt.toZonedDateTime();
      }
    });
    module.addDeserializer(LocalDateTime.class, new DateDeserializer<>(LocalDateTime.class) {
      @Override
      LocalDateTime convert(OffsetDateTime odt) {
        return odt.toLocalDateTime();
      }
    });
    module.addDeserializer(Instant.class, new DateDeserializer<>(Instant.class) {
      @Override
      Instant convert(OffsetDateTime odt) {
        return odt.toInstant();
      }
    });
    return module;
  }

  private abstract static class DateDeserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;

    DateDeserializer(Class<T> type) {
      this.type = type;
    }

    abstract T convert(OffsetDateTime odt);

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL || t == JsonToken.VALUE_FALSE) {
        return null;
      }
      if (t == JsonToken.VALUE_NUMBER_INT) {
        long n = p.getLongValue();
        Instant instant = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return convert(instant.atOffset(java.time.ZoneOffset.UTC));
      }
      if (t == JsonToken.VALUE_STRING) {
        try {
          return GedkitDates.parse(p.getText()).map(this::convert).orElse(null);
        } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
          return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), e.getMessage()));
        }
      }
      return type.cast(ctxt.handleUnexpectedToken(type, p));
    }
  }
}
