package io.taskdeck.core.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.taskdeck.core.ValidationException;
import java.time.Instant;

/**
 * Taskdeck's JSON conventions, for the API and the stored payloads alike: snake_case keys, ISO-8601
 * instants and durations, strict parsing (no coercion of strings to numbers or of fractions to
 * integers, no unknown fields, no duplicate keys, nothing after the value).
 */
public final class Wire {
  private Wire() {}

  /**
   * An ISO-8601 instant with an offset, such as a query parameter; the refusal names {@code field}.
   */
  public static Instant instant(String field, String text) {
    try {
      return WireValues.instant(text);
    } catch (WireFormatException e) {
      throw new ValidationException(field, e.messageFor(field));
    }
  }

  public static ObjectMapper newMapper() {
    JsonMapper mapper =
        conventions(JsonMapper.builder())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    refuseCoercions(mapper);
    return mapper;
  }

  /**
   * The same conventions for YAML (a definitions file): block style, no document marker, quotes
   * only where YAML needs them.
   */
  public static YAMLMapper newYamlMapper() {
    YAMLFactory factory =
        YAMLFactory.builder().stringQuotingChecker(new PrintableQuoting()).build();
    YAMLMapper mapper =
        conventions(YAMLMapper.builder(factory))
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build();
    refuseCoercions(mapper);
    return mapper;
  }

  /**
   * Quotes (and so escapes) every string YAML cannot hold as it is: besides Jackson's rules, one
   * with a character outside YAML's printable set or one YAML 1.1 reads as a line break (NEL,
   * U+2028, U+2029): written plain, "x\u0085y" read back as "x y".
   */
  private static final class PrintableQuoting extends StringQuotingChecker.Default {
    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || !printable(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || !printable(value);
    }

    private static boolean printable(String s) {
      return s.codePoints()
          .allMatch(
              c ->
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0x7E)
                      || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF));
    }
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B conventions(B builder) {
    return builder
        .addModule(new JavaTimeModule())
        .addModule(new WireModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  private static void refuseCoercions(ObjectMapper mapper) {
    refuse(
        mapper,
        LogicalType.Textual,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuse(
        mapper,
        LogicalType.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.String,
        CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.String);
  }

  /**
   * A value of one JSON type is never read as another: "5" is not 5, 1.5 is not 1, 12 is not "12".
   */
  private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }
}
