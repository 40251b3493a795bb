package io.taskdeck.ui.cluster;

import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.PlaceholderView;
import java.util.List;

/** The Cluster view; until it is built, a placeholder that says what it will show. */
public final class ClusterView {
  private ClusterView() {}

  public static PlaceholderView placeholder() {
    return new PlaceholderView(
        Icons.CLUSTER,
        "Cluster",
        "Every node sharing this database, and whether it is healthy.",
        List.of(
            "Node id, host, mode (executing or manage-only) and running attempts",
            "Last check-in with its age; stale and clock-skewed nodes flagged",
            "This instance highlighted, updated live"));
  }
}
