package io.taskdeck.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The JSON shapes of the core records, as the API speaks them and as the store keeps payloads:
 * mix-ins on {@link ShellPayload}, {@link HttpPayload}, {@link Schedule} (by {@code kind}) and
 * {@link CalendarSpec}, and the scalar forms of {@link WireValues}. One mapping for every reader
 * and writer, so the shapes cannot drift apart.
 */
public final class WireModule extends SimpleModule {
  public WireModule() {
    super("taskdeck-wire");
    setMixInAnnotation(ShellPayload.class, ShellPayloadShape.class);
    setMixInAnnotation(HttpPayload.class, HttpPayloadShape.class);
    setMixInAnnotation(Schedule.class, ScheduleShape.class);
    setMixInAnnotation(Schedule.Once.class, NonNull.class);
    setMixInAnnotation(Schedule.Interval.class, NonNull.class);
    setMixInAnnotation(Schedule.Cron.class, NonNull.class);
    setMixInAnnotation(CalendarSpec.class, CalendarShape.class);
    setMixInAnnotation(TaskSpec.class, TaskSpecShape.class);
    scalar(Instant.class, WireValues::instant);
    scalar(Duration.class, WireValues::duration);
    scalar(ZoneId.class, WireValues::zone);
    scalar(LocalDate.class, WireValues::date);
    scalar(LocalTime.class, WireValues::time);
    addDeserializer(StatusRange.class, new StatusRangeReader());
    addSerializer(StatusRange.class, WireValues.writingToString());
    addSerializer(ZoneId.class, WireValues.writingToString());
    scalar(TaskType.class, WireValues.byWireName(TaskType.class, TaskType::wireName, "task type"));
    scalar(
        MisfirePolicy.class,
        WireValues.byWireName(MisfirePolicy.class, MisfirePolicy::wireName, "misfire policy"));
    scalar(
        CalendarKind.class,
        WireValues.byWireName(CalendarKind.class, CalendarKind::wireName, "calendar kind"));
    scalar(DayOfWeek.class, WireValues.byWireName(DayOfWeek.class, DayOfWeek::name, "weekday"));
    addSerializer(TaskType.class, WireValues.writingWireName(TaskType::wireName));
    addSerializer(MisfirePolicy.class, WireValues.writingWireName(MisfirePolicy::wireName));
    addSerializer(CalendarKind.class, WireValues.writingWireName(CalendarKind::wireName));
  }

  private <T> void scalar(Class<T> type, java.util.function.Function<String, T> parse) {
    addDeserializer(type, new WireValues.FromString<>(type, parse));
  }

  private static StatusRange statusRange(String text) {
    try {
      return StatusRange.parse(text);
    } catch (ValidationException e) {
      throw WireFormatException.standalone(e.getMessage());
    }
  }

  /** A status range as a string ("200-299", "204") or a number (204). */
  private static final class StatusRangeReader extends JsonDeserializer<StatusRange> {
    @Override
    public StatusRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT
          || p.currentToken() == JsonToken.VALUE_STRING) {
        return statusRange(p.getText());
      }
      return (StatusRange) ctxt.handleUnexpectedToken(StatusRange.class, p);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  abstract static class NonNull {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  abstract static class ShellPayloadShape {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonSerialize(using = SortedStrings.class)
    abstract Set<String> secretEnv();
  }

  /**
   * A task's definition as written (a definitions file): the fields of the API's task input, in its
   * order, with the type that the payload implies.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "name",
    "group",
    "description",
    "type",
    "payload",
    "schedule",
    "priority",
    "retry",
    "misfire",
    "calendar",
    "timeout"
  })
  abstract static class TaskSpecShape {
    @JsonProperty("type")
    abstract TaskType type();
  }

  /** A set of strings in sorted order, so that the same set is always written the same way. */
  private static final class SortedStrings extends JsonSerializer<Set<String>> {
    @Override
    public boolean isEmpty(SerializerProvider provider, Set<String> values) {
      return values == null || values.isEmpty();
    }

    @Override
    public void serialize(Set<String> values, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartArray();
      for (String v : values.stream().sorted().toList()) {
        gen.writeString(v);
      }
      gen.writeEndArray();
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  abstract static class HttpPayloadShape {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Schedule.Once.class, name = "once"),
    @JsonSubTypes.Type(value = Schedule.Interval.class, name = "interval"),
    @JsonSubTypes.Type(value = Schedule.Cron.class, name = "cron")
  })
  abstract static class ScheduleShape {}

  /** Only the fields of the calendar's kind appear; weekdays in week order. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  abstract static class CalendarShape {
    @JsonSerialize(using = WeekOrder.class)
    abstract Set<DayOfWeek> excludedDays();
  }

  private static final class WeekOrder extends JsonSerializer<Set<DayOfWeek>> {
    @Override
    public boolean isEmpty(SerializerProvider provider, Set<DayOfWeek> days) {
      return days == null || days.isEmpty();
    }

    @Override
    public void serialize(Set<DayOfWeek> days, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeStartArray();
      for (DayOfWeek d : days.stream().sorted().toList()) {
        gen.writeString(d.name());
      }
      gen.writeEndArray();
    }
  }
}
