package io.taskdeck.ui.shell;

import io.taskdeck.ui.audit.AuditView;
import io.taskdeck.ui.calendar.CalendarView;
import io.taskdeck.ui.cluster.ClusterView;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.dashboard.DashboardView;
import io.taskdeck.ui.logs.LogsView;
import io.taskdeck.ui.retries.RetriesView;
import io.taskdeck.ui.tasks.TasksView;
import java.util.Locale;
import java.util.function.Function;

/**
 * The main window's views, in sidebar order: each with its title, icon, shortcut and the factory
 * that builds it. Navigation names a view, never a position. A new view is one constant here.
 */
public enum ViewKind {
  DASHBOARD("Dashboard", Icons.DASHBOARD, v -> new DashboardView(v.ctx(), v.navigator()::openLog)),
  TASKS("Tasks", Icons.TASKS, v -> new TasksView(v.ctx())),
  CALENDAR(
      "Calendar",
      Icons.CALENDAR,
      v -> new CalendarView(v.ctx(), v.navigator()::openLog, v.navigator()::openTask)),
  RETRIES("Retries", Icons.RETRIES, v -> new RetriesView(v.ctx(), v.navigator()::openLog)),
  LOGS(
      "Logs",
      Icons.LOGS,
      v -> new LogsView(v.ctx(), v.dataDir().resolve("logs").resolve("taskdeck.log"))),
  CLUSTER("Cluster", Icons.CLUSTER, v -> new ClusterView(v.ctx())),
  AUDIT("Audit", Icons.CLOCK, v -> new AuditView(v.ctx())),
  SETTINGS("Settings", Icons.SETTINGS, ViewParts::settings);

  private final String title;
  private final Icons icon;
  private final Function<ViewParts, AppView> factory;

  ViewKind(String title, Icons icon, Function<ViewParts, AppView> factory) {
    this.title = title;
    this.icon = icon;
    this.factory = factory;
  }

  public String title() {
    return title;
  }

  public Icons icon() {
    return icon;
  }

  /** The keys that show this view: Ctrl (Cmd on macOS) and its place in the sidebar. */
  public String shortcut() {
    return "Shortcut+" + (ordinal() + 1);
  }

  /** "Ctrl+3", for tooltips. */
  public String shortcutText() {
    return "Ctrl+" + (ordinal() + 1);
  }

  /** The node id of its sidebar button, "navRetries". */
  public String navId() {
    return "nav" + title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
  }

  AppView create(ViewParts parts) {
    return factory.apply(parts);
  }
}
