package io.taskdeck.ui.dashboard;

import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.PlaceholderView;
import java.util.List;

/** The Dashboard view; until it is built, a placeholder that says what it will show. */
public final class DashboardView {
  private DashboardView() {}

  public static PlaceholderView placeholder() {
    return new PlaceholderView(
        Icons.DASHBOARD,
        "Dashboard",
        "The state of your scheduler at a glance.",
        List.of(
            "Tiles: scheduled, running, retrying, dead letters, succeeded and failed in 24 h",
            "Executions per minute over the last hour, split by outcome",
            "Start delay (p95) and the most recent failures, each opening its log"));
  }
}
