package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/taskdeck-file.schema.json is made from the OpenAPI components, so the file and the API
 * describe a task alike. Rewrite it after a change with {@code -Dtaskdeck.writeFileSchema=true}.
 */
class FileSchemaDocumentTest {
  static final Path DOCUMENT = Path.of("docs/taskdeck-file.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theDocumentedFileSchemaIsTheOneTheOpenApiComponentsMake() throws IOException {
    String generated =
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(OpenApiDefinitions.fileSchema())
            + "\n";
    if (Boolean.getBoolean("taskdeck.writeFileSchema")) {
      Files.writeString(DOCUMENT, generated);
    }

    assertThat(Files.readString(DOCUMENT))
        .as(
            "docs/taskdeck-file.schema.json is stale: run this test with -Dtaskdeck.writeFileSchema=true")
        .isEqualTo(generated);
  }

  @Test
  void theFileSchemaDescribesTasksAndCalendarsAsTheApiDoes() {
    var schema = OpenApiDefinitions.fileSchema();

    assertThat(schema.get("$defs").get("TaskInput")).isNotNull();
    assertThat(schema.get("properties").get("tasks").get("items").get("$ref").asText())
        .isEqualTo("#/$defs/TaskInput");
    assertThat(schema.get("properties").get("calendars").get("items").get("$ref").asText())
        .isEqualTo("#/$defs/Calendar");
    assertThat(schema.toString()).doesNotContain("#/components/").doesNotContain("\"nullable\"");
  }
}
