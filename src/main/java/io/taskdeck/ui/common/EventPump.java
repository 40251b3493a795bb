package io.taskdeck.ui.common;

import io.taskdeck.core.Subscription;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Takes engine events on engine threads and delivers them to UI listeners on the UI thread, in
 * batches: a burst of events within {@link #WINDOW} becomes one call per listener.
 */
public final class EventPump implements AutoCloseable {
  static final Duration WINDOW = Duration.ofMillis(150);

  private final UiExecutor executor;
  private final ConcurrentLinkedQueue<TaskEvent> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private final List<Consumer<List<TaskEvent>>> listeners = new CopyOnWriteArrayList<>();
  private final Subscription subscription;

  public EventPump(TaskService service, UiExecutor executor) {
    this.executor = executor;
    this.subscription = service.subscribe(this::accept);
  }

  /** Registers a UI-thread listener for batches of events. */
  public void addListener(Consumer<List<TaskEvent>> listener) {
    listeners.add(listener);
  }

  private void accept(TaskEvent event) {
    queue.add(event);
    if (drainScheduled.compareAndSet(false, true)) {
      executor.schedule(WINDOW, this::drain);
    }
  }

  private void drain() {
    drainScheduled.set(false);
    List<TaskEvent> batch = new ArrayList<>();
    for (TaskEvent e = queue.poll(); e != null; e = queue.poll()) {
      batch.add(e);
    }
    if (!batch.isEmpty()) {
      List<TaskEvent> view = List.copyOf(batch);
      listeners.forEach(l -> l.accept(view));
    }
  }

  @Override
  public void close() {
    subscription.close();
    listeners.clear();
  }
}
