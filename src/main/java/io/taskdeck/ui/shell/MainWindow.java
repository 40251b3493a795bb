package io.taskdeck.ui.shell;

import io.taskdeck.ui.calendar.CalendarView;
import io.taskdeck.ui.cluster.ClusterView;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiContext;
import io.taskdeck.ui.dashboard.DashboardView;
import io.taskdeck.ui.logs.LogsView;
import io.taskdeck.ui.logs.TaskChoice;
import io.taskdeck.ui.retries.RetriesView;
import io.taskdeck.ui.settings.AppearanceModel;
import io.taskdeck.ui.settings.SettingsView;
import io.taskdeck.ui.tasks.TasksView;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The main window's content: header, sidebar, the current view, and the status bar. */
public final class MainWindow {
  private final ShellViewModel model;
  private final TasksView tasks;
  private final LogsView logs;
  private final RetriesView retries;
  private final CalendarView calendar;
  private final SettingsView settings;
  private final List<AppView> views;
  private final List<Icons> icons = List.of(Icons.DASHBOARD, Icons.TASKS, Icons.CALENDAR, Icons.RETRIES,
      Icons.LOGS, Icons.CLUSTER, Icons.SETTINGS);
  private final StackPane content = new StackPane();
  private final ToggleGroup nav = new ToggleGroup();
  private final BorderPane root = new BorderPane();

  public MainWindow(UiContext ctx, ShellViewModel model, Path dataDir, SettingsView settings) {
    this.model = model;
    this.settings = settings;
    this.tasks = new TasksView(ctx);
    this.logs = new LogsView(ctx, dataDir.resolve("logs").resolve("taskdeck.log"));
    this.retries = new RetriesView(ctx, this::openLog);
    this.calendar = new CalendarView(ctx, this::openLog, this::openTask);
    this.views = List.of(new DashboardView(ctx, this::openLog), tasks, calendar,
        retries, logs, new ClusterView(ctx), settings);
    settings.showAppearance(new AppearanceModel(model.darkProperty()));
    ctx.events().addListener(model::onEvents);
    root.setTop(header());
    root.setLeft(sidebar());
    root.setCenter(content);
    root.setBottom(statusBar());
    root.getStyleClass().add("main-window");
    content.getStyleClass().add("content");
    select(1);
  }

  public BorderPane root() { return root; }

  public TasksView tasks() { return tasks; }

  public LogsView logs() { return logs; }

  public RetriesView retries() { return retries; }

  public CalendarView calendar() { return calendar; }

  public SettingsView settings() { return settings; }

  public ShellViewModel model() { return model; }

  /** Shows the Logs view filtered by one task. */
  public void openLog(UUID taskId, String taskName) {
    logs.model().taskFilterProperty().set(new TaskChoice(taskId, taskName));
    select(4);
  }

  /** Shows the Tasks view with one task selected and its detail open. */
  public void openTask(UUID taskId, String taskName) {
    select(1);
    tasks.reveal(taskId, taskName);
  }

  /** Shows view {@code index} (0 Dashboard … 6 Settings). */
  public void select(int index) {
    AppView view = views.get(index);
    content.getChildren().setAll(view.node());
    nav.getToggles().get(index).setSelected(true);
    view.shown();
  }

  public int selected() {
    return nav.getToggles().indexOf(nav.getSelectedToggle());
  }

  private Node header() {
    Label logo = new Label("Taskdeck");
    logo.getStyleClass().add("app-title");
    Label profile = chip(Icons.DATABASE, "connectionChip");
    profile.textProperty().bind(Bindings.concat(model.profileNameProperty(), "  ·  ", model.connectionProperty()));
    profile.setOnMouseClicked(e -> select(6));
    profile.setTooltip(new Tooltip("Connection profiles: switch to another database in Settings"));
    Label mode = chip(null, "modeChip");
    mode.textProperty().bind(Bindings.concat("node: ", model.modeProperty()));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Button theme = new Button();
    theme.setId("themeToggle");
    theme.getStyleClass().addAll("flat", "button-icon");
    theme.setTooltip(new Tooltip());
    showTheme(theme, model.darkProperty().get());
    model.darkProperty().addListener((o, was, dark) -> showTheme(theme, dark));
    theme.setOnAction(e -> model.toggleTheme());
    HBox header = new HBox(12, logo, profile, mode, grow, theme);
    header.setAlignment(Pos.CENTER_LEFT);
    header.getStyleClass().add("app-header");
    return header;
  }

  /** The header button shows what it switches to, like the Settings choice shows what is on. */
  private static void showTheme(Button theme, boolean dark) {
    theme.setGraphic((dark ? Icons.SUN : Icons.MOON).node(16));
    String text = dark ? "Dark theme on: switch to light (also in Settings)" : "Light theme on: switch to dark (also in Settings)";
    theme.getTooltip().setText(text);
    theme.setAccessibleText(text);
  }

  private static Label chip(Icons icon, String id) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add("chip");
    if (icon != null) {
      l.setGraphic(icon.node(14));
    }
    return l;
  }

  private Node sidebar() {
    VBox bar = new VBox(2);
    bar.getStyleClass().add("sidebar");
    for (int i = 0; i < views.size(); i++) {
      int index = i;
      ToggleButton b = new ToggleButton(views.get(i).title(), icons.get(i).node(18));
      b.setId("nav" + views.get(i).title().split(" ")[0]);
      b.setToggleGroup(nav);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setAlignment(Pos.CENTER_LEFT);
      b.getStyleClass().add("nav-item");
      b.setTooltip(new Tooltip(views.get(i).title() + "  (Ctrl+" + (i + 1) + ")"));
      b.setOnAction(e -> select(index));
      bar.getChildren().add(views.get(i) == retries ? withBadge(b, retries.badge()) : b);
    }
    nav.selectedToggleProperty().addListener((o, a, b) -> { if (b == null) { a.setSelected(true); } });
    return bar;
  }

  private static Node withBadge(ToggleButton button, Label badge) {
    StackPane pane = new StackPane(button, badge);
    StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
    StackPane.setMargin(badge, new javafx.geometry.Insets(0, 8, 0, 0));
    badge.setMouseTransparent(true);
    return pane;
  }

  private Node statusBar() {
    Region dot = new Region();
    dot.getStyleClass().add("status-dot");
    dot.styleProperty().bind(Bindings.when(model.healthyProperty().and(model.engineStateProperty().isEqualTo("RUNNING")))
        .then("-fx-background-color: -color-success-emphasis;").otherwise("-fx-background-color: -color-warning-emphasis;"));
    Label state = new Label();
    state.setId("engineState");
    state.textProperty().bind(Bindings.concat("Engine ", model.engineStateProperty()));
    Label running = new Label();
    running.setId("runningCount");
    running.textProperty().bind(Bindings.concat(model.runningProperty(), " running"));
    Label node = new Label();
    node.textProperty().bind(Bindings.concat("node ", model.nodeIdProperty()));
    node.getStyleClass().add("text-muted");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label keys = new Label("Ctrl+N new · Enter edit · Ctrl+R run · Space pause · Del cancel · Ctrl+F search");
    keys.getStyleClass().add("text-muted");
    HBox bar = new HBox(10, dot, state, new Label("·"), running, grow, keys, node);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    return bar;
  }
}
