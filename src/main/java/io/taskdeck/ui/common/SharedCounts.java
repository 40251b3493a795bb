package io.taskdeck.ui.common;

import io.taskdeck.core.TaskStatistics.Counts;
import io.taskdeck.core.TaskStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.LongBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The task and dead-letter counts of the whole database, as last read by one query ({@code
 * TaskStatistics.counts()}). Whoever reads them publishes them here, and every figure that shows a
 * count (the Dashboard's tiles, the sidebar badge, the Retries tabs) binds here, so they always
 * agree.
 */
public final class SharedCounts {
  private final ObjectProperty<Counts> counts = new SimpleObjectProperty<>();

  /** On the UI thread. */
  public void publish(Counts c) {
    counts.set(c);
  }

  public ReadOnlyObjectProperty<Counts> property() {
    return counts;
  }

  /** Tasks in {@code status}; 0 before the first read. */
  public LongBinding of(TaskStatus status) {
    return Bindings.createLongBinding(
        () -> counts.get() == null ? 0 : counts.get().of(status), counts);
  }

  /** Dead letters not requeued; 0 before the first read. */
  public LongBinding deadLetters() {
    return Bindings.createLongBinding(
        () -> counts.get() == null ? 0 : counts.get().deadLetters(), counts);
  }
}
