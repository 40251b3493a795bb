package io.taskdeck.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Supplier;

/** Serves the OpenAPI document, built once from the route table on first use. */
final class OpenApiHandler implements Handler {
  private final Supplier<JsonNode> builder;
  private volatile JsonNode document;

  OpenApiHandler(Supplier<JsonNode> builder) {
    this.builder = builder;
  }

  @Override
  public void handle(Context ctx) {
    JsonNode doc = document;
    if (doc == null) {
      doc = builder.get();
      document = doc;
    }
    ctx.json(doc);
  }
}
