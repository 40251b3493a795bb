package io.taskdeck.core.definitions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.TaskSpec;

/**
 * Writes definitions with the wire mapping: tasks in the shape of the API's task (without its
 * state), calendars in the shape of the API's calendar. Every field of a task is written, defaults
 * included, so a file says exactly what it means.
 */
public final class DefinitionsWriter {

  public String write(Definitions definitions, DefinitionsFormat format) {
    ObjectMapper mapper = format.newMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("version", definitions.version());
    root.set("calendars", mapper.valueToTree(definitions.calendars()));
    root.set("tasks", mapper.valueToTree(definitions.tasks()));
    try {
      return format == DefinitionsFormat.JSON
          ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n"
          : mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a definition could not be written: " + e.getOriginalMessage(), e);
    }
  }

  /** The wire tree of one task, as the file writes it (for comparing two specs field by field). */
  static ObjectNode tree(ObjectMapper mapper, TaskSpec spec) {
    return mapper.valueToTree(spec);
  }

  /** The wire tree of one calendar, as the file writes it. */
  static ObjectNode tree(ObjectMapper mapper, CalendarSpec spec) {
    return mapper.valueToTree(spec);
  }
}
