package io.taskdeck.ui.shell;

import io.taskdeck.ui.calendar.CalendarView;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Fxml;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiContext;
import io.taskdeck.ui.definitions.DefinitionsDialogs;
import io.taskdeck.ui.logs.LogsView;
import io.taskdeck.ui.logs.TaskChoice;
import io.taskdeck.ui.retries.RetriesView;
import io.taskdeck.ui.settings.AppearanceModel;
import io.taskdeck.ui.settings.SettingsView;
import io.taskdeck.ui.tasks.TasksView;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: header, sidebar, the current view, and the status bar. The skeleton is
 * MainWindow.fxml; this controller fills it from {@link ViewKind} and binds it to the {@link
 * ShellViewModel}.
 */
public final class MainWindow implements Navigator {
  private final ShellViewModel model;
  private final Map<ViewKind, AppView> views = new EnumMap<>(ViewKind.class);
  private final Map<ViewKind, ToggleButton> buttons = new EnumMap<>(ViewKind.class);
  private final ToggleGroup nav = new ToggleGroup();
  private final BorderPane root;
  @FXML private StackPane content;
  @FXML private VBox center;
  @FXML private VBox sidebar;
  @FXML private Label connectionChip;
  @FXML private Label modeChip;
  @FXML private Button themeToggle;
  @FXML private MenuButton fileMenu;
  @FXML private MenuItem exportItem;
  @FXML private MenuItem importItem;
  private ViewKind current;

  public MainWindow(UiContext ctx, ShellViewModel model, Path dataDir, SettingsView settings) {
    this.model = model;
    this.root = Fxml.load(this, "MainWindow.fxml");
    ViewParts parts = new ViewParts(ctx, this, dataDir, settings);
    for (ViewKind kind : ViewKind.values()) {
      views.put(kind, kind.create(parts));
    }
    settings.showAppearance(new AppearanceModel(model.darkProperty()));
    ctx.events().addListener(model::onEvents);
    header();
    fileMenu(ctx);
    sidebar();
    center.getChildren().add(0, StatusBar.staleBanner(model));
    root.setBottom(StatusBar.create(model));
    select(ViewKind.TASKS);
  }

  public BorderPane root() {
    return root;
  }

  /** The view of {@code kind}, as its class. */
  public <V extends AppView> V view(ViewKind kind, Class<V> type) {
    return type.cast(views.get(kind));
  }

  public TasksView tasks() {
    return view(ViewKind.TASKS, TasksView.class);
  }

  public LogsView logs() {
    return view(ViewKind.LOGS, LogsView.class);
  }

  public RetriesView retries() {
    return view(ViewKind.RETRIES, RetriesView.class);
  }

  public CalendarView calendar() {
    return view(ViewKind.CALENDAR, CalendarView.class);
  }

  public SettingsView settings() {
    return view(ViewKind.SETTINGS, SettingsView.class);
  }

  public ShellViewModel model() {
    return model;
  }

  @Override
  public void openLog(UUID taskId, String taskName) {
    logs().model().taskFilterProperty().set(new TaskChoice(taskId, taskName));
    select(ViewKind.LOGS);
  }

  @Override
  public void openTask(UUID taskId, String taskName) {
    select(ViewKind.TASKS);
    tasks().reveal(taskId, taskName);
  }

  /** Shows the view of {@code kind}. */
  public void select(ViewKind kind) {
    AppView view = views.get(kind);
    current = kind;
    content.getChildren().setAll(view.node());
    buttons.get(kind).setSelected(true);
    view.shown();
  }

  public ViewKind selected() {
    return current;
  }

  /** Reads the current view's data again (F5). */
  public void refreshCurrent() {
    views.get(current).refresh();
  }

  private void header() {
    Label profile = chip(connectionChip, Icons.DATABASE);
    profile
        .textProperty()
        .bind(Bindings.concat(model.profileNameProperty(), "  ·  ", model.connectionProperty()));
    profile.setOnMouseClicked(e -> select(ViewKind.SETTINGS));
    profile.setTooltip(new Tooltip("Connection profiles: switch to another database in Settings"));
    modeChip.textProperty().bind(Bindings.concat("node: ", model.modeProperty()));
    themeToggle.setTooltip(new Tooltip());
    showTheme(themeToggle, model.darkProperty().get());
    model.darkProperty().addListener((o, was, dark) -> showTheme(themeToggle, dark));
    themeToggle.setOnAction(e -> model.toggleTheme());
  }

  /**
   * File → Export… and Import… (app-level actions; the window has no menu bar, so the header holds
   * them).
   */
  private void fileMenu(UiContext ctx) {
    DefinitionsDialogs dialogs =
        new DefinitionsDialogs(
            ctx.definitions(),
            ctx.executor(),
            ctx.dialogs(),
            () -> root.getScene().getWindow(),
            () -> tasks().refresh(),
            Path.of(System.getProperty("user.home")));
    exportItem.setOnAction(e -> dialogs.openExport());
    importItem.setOnAction(e -> dialogs.openImport());
    fileMenu.setTooltip(new Tooltip("Export the tasks and calendars to a file, or import one"));
  }

  /** The header button shows what it switches to, like the Settings choice shows what is on. */
  private static void showTheme(Button theme, boolean dark) {
    theme.setGraphic((dark ? Icons.SUN : Icons.MOON).node(16));
    String text =
        dark
            ? "Dark theme on: switch to light (also in Settings)"
            : "Light theme on: switch to dark (also in Settings)";
    theme.getTooltip().setText(text);
    theme.setAccessibleText(text);
  }

  private static Label chip(Label l, Icons icon) {
    l.setGraphic(icon.node(14));
    return l;
  }

  private void sidebar() {
    VBox bar = sidebar;
    for (ViewKind kind : ViewKind.values()) {
      ToggleButton b = new ToggleButton(kind.title(), kind.icon().node(18));
      b.setId(kind.navId());
      b.setToggleGroup(nav);
      b.setMaxWidth(Double.MAX_VALUE);
      b.setAlignment(Pos.CENTER_LEFT);
      b.getStyleClass().add("nav-item");
      b.setTooltip(new Tooltip(kind.title() + "  (" + kind.shortcutText() + ")"));
      b.setOnAction(e -> select(kind));
      buttons.put(kind, b);
      bar.getChildren().add(kind == ViewKind.RETRIES ? withBadge(b, retries().badge()) : b);
    }
    nav.selectedToggleProperty()
        .addListener(
            (o, a, b) -> {
              if (b == null) {
                a.setSelected(true);
              }
            });
  }

  private static Node withBadge(ToggleButton button, Label badge) {
    StackPane pane = new StackPane(button, badge);
    StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
    StackPane.setMargin(badge, new Insets(0, 8, 0, 0));
    badge.setMouseTransparent(true);
    return pane;
  }
}
