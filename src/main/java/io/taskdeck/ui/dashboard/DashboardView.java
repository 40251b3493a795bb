package io.taskdeck.ui.dashboard;

import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiContext;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Dashboard: tiles, executions per minute, start delay and recent failures; live. */
public final class DashboardView implements AppView {
  private final DashboardViewModel model;
  private final Formats formats;

  /** One row that never wraps: each tile takes an equal share of the width (7 fit at 1024 px). */
  private final HBox tiles = new HBox(10);

  private final ExecutionsChart chart;
  private final RecentFailures failures;
  private final Label error = new Label();
  private final VBox root;

  /** {@code openLog} shows the Logs view filtered by a task (id, name). */
  public DashboardView(UiContext ctx, BiConsumer<UUID, String> openLog) {
    this.model =
        new DashboardViewModel(
            ctx.service(), ctx.statistics(), ctx.counts(), ctx.executor(), ctx.clock());
    this.formats = ctx.formats();
    this.chart = new ExecutionsChart(formats);
    this.failures = new RecentFailures(model.failures(), formats, openLog);
    Label title = new Label("Dashboard");
    title.getStyleClass().add("title-2");
    error.getStyleClass().add("error-banner");
    error.setGraphic(Icons.WARNING.node(16));
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    error.setMaxWidth(Double.MAX_VALUE);
    tiles.setId("dashboardTiles");
    HBox lower =
        new HBox(
            16,
            card("Executions per minute, last hour", chart.node()),
            card("Recent failures", failures.node()));
    HBox.setHgrow(lower.getChildren().get(0), Priority.ALWAYS);
    lower.getChildren().get(1).setStyle("-fx-pref-width: 420; -fx-min-width: 360;");
    VBox body = new VBox(16, title, error, tiles, lower);
    body.setPadding(new Insets(20));
    ScrollPane scroll = new ScrollPane(body);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("edge-to-edge");
    root = new VBox(scroll);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    root.setId("dashboard");
    // while hidden nothing reloads: shown() reloads when the view comes back
    ctx.events()
        .addListener(
            events -> {
              if (root.getScene() != null) {
                model.onEvents(events);
              }
            });
    model.snapshotProperty().addListener((o, a, s) -> render(s));
    render(null);
  }

  private static VBox card(String heading, Node content) {
    Label label = new Label(heading);
    label.getStyleClass().add("title-4");
    VBox box = new VBox(10, label, content);
    box.getStyleClass().add("dash-card");
    VBox.setVgrow(content, Priority.ALWAYS);
    return box;
  }

  private void render(DashboardSnapshot s) {
    tiles
        .getChildren()
        .setAll(
            tile(
                "tileScheduled",
                "Scheduled",
                count(s, TaskStatus.SCHEDULED),
                "waiting for their next run",
                "accent"),
            tile(
                "tileRunning",
                "Running",
                count(s, TaskStatus.RUNNING),
                "attempts in progress",
                "running"),
            tile(
                "tileRetrying",
                "Retrying",
                count(s, TaskStatus.RETRYING),
                "waiting out a backoff",
                "warning"),
            tile(
                "tileDead",
                "Dead letters",
                s == null ? "—" : number(s.counts().deadLetters()),
                "waiting for a requeue",
                "danger"),
            tile(
                "tileSucceeded",
                "Succeeded · 24 h",
                s == null ? "—" : number(s.stats().succeeded24h()),
                "successful attempts",
                "success"),
            tile(
                "tileFailed",
                "Failed · 24 h",
                s == null ? "—" : number(s.stats().failed24h()),
                "failed or timed-out attempts",
                "danger"),
            tile(
                "tileDelay",
                "Start delay p95",
                s == null || s.stats().startDelayP95() == null
                    ? "—"
                    : Formats.duration(s.stats().startDelayP95()),
                delayNote(s),
                "neutral"));
    if (s != null) {
      chart.show(s.stats(), s.takenAt());
    }
  }

  private static String delayNote(DashboardSnapshot s) {
    if (s == null || s.stats().startedLastHour() == 0) {
      return "no attempt started in the last hour";
    }
    return "started − due, " + s.stats().startedLastHour() + " attempts in the last hour";
  }

  private String count(DashboardSnapshot s, TaskStatus status) {
    return s == null ? "—" : number(model.count(status));
  }

  private static String number(long n) {
    return String.format("%,d", n);
  }

  private static VBox tile(String id, String label, String value, String note, String tone) {
    Label name = new Label(label);
    name.getStyleClass().add("tile-label");
    name.setWrapText(true);
    Label figure = new Label(value);
    figure.getStyleClass().addAll("tile-value", "tile-" + tone);
    figure.setId(id);
    Label hint = new Label(note);
    hint.getStyleClass().add("tile-note");
    hint.setWrapText(true);
    VBox box = new VBox(4, name, figure, hint);
    box.getStyleClass().add("dash-tile");
    box.setPrefWidth(120);
    box.setMinWidth(0);
    HBox.setHgrow(box, Priority.ALWAYS);
    box.setMaxWidth(Double.MAX_VALUE);
    figure.setMinWidth(Region.USE_PREF_SIZE);
    return box;
  }

  public DashboardViewModel model() {
    return model;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void shown() {
    model.reload();
  }

  static Node noFailures() {
    return EmptyState.of(
        Icons.INBOX,
        "No recent failures",
        "Failed, timed-out and interrupted attempts of the last 24 hours appear here.");
  }
}
