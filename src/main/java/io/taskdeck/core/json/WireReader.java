package io.taskdeck.core.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.taskdeck.core.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds a JSON tree to a type through the {@link Wire} mapping, and turns every binding error into
 * a {@link ValidationException} that names the field by its path ({@code tasks[3].payload.url})
 * with a message a person can act on.
 */
public final class WireReader {
  private final ObjectMapper mapper;

  public WireReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Binds {@code node} to {@code type}.
   *
   * @param prefix the path of {@code node} in the request with a trailing dot ({@code tasks[3].}),
   *     or empty for the whole body
   */
  public <T> T read(JsonNode node, Class<T> type, String prefix) {
    try {
      T value = node == null ? null : mapper.treeToValue(node, type);
      if (value == null) {
        throw new ValidationException(
            where(prefix, ""), where(prefix, "") + " must be a JSON object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw translate(e, node, prefix);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(where(prefix, ""), where(prefix, "") + " is invalid");
    }
  }

  private static ValidationException translate(
      JsonProcessingException e, JsonNode root, String prefix) {
    List<JsonMappingException.Reference> refs =
        e instanceof JsonMappingException m ? m.getPath() : List.of();
    String path = path(refs);
    String field = where(prefix, path);
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof WireFormatException w) {
        return new ValidationException(field, w.messageFor(field));
      }
      if (t instanceof ValidationException v) {
        return new ValidationException(path.isEmpty() ? v.field() : field, v.getMessage());
      }
    }
    if (e instanceof UnrecognizedPropertyException) {
      return new ValidationException(field, "unknown field '" + field + "'");
    }
    if (e instanceof InvalidTypeIdException t) {
      String kind = field.endsWith("kind") ? field : field + ".kind";
      return t.getTypeId() == null
          ? new ValidationException(kind, kind + " is required")
          : new ValidationException(
              kind,
              "unknown schedule kind '" + t.getTypeId() + "' (expected once, interval or cron)");
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return new ValidationException(
          field,
          field
              + " must be "
              + expected(m.getTargetType(), path.isEmpty())
              + ", got "
              + describe(root.at(pointer(refs))));
    }
    if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException) {
      return new ValidationException(
          field, field + " is out of range, got " + describe(root.at(pointer(refs))));
    }
    return new ValidationException(field, field + " is invalid");
  }

  /**
   * The path of the references; an index of a scalar array's element is left off ({@code dates}).
   */
  private static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < refs.size(); i++) {
      JsonMappingException.Reference r = refs.get(i);
      if (r.getFieldName() != null) {
        b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0 && i < refs.size() - 1) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static JsonPointer pointer(List<JsonMappingException.Reference> refs) {
    JsonPointer p = JsonPointer.empty();
    for (JsonMappingException.Reference r : refs) {
      p =
          r.getFieldName() != null
              ? p.appendProperty(r.getFieldName())
              : p.appendIndex(Math.max(0, r.getIndex()));
    }
    return p;
  }

  private static String where(String prefix, String path) {
    if (path.isEmpty()) {
      return prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1);
    }
    return prefix + path;
  }

  private static String expected(Class<?> c, boolean whole) {
    if (c == String.class
        || c.isEnum()
        || java.time.temporal.Temporal.class.isAssignableFrom(c)
        || c == java.time.Duration.class
        || c == java.time.ZoneId.class) {
      return "a string";
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return "an integer";
    }
    if (c == Double.class || c == double.class || c == Float.class) {
      return "a number";
    }
    if (c == Boolean.class || c == boolean.class) {
      return "a boolean";
    }
    if (Map.class.isAssignableFrom(c)) {
      return "an object of strings";
    }
    if (Collection.class.isAssignableFrom(c) || c.isArray()) {
      return "an array";
    }
    return whole ? "a JSON object" : "an object";
  }

  private static String describe(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    String text = v.toString();
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return v.getNodeType().name().toLowerCase(Locale.ROOT) + " " + shown;
  }
}
