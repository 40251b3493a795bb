package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class OpenApiDocumentTest {
  private ApiServer server;
  private JsonNode doc;

  @BeforeEach
  void fetch() {
    server =
        TestServers.inMemory(
            ApiConfig.of("127.0.0.1", 0, Optional.empty()), new InMemoryTaskService());
    ApiClient.Answer a = new ApiClient(server.start()).get("/openapi.json");
    assertThat(a.status()).isEqualTo(200);
    doc = a.json();
    try {
      java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), a.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void theDocumentParsesAsOpenApi3() {
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    assertThat(doc.path("info").path("title").asText()).isNotBlank();
    assertThat(doc.path("paths").size()).isGreaterThan(10);
  }

  @Test
  void everyRegisteredRouteIsDescribedWithItsSchemas() {
    List<String> registered = server.registeredRoutes();
    assertThat(registered).hasSizeGreaterThanOrEqualTo(17);
    for (String route : registered) {
      String[] parts = route.split(" ", 2);
      JsonNode op = doc.path("paths").path(parts[1]).path(parts[0].toLowerCase(Locale.ROOT));
      assertThat(op.isObject()).as(route + " is in the document").isTrue();
      assertThat(op.path("responses").size()).as(route + " has responses").isGreaterThan(0);
      if (parts[0].equals("PATCH") || route.endsWith("/tasks") && parts[0].equals("POST")) {
        assertThat(
                op.path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .isObject())
            .as(route + " has a request schema")
            .isTrue();
      }
    }
  }

  @Test
  void everySchemaReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  private static void collectRefs(JsonNode node, List<String> out) {
    if (node.has("$ref")) {
      out.add(node.get("$ref").asText());
    }
    Iterator<JsonNode> children = node.elements();
    while (children.hasNext()) {
      collectRefs(children.next(), out);
    }
  }
}
