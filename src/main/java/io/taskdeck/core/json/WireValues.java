package io.taskdeck.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scalar forms of the wire: ISO-8601 instants (with an offset), durations, dates and times,
 * IANA zones and enums by their wire names, each read from a JSON string only, with a message that
 * says what was expected and what came.
 */
final class WireValues {
  private WireValues() {}

  /** Reads a JSON string with {@code parse}; anything else is a wrong type. */
  static final class FromString<T> extends StdScalarDeserializer<T> {
    private final transient Function<String, T> parse;

    FromString(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (T) ctxt.handleUnexpectedToken(handledType(), p);
      }
      return parse.apply(p.getText());
    }
  }

  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeException e) {
      throw WireFormatException.afterField(
          "must be an ISO-8601 timestamp with an offset, such as 2025-03-03T12:00:00Z; got '"
              + text
              + "'");
    }
  }

  static Duration duration(String text) {
    try {
      return Duration.parse(text.trim());
    } catch (DateTimeException | ArithmeticException e) {
      throw WireFormatException.afterField(
          "must be an ISO-8601 duration such as PT5M; got '" + text + "'");
    }
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text.trim());
    } catch (DateTimeException e) {
      throw WireFormatException.standalone(
          "unknown time zone '" + text + "' (expected an IANA name such as Europe/Berlin)");
    }
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeException e) {
      throw WireFormatException.afterField(
          "must hold ISO dates such as 2026-12-25, got '" + text + "'");
    }
  }

  static LocalTime time(String text) {
    try {
      return LocalTime.parse(text.trim());
    } catch (DateTimeException e) {
      throw WireFormatException.afterField("must be a time such as 22:00, got '" + text + "'");
    }
  }

  /** An enum by its wire name, without regard to case; the message lists the names. */
  static <E extends Enum<E>> Function<String, E> byWireName(
      Class<E> type, Function<E, String> wireName, String what) {
    return text -> {
      for (E e : type.getEnumConstants()) {
        if (wireName.apply(e).equalsIgnoreCase(text.trim())) {
          return e;
        }
      }
      String names =
          Arrays.stream(type.getEnumConstants()).map(wireName).collect(Collectors.joining(", "));
      throw WireFormatException.standalone(
          "unknown " + what + " '" + text + "' (expected one of " + names + ")");
    };
  }

  /** Writes an enum as its wire name. */
  static <E extends Enum<E>> JsonSerializer<E> writingWireName(Function<E, String> wireName) {
    return new JsonSerializer<>() {
      @Override
      public void serialize(E value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeString(wireName.apply(value));
      }
    };
  }

  /** Writes a value as its {@code toString()}: zones, status ranges. */
  static <T> JsonSerializer<T> writingToString() {
    return new JsonSerializer<>() {
      @Override
      public void serialize(T value, JsonGenerator gen, SerializerProvider serializers)
          throws IOException {
        gen.writeString(value.toString());
      }
    };
  }
}
