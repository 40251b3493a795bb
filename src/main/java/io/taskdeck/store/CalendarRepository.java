package io.taskdeck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code task_calendar} table: calendars as the user defined them. */
public final class CalendarRepository {
  private final Jdbc jdbc;
  private final ObjectMapper json = new ObjectMapper();

  public CalendarRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts or replaces the calendar's row inside the caller's transaction. */
  public void save(Connection conn, CalendarSpec c, Instant now) throws SQLException {
    String definition = definition(c);
    int updated =
        Jdbc.update(
            conn,
            "UPDATE task_calendar SET description = ?, kind = ?, definition = ?, updated_at = ? WHERE calendar_name = ?",
            c.description(),
            c.kind().name(),
            definition,
            now,
            c.name());
    if (updated == 0) {
      Jdbc.update(
          conn,
          "INSERT INTO task_calendar (calendar_name, description, kind, definition, created_at, updated_at)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          c.name(),
          c.description(),
          c.kind().name(),
          definition,
          now,
          now);
    }
  }

  /** The calendar named {@code name}, its row locked until the caller's transaction ends. */
  public Optional<CalendarSpec> lock(Connection conn, String name) throws SQLException {
    return Jdbc.query(
            conn,
            "SELECT calendar_name, description, kind, definition FROM task_calendar WHERE calendar_name = ? FOR UPDATE",
            this::map,
            name)
        .stream()
        .findFirst();
  }

  /** Deletes the calendar's row inside the caller's transaction; false when there was none. */
  public boolean delete(Connection conn, String name) throws SQLException {
    return Jdbc.update(conn, "DELETE FROM task_calendar WHERE calendar_name = ?", name) == 1;
  }

  public List<CalendarSpec> all() {
    return jdbc.query(
        "SELECT calendar_name, description, kind, definition FROM task_calendar ORDER BY calendar_name",
        this::map);
  }

  public Optional<CalendarSpec> find(String name) {
    return jdbc.queryOne(
        "SELECT calendar_name, description, kind, definition FROM task_calendar WHERE calendar_name = ?",
        this::map,
        name);
  }

  public boolean delete(String name) {
    return jdbc.update("DELETE FROM task_calendar WHERE calendar_name = ?", name) == 1;
  }

  /** Live tasks (not cancelled, completed or failed) that use the calendar. */
  public List<UUID> usages(String name) {
    return jdbc.query(
        "SELECT task_id FROM task WHERE calendar_name = ? AND status NOT IN ('CANCELLED', 'COMPLETED', 'FAILED')"
            + " ORDER BY created_at",
        rs -> rs.getObject(1, UUID.class),
        name);
  }

  private String definition(CalendarSpec c) {
    ObjectNode n = json.createObjectNode();
    n.put("zone", c.zone().getId());
    c.dates().forEach(d -> n.withArray("dates").add(d.toString()));
    c.excludedDays().forEach(d -> n.withArray("excluded_days").add(d.name()));
    n.put("from", c.from() == null ? null : c.from().toString());
    n.put("to", c.to() == null ? null : c.to().toString());
    n.put("expression", c.expression());
    return n.toString();
  }

  private CalendarSpec map(ResultSet rs) throws SQLException {
    try {
      JsonNode n = json.readTree(rs.getString("definition"));
      List<LocalDate> dates = new ArrayList<>();
      n.path("dates").forEach(d -> dates.add(LocalDate.parse(d.asText())));
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      n.path("excluded_days").forEach(d -> days.add(DayOfWeek.valueOf(d.asText())));
      return new CalendarSpec(
          rs.getString("calendar_name"),
          rs.getString("description"),
          CalendarKind.valueOf(rs.getString("kind")),
          dates,
          days,
          time(n, "from"),
          time(n, "to"),
          n.path("expression").isTextual() ? n.get("expression").asText() : null,
          ZoneId.of(n.path("zone").asText("UTC")));
    } catch (JsonProcessingException e) {
      throw new SQLException("stored calendar definition is not JSON", e);
    }
  }

  private static LocalTime time(JsonNode n, String key) {
    return n.path(key).isTextual() ? LocalTime.parse(n.get(key).asText()) : null;
  }
}
