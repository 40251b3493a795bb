package io.taskdeck.engine;

import io.taskdeck.core.Subscription;
import io.taskdeck.core.TaskEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers engine events to this engine's subscribers; a failing listener never stops the others.
 */
final class EventHub {
  private static final Logger log = LoggerFactory.getLogger(EventHub.class);
  private final List<Consumer<TaskEvent>> listeners = new CopyOnWriteArrayList<>();

  Subscription subscribe(Consumer<TaskEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void publish(TaskEvent event) {
    for (Consumer<TaskEvent> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        log.warn("An event listener failed on {}", event, e);
      }
    }
  }
}
