package io.taskdeck.api;

import io.javalin.http.Context;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.NotFoundException;
import io.taskdeck.core.TaskQuery;
import java.util.List;
import java.util.Map;

/** Thin handlers of /api/v1/dead-letters and /api/v1/calendars. */
final class RetryHandlers {
  private final DeadLetterService deadLetters;
  private final CalendarService calendars;
  private final RequestReader reader;

  RetryHandlers(DeadLetterService deadLetters, CalendarService calendars, RequestReader reader) {
    this.deadLetters = deadLetters;
    this.calendars = calendars;
    this.reader = reader;
  }

  void listDeadLetters(Context ctx) {
    QueryReader q = new QueryReader(ctx);
    int limit = q.limit() == 0 ? TaskQuery.DEFAULT_LIMIT : q.limit();
    ctx.json(PageDto.of(deadLetters.deadLetters(limit, q.text("cursor")), DeadLetterDto::of));
  }

  /** Requeues now, or at the instant of the optional {@code at} query parameter. */
  void requeue(Context ctx) {
    long id = deadLetterId(ctx);
    ctx.json(Map.of("requeued", deadLetters.requeue(List.of(id), new QueryReader(ctx).instant("at"))));
  }

  void deleteDeadLetter(Context ctx) {
    long id = deadLetterId(ctx);
    deadLetters.deleteDeadLetter(id);
    ctx.json(Map.of("id", id, "deleted", true));
  }

  void listCalendars(Context ctx) {
    ctx.json(Map.of("items", calendars.calendars().stream().map(CalendarDto::of).toList()));
  }

  void createCalendar(Context ctx) {
    CalendarSpec saved = calendars.saveCalendar(CalendarReader.read(reader.json(ctx), null));
    ctx.status(201).json(CalendarDto.of(saved));
  }

  void getCalendar(Context ctx) {
    String name = ctx.pathParam("name");
    ctx.json(CalendarDto.of(calendars.findCalendar(name).orElseThrow(() -> new NotFoundException("calendar", name))));
  }

  void replaceCalendar(Context ctx) {
    String name = ctx.pathParam("name");
    calendars.findCalendar(name).orElseThrow(() -> new NotFoundException("calendar", name));
    ctx.json(CalendarDto.of(calendars.saveCalendar(CalendarReader.read(reader.json(ctx), name))));
  }

  void deleteCalendar(Context ctx) {
    String name = ctx.pathParam("name");
    calendars.deleteCalendar(name);
    ctx.json(Map.of("name", name, "deleted", true));
  }

  private static long deadLetterId(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw HttpProblem.notFound("dead letter", raw);
    }
  }
}
