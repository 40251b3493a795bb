package io.taskdeck.store;

import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSort;
import io.taskdeck.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Task pages in any {@link TaskSort} order, keyset-paged on (key, created_at, task_id), and the
 * count of all tasks a query matches. Ascending puts rows without a key value last and ties newest
 * first; descending is the exact reverse, so one index per key (V71) serves both directions.
 */
final class TaskListing {
  private final Jdbc jdbc;
  private final TaskRows rows = new TaskRows();

  TaskListing(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  Page<Task> list(TaskQuery q) {
    TaskFilterSql filter = new TaskFilterSql(q);
    TaskSort sort = q.sort();
    String column = column(sort.key());
    List<Object> params = new ArrayList<>(filter.params);
    List<String> more = new ArrayList<>();
    if (q.cursor() != null) {
      Key after = Key.parse(q.cursor(), sort);
      more.add(after(column, sort.descending(), after, params));
    }
    String order =
        sort.descending()
            ? column + " DESC NULLS FIRST, created_at ASC, task_id ASC"
            : column + " ASC NULLS LAST, created_at DESC, task_id DESC";
    String sql =
        "SELECT "
            + TaskRows.ALL_COLUMNS
            + " FROM task"
            + filter.clause(more)
            + " ORDER BY "
            + order
            + " LIMIT "
            + (q.limit() + 1);
    List<Task> found =
        jdbc.query(sql, rows::map, params.toArray()).stream().map(StoredTask::task).toList();
    if (found.size() <= q.limit()) {
      return new Page<>(found, null);
    }
    List<Task> page = found.subList(0, q.limit());
    return new Page<>(page, Key.of(page.get(page.size() - 1), sort).encode());
  }

  long count(TaskQuery q) {
    TaskFilterSql filter = new TaskFilterSql(q);
    return jdbc.queryOne(
            "SELECT COUNT(*) FROM task" + filter.clause(List.of()),
            rs -> rs.getLong(1),
            filter.params.toArray())
        .orElse(0L);
  }

  /** Rows after {@code k} in the order: the key, then created_at and task_id the other way. */
  private static String after(String c, boolean desc, Key k, List<Object> params) {
    String tie =
        desc
            ? "(created_at > ? OR (created_at = ? AND task_id > ?))"
            : "(created_at < ? OR (created_at = ? AND task_id < ?))";
    List<Object> tieParams = List.of(k.createdAt(), k.createdAt(), k.id());
    if (k.value() == null) {
      params.addAll(tieParams);
      // ascending: nulls are last, so only nulls follow; descending: nulls are first, then every
      // value
      return desc
          ? "(" + c + " IS NOT NULL OR (" + c + " IS NULL AND " + tie + "))"
          : "(" + c + " IS NULL AND " + tie + ")";
    }
    params.add(k.value());
    params.add(k.value());
    params.addAll(tieParams);
    String cmp = desc ? " < ?" : " > ?";
    return "("
        + c
        + cmp
        + " OR ("
        + c
        + " = ? AND "
        + tie
        + ")"
        + (desc ? "" : " OR " + c + " IS NULL")
        + ")";
  }

  private static String column(TaskSort.Key key) {
    return switch (key) {
      case CREATED -> "created_at";
      case NAME -> "task_name";
      case NEXT_RUN -> "execution_time";
      case LAST_OUTCOME -> "last_outcome";
      case STATUS -> "status";
      case PRIORITY -> "priority";
    };
  }

  /** The sort key of a row; {@code value} is null when the row has none. */
  private record Key(TaskSort sort, Object value, Instant createdAt, UUID id) {
    static Key of(Task t, TaskSort sort) {
      Object v =
          switch (sort.key()) {
            case CREATED -> t.createdAt();
            case NAME -> t.name();
            case NEXT_RUN -> t.nextRun();
            case LAST_OUTCOME -> t.lastOutcome() == null ? null : t.lastOutcome().name();
            case STATUS -> t.status().name();
            case PRIORITY -> t.spec().priority();
          };
      return new Key(sort, v, t.createdAt(), t.id());
    }

    String encode() {
      String v =
          value == null
              ? "-"
              : value instanceof Instant i
                  ? "t" + micros(i)
                  : value instanceof Integer n ? "i" + n : "s" + value;
      String raw =
          sort.key() + "|" + sort.descending() + "|" + micros(createdAt) + "|" + id + "|" + v;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Key parse(String cursor, TaskSort sort) {
      try {
        String[] p =
            new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                .split("\\|", 5);
        if (!p[0].equals(sort.key().name()) || Boolean.parseBoolean(p[1]) != sort.descending()) {
          throw new ValidationException(
              "cursor", "the cursor belongs to another sort order; start from the first page");
        }
        Object v =
            switch (p[4].charAt(0)) {
              case '-' -> null;
              case 't' -> instant(Long.parseLong(p[4].substring(1)));
              case 'i' -> Integer.parseInt(p[4].substring(1));
              default -> p[4].substring(1);
            };
        return new Key(sort, v, instant(Long.parseLong(p[2])), UUID.fromString(p[3]));
      } catch (ValidationException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new ValidationException("cursor", "the cursor is not one this server handed out");
      }
    }

    private static long micros(Instant i) {
      return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    private static Instant instant(long micros) {
      return Instant.ofEpochSecond(
          Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }
  }
}
