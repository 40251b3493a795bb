package io.taskdeck.ui.retries;

import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.PlaceholderView;
import java.util.List;

/** The Retries view; until it is built, a placeholder that says what it will show. */
public final class RetriesView {
  private RetriesView() {}

  public static PlaceholderView placeholder() {
    return new PlaceholderView(
        Icons.RETRIES,
        "Retries",
        "Retries and dead letters: tasks that failed and wait out their backoff, and those that gave up.",
        List.of(
            "Retrying tasks: attempt n of m, a live countdown to the next attempt, the last error",
            "Dead letters: requeue now or at a time, bulk requeue, delete, open the log",
            "Counts shown as badges in the sidebar"));
  }
}
