package io.taskdeck.core.definitions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.Wire;
import java.util.Locale;

/** The two spellings of a definitions file; the same fields and shapes in both. */
public enum DefinitionsFormat {
  YAML("application/yaml"),
  JSON("application/json");

  private final String mediaType;

  DefinitionsFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * A new mapper with the wire conventions for this format; map keys in order, so a file is written
   * the same way twice.
   */
  public ObjectMapper newMapper() {
    ObjectMapper mapper = this == YAML ? Wire.newYamlMapper() : Wire.newMapper();
    return mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }

  /** {@code yaml} or {@code json}, in any case; anything else is refused naming {@code field}. */
  public static DefinitionsFormat named(String field, String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "yaml", "yml" -> YAML;
      case "json" -> JSON;
      default ->
          throw new ValidationException(field, field + " must be yaml or json, got '" + name + "'");
    };
  }

  /** The format a file name suggests: JSON for {@code .json}, YAML otherwise. */
  public static DefinitionsFormat ofFileName(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}
