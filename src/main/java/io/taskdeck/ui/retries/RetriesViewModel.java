package io.taskdeck.ui.retries;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.ExecutionQuery;
import io.taskdeck.core.Page;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.SharedCounts;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Retrying tasks and dead letters, with their actions; the counts feed the sidebar badges. */
public final class RetriesViewModel {
  static final Duration COALESCE = Duration.ofSeconds(1);
  static final Duration POLL = Duration.ofSeconds(10);
  static final int SHOWN = 200;
  public static final java.time.format.DateTimeFormatter TIME_INPUT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TaskService tasks;
  private final DeadLetterService deadLetters;
  private final UiExecutor executor;
  private final DialogService dialogs;
  private final Clock clock;
  private final ObservableList<RetryRow> retrying = FXCollections.observableArrayList();
  private final ObservableList<DeadLetter> letters = FXCollections.observableArrayList();
  private final TaskStatistics statistics;
  private final SharedCounts counts;
  private final LongBinding retryingCount;
  private final LongBinding deadCount;
  private final StringProperty error = new SimpleStringProperty();
  private boolean reloadPending;
  private boolean polling;

  public RetriesViewModel(
      TaskService tasks,
      DeadLetterService deadLetters,
      TaskStatistics statistics,
      SharedCounts counts,
      UiExecutor executor,
      DialogService dialogs,
      Clock clock) {
    this.statistics = statistics;
    this.counts = counts;
    this.retryingCount = counts.of(TaskStatus.RETRYING);
    this.deadCount = counts.deadLetters();
    this.tasks = tasks;
    this.deadLetters = deadLetters;
    this.executor = executor;
    this.dialogs = dialogs;
    this.clock = clock;
  }

  private record Loaded(
      List<RetryRow> retrying, List<DeadLetter> letters, TaskStatistics.Counts counts) {}

  public void reload() {
    executor.submit(
        this::load,
        l -> {
          error.set(null);
          retrying.setAll(l.retrying());
          letters.setAll(l.letters());
          counts.publish(l.counts());
        },
        e -> error.set("Could not load retries and dead letters: " + e.getMessage()));
  }

  private Loaded load() {
    List<RetryRow> rows =
        deadLetters.retrying(SHOWN, null).items().stream()
            .map(t -> new RetryRow(t, lastError(t)))
            .toList();
    Page<DeadLetter> page = deadLetters.deadLetters(TaskQuery.MAX_LIMIT, null);
    return new Loaded(rows, page.items(), statistics.counts());
  }

  private String lastError(Task t) {
    return tasks.executions(ExecutionQuery.forTask(t.id()).withLimit(1)).items().stream()
        .map(e -> e.error())
        .filter(e -> e != null)
        .findFirst()
        .orElse(null);
  }

  /** Keeps the badges current: reloads now and every {@link #POLL}. */
  /** The pending poll, cancelled when polling stops so a restart never runs two loops. */
  private UiExecutor.Cancellable nextPoll;

  public void startPolling() {
    if (!polling) {
      polling = true;
      poll();
    }
  }

  public void stopPolling() {
    polling = false;
    if (nextPoll != null) {
      nextPoll.cancel();
      nextPoll = null;
    }
  }

  private void poll() {
    if (polling) {
      reload();
      nextPoll = executor.schedule(POLL, this::poll);
    }
  }

  public void onEvents(List<TaskEvent> events) {
    boolean relevant =
        events.stream()
            .anyMatch(
                e ->
                    e instanceof TaskEvent.StatusChanged
                        || e instanceof TaskEvent.ExecutionFinished);
    if (relevant && !reloadPending) {
      reloadPending = true;
      executor.schedule(
          COALESCE,
          () -> {
            reloadPending = false;
            reload();
          });
    }
  }

  /** "in 12 s", "in 3 min 5 s", "due now". */
  public String countdown(Instant next) {
    if (next == null) {
      return "—";
    }
    long s = Duration.between(clock.instant(), next).toSeconds();
    if (s <= 0) {
      return "due now";
    }
    return s < 60
        ? "in " + s + " s"
        : s < 3600
            ? "in " + s / 60 + " min " + s % 60 + " s"
            : "in " + s / 3600 + " h " + s % 3600 / 60 + " min";
  }

  public void retryNow(Task task) {
    act("Retry now", () -> tasks.runNow(task.id()));
  }

  public void cancel(Task task) {
    if (dialogs.confirm(
        "Cancel task",
        "Cancel " + task.name() + "?",
        "Its pending retry is dropped and it never runs again.",
        "Cancel task")) {
      act("Cancel", () -> tasks.cancel(task.id()));
    }
  }

  /** Requeues the dead letters to run at {@code at} (null: now). */
  public void requeue(List<DeadLetter> selection, Instant at) {
    if (selection.isEmpty()) {
      return;
    }
    List<Long> ids = selection.stream().map(DeadLetter::id).toList();
    act("Requeue", () -> deadLetters.requeue(ids, at));
  }

  /**
   * Requeues at a local time typed as "yyyy-MM-dd HH:mm" in {@code zone}; a bad value is reported
   * naming the field, and nothing is requeued.
   */
  public void requeueAt(List<DeadLetter> selection, String text, java.time.ZoneId zone) {
    try {
      java.time.LocalDateTime local = java.time.LocalDateTime.parse(text.trim(), TIME_INPUT);
      requeue(selection, local.atZone(zone).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      dialogs.showError(
          "Requeue failed", "time: '" + text + "' is not a time like 2026-03-02 14:30");
    }
  }

  public void delete(List<DeadLetter> selection) {
    if (selection.isEmpty()
        || !dialogs.confirm(
            "Delete dead letters",
            "Delete " + describe(selection) + "?",
            "The tasks stay failed; only the dead-letter entries go. This cannot be undone.",
            "Delete")) {
      return;
    }
    act(
        "Delete",
        () -> {
          selection.forEach(d -> deadLetters.deleteDeadLetter(d.id()));
          return null;
        });
  }

  private static String describe(List<DeadLetter> selection) {
    return selection.size() == 1
        ? "the dead letter of " + selection.get(0).taskName()
        : selection.size() + " dead letters";
  }

  private void act(String action, Callable<?> work) {
    executor.submit(
        work,
        r -> reload(),
        e -> {
          dialogs.showError(action + " failed", e.getMessage());
          reload();
        });
  }

  public Clock clock() {
    return clock;
  }

  public ObservableList<RetryRow> retrying() {
    return retrying;
  }

  public ObservableList<DeadLetter> deadLetters() {
    return letters;
  }

  /** All retrying tasks of the database (the shared count), also those beyond the list. */
  public LongBinding retryingCountProperty() {
    return retryingCount;
  }

  /** All dead letters not requeued (the shared count), also those beyond the list. */
  public LongBinding deadCountProperty() {
    return deadCount;
  }

  /**
   * "Showing the newest 1,000 of 1,234 dead letters." when the list holds fewer than there are;
   * else empty.
   */
  public StringBinding shownNote() {
    return Bindings.createStringBinding(
        () ->
            note(retrying.size(), retryingCount.get(), "retrying tasks")
                + note(letters.size(), deadCount.get(), "dead letters"),
        retrying,
        letters,
        retryingCount,
        deadCount);
  }

  private static String note(int shown, long total, String what) {
    return shown < total
        ? String.format("Showing the first %,d of %,d %s. ", shown, total, what)
        : "";
  }

  public StringProperty errorProperty() {
    return error;
  }
}
