package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.definitions.ApplyPlan;
import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsReader;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.core.definitions.DefinitionsWriter;
import java.util.List;
import java.util.Locale;

/**
 * Thin handlers of /api/v1/export and /api/v1/apply: the file format of {@code taskdeck export}, in
 * YAML or JSON by {@code Accept} (export) and {@code Content-Type} (apply).
 */
final class DefinitionsHandlers {
  private static final List<String> YAML_TYPES =
      List.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml");

  private final DefinitionsService definitions;
  private final RequestReader reader;

  DefinitionsHandlers(DefinitionsService definitions, RequestReader reader) {
    this.definitions = definitions;
    this.reader = reader;
  }

  void export(Context ctx) {
    String accept =
        ctx.header("Accept") == null ? "" : ctx.header("Accept").toLowerCase(Locale.ROOT);
    DefinitionsFormat format =
        YAML_TYPES.stream().anyMatch(accept::contains)
            ? DefinitionsFormat.YAML
            : DefinitionsFormat.JSON;
    String text =
        new DefinitionsWriter()
            .write(definitions.export(new QueryReader(ctx).text("group")), format);
    ctx.contentType(format.mediaType() + "; charset=utf-8").result(text);
  }

  void apply(Context ctx) {
    DefinitionsFormat format = bodyFormat(ctx.contentType());
    byte[] body = reader.body(ctx);
    if (body.length == 0) {
      throw new ValidationException("body", "the request body is empty; send a definitions file");
    }
    Definitions file = new DefinitionsReader().read(body, format);
    QueryReader query = new QueryReader(ctx);
    ApplyPlan plan =
        definitions
            .as(BearerAuth.actor(ctx))
            .apply(file, query.flag("prune"), query.flag("dry_run"));
    ctx.json(PlanDto.of(plan));
  }

  private static DefinitionsFormat bodyFormat(String contentType) {
    String base =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (base.equals("application/json")) {
      return DefinitionsFormat.JSON;
    }
    if (YAML_TYPES.contains(base)) {
      return DefinitionsFormat.YAML;
    }
    throw new HttpProblem(
        415,
        "send the file as application/yaml or application/json (got "
            + (contentType == null ? "no content type" : "'" + contentType + "'")
            + ")",
        "Content-Type");
  }

  /** An apply's plan as answered. */
  record PlanDto(boolean applied, List<ChangeDto> changes, int unchanged, String summary) {
    static PlanDto of(ApplyPlan plan) {
      return new PlanDto(
          plan.applied(),
          plan.changes().stream().map(ChangeDto::of).toList(),
          plan.unchanged(),
          plan.summary());
    }
  }

  record ChangeDto(
      String action, String kind, String group, String name, List<String> fields, String text) {
    static ChangeDto of(ApplyPlan.Change c) {
      return new ChangeDto(
          c.action().name().toLowerCase(Locale.ROOT),
          c.kind(),
          c.group(),
          c.name(),
          c.fields(),
          c.describe());
    }
  }
}
