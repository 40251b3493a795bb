package io.taskdeck.core.definitions;

import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tasks an apply matches a file against: every task that is not cancelled, by key. Finished
 * tasks (completed, failed) count too, so that applying a one-shot task's file again after it ran
 * does not create it again.
 */
final class ExistingTasks {
  /** Tasks that will still run: what an export writes and what a prune may cancel. */
  static final Set<TaskStatus> LIVE =
      EnumSet.of(TaskStatus.SCHEDULED, TaskStatus.RUNNING, TaskStatus.RETRYING, TaskStatus.PAUSED);

  private final Map<TaskKey, List<Task>> byKey = new LinkedHashMap<>();

  private ExistingTasks(List<Task> tasks) {
    for (Task t : tasks) {
      byKey.computeIfAbsent(TaskKey.of(t.spec()), k -> new ArrayList<>()).add(t);
    }
  }

  /**
   * The tasks in {@code statuses} (of {@code group} when not null), by group, name and creation.
   */
  static List<Task> list(TaskService tasks, Set<TaskStatus> statuses, String group) {
    List<Task> all = new ArrayList<>();
    TaskQuery query = new TaskQuery(statuses, null, group, null, TaskQuery.MAX_LIMIT, null);
    for (Page<Task> page = tasks.list(query);
        ;
        page = tasks.list(query.withCursor(page.nextCursor()))) {
      all.addAll(page.items());
      if (!page.hasMore()) {
        break;
      }
    }
    all.sort(
        Comparator.comparing(
                (Task t) -> t.spec().group(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Task::name)
            .thenComparing(Task::createdAt));
    return all;
  }

  static ExistingTasks load(TaskService tasks) {
    Set<TaskStatus> notCancelled = EnumSet.complementOf(EnumSet.of(TaskStatus.CANCELLED));
    return new ExistingTasks(list(tasks, notCancelled, null));
  }

  /**
   * The task {@code key} names: the live one, or when none is live the newest finished one.
   *
   * @throws IllegalStateException (message for the user) when several live tasks share the key
   */
  Optional<Task> match(TaskKey key) {
    List<Task> same = byKey.getOrDefault(key, List.of());
    List<Task> live = same.stream().filter(t -> LIVE.contains(t.status())).toList();
    if (live.size() > 1) {
      throw new IllegalStateException(
          live.size()
              + " live tasks are named '"
              + key
              + "'; a file can only name one: cancel the others or rename them first");
    }
    if (live.size() == 1) {
      return Optional.of(live.get(0));
    }
    return same.stream().max(Comparator.comparing(Task::createdAt));
  }

  /** The live tasks not in {@code named} whose group is one of {@code groups} (null: no group). */
  List<Task> liveOutside(Set<TaskKey> named, Set<String> groups) {
    List<Task> out = new ArrayList<>();
    byKey.forEach(
        (key, list) -> {
          if (!named.contains(key) && groups.contains(key.group())) {
            list.stream().filter(t -> LIVE.contains(t.status())).forEach(out::add);
          }
        });
    return out;
  }
}
