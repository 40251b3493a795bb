package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.json.RetryInput;
import io.taskdeck.core.json.TaskInput;
import io.taskdeck.core.json.Wire;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schemas of /openapi.json against the types they describe, field by field, through the same
 * Jackson mapping the server reads and writes with: a field added to a record and not to the
 * document (or the other way round) fails here.
 */
class OpenApiShapesTest {
  private static final ObjectMapper M = Wire.newMapper();
  private static final JsonNode SCHEMAS = schemas();

  private static JsonNode schemas() {
    com.fasterxml.jackson.databind.node.ObjectNode s = OpenApiSchemas.all();
    OpenApiSchemas.addTaskVariants(s);
    return s;
  }

  private static Set<String> written(Class<?> type) {
    BeanDescription d = M.getSerializationConfig().introspect(M.constructType(type));
    return d.findProperties().stream()
        .filter(BeanPropertyDefinition::couldSerialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toSet());
  }

  private static Set<String> read(Class<?> type) {
    BeanDescription d = M.getDeserializationConfig().introspect(M.constructType(type));
    return d.findProperties().stream()
        .filter(p -> p.hasConstructorParameter() || p.couldDeserialize())
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toSet());
  }

  private static Set<String> documented(String schema) {
    Set<String> names = new HashSet<>();
    JsonNode s = SCHEMAS.path(schema);
    collect(s, names);
    return names;
  }

  private static void collect(JsonNode s, Set<String> names) {
    if (s.has("$ref")) {
      collect(
          SCHEMAS.path(s.get("$ref").asText().substring("#/components/schemas/".length())), names);
      return;
    }
    s.path("properties").fieldNames().forEachRemaining(names::add);
    for (String k : new String[] {"oneOf", "allOf"}) {
      Iterator<JsonNode> it = s.path(k).elements();
      while (it.hasNext()) {
        collect(it.next(), names);
      }
    }
  }

  private static Set<String> plus(Set<String> names, String... more) {
    Set<String> out = new HashSet<>(names);
    out.addAll(Set.of(more));
    return out;
  }

  @Test
  void payloadsAreTheirRecords() {
    assertThat(documented("ShellPayload"))
        .isEqualTo(written(ShellPayload.class))
        .isEqualTo(read(ShellPayload.class));
    assertThat(documented("HttpPayload"))
        .isEqualTo(written(HttpPayload.class))
        .isEqualTo(read(HttpPayload.class));
  }

  @Test
  void schedulesAreTheirRecordsWithTheirKind() {
    assertThat(documented("ScheduleOnce")).isEqualTo(plus(written(Schedule.Once.class), "kind"));
    assertThat(documented("ScheduleInterval"))
        .isEqualTo(plus(written(Schedule.Interval.class), "kind"))
        .isEqualTo(plus(read(Schedule.Interval.class), "kind"));
    assertThat(documented("ScheduleCron")).isEqualTo(plus(written(Schedule.Cron.class), "kind"));
  }

  @Test
  void tasksCalendarsAndRetriesAreTheirTypes() {
    assertThat(documented("Retry"))
        .isEqualTo(written(RetryPolicy.class))
        .isEqualTo(read(RetryInput.class));
    assertThat(documented("Calendar"))
        .isEqualTo(written(CalendarSpec.class))
        .isEqualTo(read(CalendarSpec.class));
    assertThat(documented("ShellTask")).isEqualTo(written(TaskDto.class));
    assertThat(documented("Task")).isEqualTo(written(TaskDto.class));
    assertThat(documented("TaskInput")).isEqualTo(read(TaskInput.class));
    assertThat(documented("TaskPatch")).isEqualTo(read(TaskInput.class));
    assertThat(documented("ScheduleTaskRequest")).isEqualTo(read(ScheduleTaskInput.class));
  }

  @Test
  void answersAreTheirRecords() {
    assertThat(documented("Problem")).isEqualTo(written(Problem.class));
    assertThat(documented("Execution")).isEqualTo(written(ExecutionDto.class));
    assertThat(documented("DeadLetter")).isEqualTo(written(DeadLetterDto.class));
    assertThat(documented("Node")).isEqualTo(written(NodeDto.class));
    assertThat(documented("TaskPage")).isEqualTo(written(PageDto.class));
  }
}
