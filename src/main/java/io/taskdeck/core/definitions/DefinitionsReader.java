package io.taskdeck.core.definitions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.ValidationException;
import io.taskdeck.core.json.TaskInput;
import io.taskdeck.core.json.WireReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a definitions file with the wire mapping the API uses for tasks ({@link TaskInput}) and
 * calendars ({@link CalendarSpec}). It binds every entry, so one bad entry does not hide the next:
 * the problems of all of them come back together, each placed at its line and column.
 */
public final class DefinitionsReader {
  private static final Set<String> TOP_LEVEL = Set.of("version", "calendars", "tasks");

  /**
   * Reads {@code bytes} as {@code format}.
   *
   * @throws DefinitionsException when the file is not YAML/JSON at all, or not an object
   * @return the definitions; entries that did not bind are null, with their problems in the source
   */
  public Definitions read(byte[] bytes, DefinitionsFormat format) {
    ObjectMapper mapper = format.newMapper();
    JsonNode root;
    try {
      root = mapper.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new DefinitionsException(List.of(FieldLocations.syntax(e)));
    } catch (IOException e) {
      // the YAML reader's own refusals (a control character, say) come as plain I/O errors
      throw new DefinitionsException(
          List.of(new DefinitionsProblem("file", 1, 1, "not a valid file: " + rootMessage(e))));
    }
    List<DefinitionsProblem> problems = new ArrayList<>();
    FieldLocations where = FieldLocations.of(mapper, bytes, problems);
    if (root == null || !root.isObject()) {
      throw new DefinitionsException(
          List.of(
              where.problem(
                  "file", "the file must be a mapping with version, calendars and tasks")));
    }
    checkTopLevel(root, where, problems);
    WireReader reader = new WireReader(mapper);
    List<CalendarSpec> calendars = new ArrayList<>();
    for (JsonNode node : entries(root, "calendars", where, problems)) {
      String prefix = "calendars[" + calendars.size() + "].";
      calendars.add(bind(() -> reader.read(node, CalendarSpec.class, prefix), where, problems));
    }
    List<TaskSpec> tasks = new ArrayList<>();
    for (JsonNode node : entries(root, "tasks", where, problems)) {
      String prefix = "tasks[" + tasks.size() + "].";
      tasks.add(bind(() -> TaskInput.create(node, prefix, reader), where, problems));
    }
    return new Definitions(Definitions.CURRENT_VERSION, calendars, tasks, where);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? e.toString() : t.getMessage();
  }

  private static void checkTopLevel(
      JsonNode root, FieldLocations where, List<DefinitionsProblem> problems) {
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!TOP_LEVEL.contains(name)) {
        problems.add(
            where.problem(
                name,
                "unknown field '"
                    + name
                    + "' (a file has version, calendars and tasks;"
                    + " notifications are not part of it yet)"));
      }
    }
    JsonNode version = root.get("version");
    if (version == null) {
      problems.add(where.problem("version", "version is required: write 'version: 1' at the top"));
    } else if (!version.isInt() || version.intValue() != Definitions.CURRENT_VERSION) {
      problems.add(
          where.problem(
              "version", "version must be " + Definitions.CURRENT_VERSION + ", got " + version));
    }
  }

  private static List<JsonNode> entries(
      JsonNode root, String field, FieldLocations where, List<DefinitionsProblem> problems) {
    JsonNode list = root.get(field);
    if (list == null || list.isNull()) {
      return List.of();
    }
    if (!list.isArray()) {
      problems.add(where.problem(field, field + " must be a list"));
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    list.forEach(out::add);
    return out;
  }

  private static <T> T bind(
      java.util.function.Supplier<T> binding,
      FieldLocations where,
      List<DefinitionsProblem> problems) {
    try {
      return binding.get();
    } catch (ValidationException e) {
      problems.add(where.problem(e.field(), e.getMessage()));
      return null;
    }
  }
}
