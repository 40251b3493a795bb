package io.taskdeck.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditEntry;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.AuditQuery;
import io.taskdeck.core.AuditService;
import io.taskdeck.core.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code audit_event} table (V76, docs/audit.md). Rows are written only by {@link #record}, on
 * the connection of the change they record, so that a change and its row commit or roll back
 * together; {@code at} is the database's clock. Old rows go in batches ({@link #deleteBefore}).
 */
public final class AuditRepository implements AuditService {
  private static final String COLUMNS =
      "id, at, actor, actor_kind, action, object_type, object_id, object_name, changes, request_id";
  private static final TypeReference<Map<String, AuditEvent.Change>> CHANGES =
      new TypeReference<>() {};
  private final Jdbc jdbc;
  private final ObjectMapper json = new ObjectMapper();

  public AuditRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  private static final String INSERT =
      "INSERT INTO audit_event (actor, actor_kind, action, object_type, object_id, object_name, changes, request_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /** Writes {@code e} in the transaction of {@code c}. */
  public void record(Connection c, AuditEntry e) throws SQLException {
    Jdbc.update(c, INSERT, values(e));
  }

  /**
   * Writes {@code entries} in the transaction of {@code c}, as one JDBC batch (a bulk create's
   * rows).
   */
  public void recordAll(Connection c, List<AuditEntry> entries) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (AuditEntry e : entries) {
        Jdbc.bind(ps, values(e));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private Object[] values(AuditEntry e) {
    Actor a = e.actor();
    return new Object[] {
      a.name(),
      a.kind().wireName(),
      e.action().wireName(),
      e.objectType(),
      e.objectId(),
      e.objectName(),
      e.changes().isEmpty() ? null : write(e.changes()),
      a.requestId()
    };
  }

  @Override
  public Page<AuditEvent> list(AuditQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    filter(where, params, "object_id = ?", q.objectId());
    filter(where, params, "actor = ?", q.actor());
    filter(where, params, "action = ?", q.action() == null ? null : q.action().wireName());
    filter(where, params, "at >= ?", q.from());
    filter(where, params, "at < ?", q.to());
    filter(where, params, "id < ?", q.cursor() == null ? null : Cursors.parseExecution(q.cursor()));
    params.add(q.limit() + 1);
    List<AuditEvent> rows =
        jdbc.query(
            "SELECT " + COLUMNS + " FROM audit_event" + where + " ORDER BY id DESC LIMIT ?",
            this::event,
            params.toArray());
    if (rows.size() <= q.limit()) {
      return new Page<>(rows, null);
    }
    List<AuditEvent> page = rows.subList(0, q.limit());
    return new Page<>(page, Cursors.execution(page.get(page.size() - 1).id()));
  }

  private static void filter(
      StringBuilder where, List<Object> params, String condition, Object value) {
    if (value != null) {
      where.append(" AND ").append(condition);
      params.add(value);
    }
  }

  /**
   * Deletes at most {@code batch} rows older than {@code cutoff}, the oldest first; returns how
   * many.
   */
  public int deleteBefore(Instant cutoff, int batch) {
    return jdbc.update(
        "DELETE FROM audit_event WHERE id IN (SELECT id FROM audit_event WHERE at < ? ORDER BY id LIMIT ?)",
        cutoff,
        batch);
  }

  private AuditEvent event(ResultSet rs) throws SQLException {
    String changes = rs.getString("changes");
    return new AuditEvent(
        rs.getLong("id"),
        Jdbc.instant(rs, "at"),
        rs.getString("actor"),
        Actor.Kind.valueOf(rs.getString("actor_kind").toUpperCase(Locale.ROOT)),
        rs.getString("action"),
        rs.getString("object_type"),
        rs.getString("object_id"),
        rs.getString("object_name"),
        changes == null ? Map.of() : read(changes),
        rs.getString("request_id"));
  }

  private String write(Map<String, AuditEvent.Change> changes) {
    try {
      return json.writeValueAsString(changes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit changes cannot be written as JSON", e);
    }
  }

  private Map<String, AuditEvent.Change> read(String changes) {
    try {
      return json.readValue(changes, CHANGES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit changes in the database are not JSON", e);
    }
  }
}
