package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskdeck.core.ValidationException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads typed values out of a JSON object, naming the field (with its path prefix) in every
 * rejection. Absent and JSON null both read as null.
 */
final class JsonFields {
  private final JsonNode node;
  private final String prefix;

  private JsonFields(JsonNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  /** Wraps {@code node}, which must be a JSON object whose keys all lie in {@code allowed}. */
  static JsonFields of(JsonNode node, String prefix, Set<String> allowed) {
    String where = prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1);
    if (node == null || !node.isObject()) {
      throw new ValidationException(where, where + " must be a JSON object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ValidationException(prefix + name, "unknown field '" + prefix + name + "'");
      }
    }
    return new JsonFields(node, prefix);
  }

  String path(String name) {
    return prefix + name;
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** The raw child node, or null when absent or JSON null. */
  JsonNode child(String name) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? null : v;
  }

  String string(String name) {
    JsonNode v = child(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw wrongType(name, "a string");
    }
    return v.textValue();
  }

  String requiredString(String name) {
    String s = string(name);
    if (s == null) {
      throw new ValidationException(path(name), path(name) + " is required");
    }
    return s;
  }

  /** An integer, given as a JSON number or as a numeric string ("10"). */
  Integer integer(String name) {
    JsonNode v = child(name);
    if (v == null) {
      return null;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isTextual()) {
      try {
        return Integer.parseInt(v.textValue().trim());
      } catch (NumberFormatException e) {
        throw wrongType(name, "an integer");
      }
    }
    throw wrongType(name, "an integer");
  }

  Double number(String name) {
    JsonNode v = child(name);
    if (v == null) {
      return null;
    }
    if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
      throw wrongType(name, "a number");
    }
    return v.doubleValue();
  }

  Instant instant(String name) {
    String s = string(name);
    return s == null ? null : parseInstant(path(name), s);
  }

  /** An ISO-8601 timestamp with an offset; the rejection names {@code field}. */
  static Instant parseInstant(String field, String text) {
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          field,
          field + " must be an ISO-8601 timestamp with an offset, such as 2025-03-03T12:00:00Z; got '" + text + "'");
    }
  }

  Duration duration(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return Duration.parse(s.trim());
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          path(name), path(name) + " must be an ISO-8601 duration such as PT5M; got '" + s + "'");
    }
  }

  ZoneId zone(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    try {
      return ZoneId.of(s.trim());
    } catch (DateTimeException e) {
      throw new ValidationException(
          path(name), "unknown time zone '" + s + "' (expected an IANA name such as Europe/Berlin)");
    }
  }

  /** A JSON object of string values, such as headers or env. */
  Map<String, String> stringMap(String name) {
    JsonNode v = child(name);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw wrongType(name, "an object of strings");
    }
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = v.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> e = entries.next();
      if (!e.getValue().isTextual()) {
        String field = path(name) + "." + e.getKey();
        throw new ValidationException(field, field + " must be a string");
      }
      out.put(e.getKey(), e.getValue().textValue());
    }
    return out;
  }

  /** A nested object's fields, or null when absent. */
  JsonFields object(String name, Set<String> allowed) {
    JsonNode v = child(name);
    return v == null ? null : of(v, path(name) + ".", allowed);
  }

  private ValidationException wrongType(String name, String expected) {
    return new ValidationException(
        path(name), path(name) + " must be " + expected + ", got " + describe(node.get(name)));
  }

  private static String describe(JsonNode v) {
    String text = v.toString();
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + shown;
  }
}
