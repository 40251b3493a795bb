package io.taskdeck.store;

import io.taskdeck.core.TaskQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The WHERE clause of a task query's filters (statuses, type, group, text), one place for the
 * listing and the count, so a total always counts what the pages list.
 */
final class TaskFilterSql {
  final List<String> where = new ArrayList<>();
  final List<Object> params = new ArrayList<>();

  TaskFilterSql(TaskQuery q) {
    if (!q.statuses().isEmpty()) {
      where.add("status IN (" + TaskRepository.placeholders(q.statuses().size()) + ")");
      q.statuses().forEach(s -> params.add(s.name()));
    }
    if (q.type() != null) {
      where.add("task_type = ?");
      params.add(q.type().name());
    }
    if (q.group() != null) {
      where.add("task_group = ?");
      params.add(q.group());
    }
    if (q.text() != null) {
      String like = "%" + escapeLike(q.text().toLowerCase(Locale.ROOT)) + "%";
      where.add(
          "(LOWER(task_name) LIKE ? OR LOWER(task_group) LIKE ? OR LOWER(description) LIKE ?)");
      params.addAll(List.of(like, like, like));
    }
  }

  /** " WHERE …" for the filters and {@code more}, or "" when there is none. */
  String clause(List<String> more) {
    List<String> all = new ArrayList<>(where);
    all.addAll(more);
    return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
