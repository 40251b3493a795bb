package io.taskdeck.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.ValidationException;
import java.util.Map;

/**
 * Thin handlers of /api/v1/calendars. A calendar binds to {@link CalendarSpec} through the wire
 * mapping and is answered the same way, with an ETag of its content. POST creates (409 when the
 * name is taken); PUT replaces, honouring {@code If-Match}.
 */
final class CalendarHandlers {
  private final CalendarService calendars;
  private final RequestReader reader;

  CalendarHandlers(CalendarService calendars, RequestReader reader) {
    this.calendars = calendars;
    this.reader = reader;
  }

  void list(Context ctx) {
    ctx.json(Map.of("items", calendars.calendars()));
  }

  void create(Context ctx) {
    CalendarSpec spec = read(reader.json(ctx), null);
    if (spec.name() != null && calendars.findCalendar(spec.name()).isPresent()) {
      throw new IllegalStateChangeException(
          "a calendar named '"
              + spec.name()
              + "' exists; replace it with PUT /api/v1/calendars/{name}");
    }
    answer(ctx.status(201), calendars.as(BearerAuth.actor(ctx)).saveCalendar(spec));
  }

  void get(Context ctx) {
    answer(ctx, existing(ctx.pathParam("name")));
  }

  void replace(Context ctx) {
    String name = ctx.pathParam("name");
    ETags.requireMatch(ctx, etag(existing(name)));
    answer(ctx, calendars.as(BearerAuth.actor(ctx)).saveCalendar(read(reader.json(ctx), name)));
  }

  void delete(Context ctx) {
    String name = ctx.pathParam("name");
    calendars.as(BearerAuth.actor(ctx)).deleteCalendar(name);
    ctx.json(Map.of("name", name, "deleted", true));
  }

  private CalendarSpec existing(String name) {
    return calendars.findCalendar(name).orElseThrow(() -> new NotFoundException("calendar", name));
  }

  /** Binds {@code node}; {@code pathName}, when not null, is the name from the URL and wins. */
  private CalendarSpec read(JsonNode node, String pathName) {
    CalendarSpec c = reader.wire().read(node, CalendarSpec.class, "");
    if (pathName == null) {
      return c;
    }
    if (c.name() != null && !c.name().equals(pathName)) {
      throw new ValidationException(
          "name",
          "name '" + c.name() + "' differs from the calendar in the URL '" + pathName + "'");
    }
    return new CalendarSpec(
        pathName,
        c.description(),
        c.kind(),
        c.dates(),
        c.excludedDays(),
        c.from(),
        c.to(),
        c.expression(),
        c.zone());
  }

  private void answer(Context ctx, CalendarSpec c) {
    byte[] body = json(c);
    ctx.header("ETag", ETags.ofContent(body)).contentType("application/json").result(body);
  }

  private String etag(CalendarSpec c) {
    return ETags.ofContent(json(c));
  }

  private byte[] json(CalendarSpec c) {
    ObjectMapper mapper = reader.wire().mapper();
    try {
      return mapper.writeValueAsBytes(c);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a calendar must serialise", e);
    }
  }
}
