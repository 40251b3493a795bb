package io.taskdeck.core.definitions;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates a definitions file (YAML or JSON) against docs/taskdeck-file.schema.json with a
 * maintained validator.
 */
public final class FileSchema {
  private static final Schema SCHEMA = load();

  private FileSchema() {}

  private static Schema load() {
    try {
      String text = Files.readString(Path.of("docs/taskdeck-file.schema.json"));
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about {@code text} (a JSON object, or else YAML); empty when valid. */
  public static List<String> errors(String text) {
    InputFormat format = text.startsWith("{") ? InputFormat.JSON : InputFormat.YAML;
    return SCHEMA.validate(text, format).stream().map(Error::toString).toList();
  }
}
