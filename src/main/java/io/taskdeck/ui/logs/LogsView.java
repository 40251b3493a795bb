package io.taskdeck.ui.logs;

import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Converters;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.Labels;
import io.taskdeck.ui.common.UiContext;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/** The Logs view: the execution log (filters, detail, follow mode) and the application log tab. */
public final class LogsView implements AppView {
  private final LogsViewModel model;
  private final AppLogViewModel appLog;
  private final TableView<LogRow> table;
  private final BorderPane root = new BorderPane();
  private final ExecutionDetailView detail;
  private final SimpleObjectProperty<LogRow> selected = new SimpleObjectProperty<>();
  private boolean loadedOnce;

  public LogsView(UiContext ctx, Path appLogFile) {
    this.model = new LogsViewModel(ctx.service(), ctx.executor(), ctx.clock());
    this.appLog = new AppLogViewModel(appLogFile, ctx.executor());
    this.table = ExecutionTable.create(ctx.formats());
    this.detail =
        new ExecutionDetailView(
            selected, ctx.formats(), ctx.service(), ctx.executor(), ctx.clock());
    ctx.events().addListener(model::onEvents);
    table.setItems(model.rows());
    selected.bind(table.getSelectionModel().selectedItemProperty());
    updatePlaceholder();
    model.errorProperty().addListener(o -> updatePlaceholder());
    model.statusFilterProperty().addListener(o -> updatePlaceholder());
    model.taskFilterProperty().addListener(o -> updatePlaceholder());
    TabPane tabs =
        new TabPane(new Tab("Executions", executions()), new Tab("Application log", appLogPane()));
    tabs.setId("logsTabs");
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.getSelectionModel()
        .selectedIndexProperty()
        .addListener(
            (o, a, b) -> {
              if (b.intValue() == 1) {
                appLog.start();
              } else {
                appLog.stop();
              }
            });
    Label title = new Label("Logs");
    title.getStyleClass().add("title-2");
    HBox head = new HBox(title);
    head.getStyleClass().add("view-toolbar");
    root.setTop(head);
    root.setCenter(tabs);
  }

  private Node executions() {
    VBox left = new VBox(filters(), table, footer());
    VBox.setVgrow(table, Priority.ALWAYS);
    SplitPane split = new SplitPane(left, detail.node());
    split.setDividerPositions(0.69);
    return split;
  }

  private Node filters() {
    TextField task = new TextField();
    task.setId("logTaskFilter");
    task.setPromptText("All tasks (type to search every task)");
    task.setPrefWidth(260);
    task.setText(shown(model.taskFilterProperty().get()));
    // suggestions come from the server, searched over all tasks, on ControlsFX's background thread
    AutoCompletionBinding<TaskChoice> completion =
        TextFields.bindAutoCompletion(
            task, request -> model.suggest(request.getUserText()), Converters.of(TaskChoice::name));
    completion.setOnAutoCompleted(e -> model.taskFilterProperty().set(e.getCompletion()));
    task.setOnAction(e -> model.chooseTask(task.getText()));
    task.textProperty()
        .addListener(
            (o, a, b) -> {
              if (b.isBlank() && model.taskFilterProperty().get() != TaskChoice.ALL) {
                model.taskFilterProperty().set(TaskChoice.ALL);
              }
            });
    model
        .taskFilterProperty()
        .addListener(
            (o, a, b) -> {
              if (!task.getText().equals(shown(b))) {
                task.setText(shown(b));
              }
            });
    ComboBox<ExecutionStatus> status = new ComboBox<>();
    status.setId("logStatusFilter");
    status.getItems().add(null);
    status.getItems().addAll(ExecutionStatus.values());
    status.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(ExecutionStatus s) {
            return s == null ? "All outcomes" : Labels.of(s);
          }

          @Override
          public ExecutionStatus fromString(String s) {
            return null;
          }
        });
    status.valueProperty().bindBidirectional(model.statusFilterProperty());
    ComboBox<TimeRange> range = new ComboBox<>();
    range.getItems().addAll(TimeRange.values());
    range.valueProperty().bindBidirectional(model.rangeProperty());
    ToggleButton follow = new ToggleButton("Follow", Icons.PLAY.node(12));
    follow.setId("followToggle");
    follow.selectedProperty().bindBidirectional(model.followProperty());
    Button refresh = new Button("Refresh", Icons.REFRESH.node(12));
    refresh.setOnAction(e -> model.reload());
    ProgressIndicator busy = new ProgressIndicator();
    busy.setMaxSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());
    HBox box = new HBox(8, task, status, range, follow, refresh, busy);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(10, 12, 10, 12));
    return box;
  }

  private static String shown(TaskChoice choice) {
    return choice == null || choice.id() == null ? "" : choice.name();
  }

  private Node footer() {
    Label count = new Label();
    count.getStyleClass().add("text-muted");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.rows().size()
                        + " runs"
                        + (model.hasMoreProperty().get() ? " shown, more available" : "")
                        + (model.followProperty().get() ? "  ·  following new runs" : ""),
                model.rows(),
                model.hasMoreProperty(),
                model.followProperty()));
    Button more = new Button("Load more");
    more.visibleProperty().bind(model.hasMoreProperty());
    more.setOnAction(e -> model.loadMore());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, count, grow, more);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("table-footer");
    return bar;
  }

  private void updatePlaceholder() {
    if (model.errorProperty().get() != null) {
      table.setPlaceholder(
          EmptyState.withAction(
              Icons.WARNING,
              "The log could not be loaded",
              model.errorProperty().get(),
              "Try again",
              model::reload));
    } else if (model.statusFilterProperty().get() != null
        || model.taskFilterProperty().get() != TaskChoice.ALL) {
      table.setPlaceholder(
          EmptyState.of(Icons.SEARCH, "No matching runs", "No run matches these filters."));
    } else {
      table.setPlaceholder(
          EmptyState.of(
              Icons.LOGS,
              "No runs yet",
              "Each attempt of each task appears here as it finishes: its outcome, duration and output."));
    }
  }

  private Node appLogPane() {
    TextArea text = new TextArea();
    text.setId("appLogText");
    text.setEditable(false);
    text.getStyleClass().add("mono");
    text.textProperty().bind(appLog.textProperty());
    text.textProperty().addListener((o, a, b) -> text.setScrollTop(Double.MAX_VALUE));
    Node missing =
        EmptyState.of(
            Icons.INBOX,
            "No application log yet",
            "Taskdeck writes its log to "
                + appLog.file()
                + ". It appears here, tailed live, once it exists.");
    missing.visibleProperty().bind(appLog.existsProperty().not());
    text.visibleProperty().bind(appLog.existsProperty());
    Label path = new Label(appLog.file().toString());
    path.getStyleClass().add("text-muted");
    path.setPadding(new Insets(8, 12, 8, 12));
    BorderPane pane = new BorderPane(new StackPane(text, missing));
    pane.setTop(path);
    return pane;
  }

  public LogsViewModel model() {
    return model;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void refresh() {
    loadedOnce = true;
    model.reload();
  }

  @Override
  public void shown() {
    if (!loadedOnce) {
      loadedOnce = true;
      model.reload();
    }
  }
}
