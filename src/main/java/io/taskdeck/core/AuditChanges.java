package io.taskdeck.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskdeck.core.json.Wire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The changed fields of an edit, for the audit trail: both versions are written as the API's JSON,
 * compared leaf by leaf (a field's dotted path, such as {@code payload.env.PGHOST}), and each
 * changed leaf is shown as it would be shown anywhere, with {@link Secrets} masked: a changed
 * secret appears as changed, but both of its values read {@link Secrets#MASK}.
 */
public final class AuditChanges {
  private static final ObjectMapper MAPPER = Wire.newMapper();

  private AuditChanges() {}

  /** The fields of a task that differ between {@code before} and {@code after}. */
  public static Map<String, AuditEvent.Change> between(TaskSpec before, TaskSpec after) {
    return between(tree(before), tree(after), tree(masked(before)), tree(masked(after)));
  }

  /** The fields of a calendar that differ between {@code before} and {@code after}. */
  public static Map<String, AuditEvent.Change> between(CalendarSpec before, CalendarSpec after) {
    JsonNode b = tree(before);
    JsonNode a = tree(after);
    return between(b, a, b, a);
  }

  private static TaskSpec masked(TaskSpec spec) {
    return spec.payload() == null
        ? spec
        : spec.toBuilder().payload(Secrets.masked(spec.payload())).build();
  }

  private static Map<String, AuditEvent.Change> between(
      JsonNode before, JsonNode after, JsonNode shownBefore, JsonNode shownAfter) {
    Map<String, AuditEvent.Change> changes = new LinkedHashMap<>();
    diff("", before, after, shownBefore, shownAfter, changes);
    return changes;
  }

  private static void diff(
      String path,
      JsonNode b,
      JsonNode a,
      JsonNode sb,
      JsonNode sa,
      Map<String, AuditEvent.Change> out) {
    if (b.isObject() && a.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      b.fieldNames().forEachRemaining(names::add);
      a.fieldNames().forEachRemaining(names::add);
      for (String n : names) {
        diff(
            path.isEmpty() ? n : path + "." + n, b.path(n), a.path(n), sb.path(n), sa.path(n), out);
      }
    } else if (!normal(b).equals(normal(a))) {
      out.put(path, new AuditEvent.Change(value(sb), value(sa)));
    }
  }

  /** Absent and null are the same: a field that was not set. */
  private static JsonNode normal(JsonNode n) {
    return n.isMissingNode() ? MAPPER.nullNode() : n;
  }

  private static Object value(JsonNode n) {
    return n.isMissingNode() || n.isNull() ? null : MAPPER.convertValue(n, Object.class);
  }

  private static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
