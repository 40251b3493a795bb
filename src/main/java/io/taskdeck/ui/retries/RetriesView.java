package io.taskdeck.ui.retries;

import io.taskdeck.core.DeadLetter;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.SelectionKeeper;
import io.taskdeck.ui.common.UiContext;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The Retries view: tasks waiting to retry (live countdown) and the dead-letter queue. */
public final class RetriesView implements AppView {
  private final RetriesViewModel model;
  private final Formats formats;
  private final BiConsumer<UUID, String> openLog;
  private final TableView<RetryRow> retrying = new TableView<>();
  private final TableView<DeadLetter> dead = new TableView<>();
  private final Timeline ticker;
  private final TabPane tabs = new TabPane();
  private final VBox root;

  public RetriesView(UiContext ctx, BiConsumer<UUID, String> openLog) {
    this.model =
        new RetriesViewModel(
            ctx.service(),
            ctx.deadLetters(),
            ctx.statistics(),
            ctx.counts(),
            ctx.executor(),
            ctx.dialogs(),
            ctx.clock());
    this.formats = ctx.formats();
    this.openLog = openLog;
    ctx.events().addListener(model::onEvents);
    Label title = new Label("Retries");
    title.getStyleClass().add("title-2");
    Label error = new Label();
    error.getStyleClass().add("error-banner");
    error.setMaxWidth(Double.MAX_VALUE);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    Tab retryTab = new Tab(null, retryingPane());
    retryTab.textProperty().bind(Bindings.concat("Retrying (", model.retryingCountProperty(), ")"));
    Tab deadTab = new Tab(null, deadPane());
    deadTab.textProperty().bind(Bindings.concat("Dead letters (", model.deadCountProperty(), ")"));
    tabs.getTabs().setAll(retryTab, deadTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("retriesTabs");
    Label shown = new Label();
    shown.setId("retriesShownNote");
    shown.getStyleClass().add("text-muted");
    shown.textProperty().bind(model.shownNote());
    shown.visibleProperty().bind(shown.textProperty().isNotEmpty());
    shown.managedProperty().bind(shown.visibleProperty());
    root = new VBox(12, title, error, shown, tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    root.setPadding(new Insets(20));
    ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> retrying.refresh()));
    ticker.setCycleCount(Timeline.INDEFINITE);
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene == null) {
                ticker.stop();
              }
            });
  }

  private Node retryingPane() {
    retrying.setId("retryingTable");
    retrying.setItems(model.retrying());
    // the rows are replaced on every poll and event: keep what the user selected
    SelectionKeeper.install(retrying, model.retrying(), r -> r.task().id());
    retrying.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    retrying.setPlaceholder(
        EmptyState.of(
            Icons.RETRIES,
            "Nothing is retrying",
            "A task that fails with attempts left waits here out its backoff before the next attempt."));
    retrying
        .getColumns()
        .setAll(
            List.of(
                column("Task", 240, (RetryRow r) -> r.task().name()),
                column("Attempt", 120, RetryRow::attemptText),
                column(
                    "Next attempt",
                    220,
                    r ->
                        formats.shortDateTime(r.task().nextRun())
                            + "  ·  "
                            + model.countdown(r.task().nextRun())),
                column(
                    "Last error",
                    400,
                    r ->
                        r.lastError() == null
                            ? "—"
                            : r.lastError().lines().findFirst().orElse(""))));
    Button now = button("Retry now", Icons.PLAY, "retryNow");
    now.setOnAction(e -> model.retryNow(retrying.getSelectionModel().getSelectedItem().task()));
    Button cancel = button("Cancel", Icons.CANCEL, "cancelRetry");
    cancel.setOnAction(e -> model.cancel(retrying.getSelectionModel().getSelectedItem().task()));
    now.disableProperty().bind(retrying.getSelectionModel().selectedItemProperty().isNull());
    cancel.disableProperty().bind(now.disableProperty());
    return pane(new HBox(8, now, cancel), retrying, null);
  }

  private Node deadPane() {
    dead.setId("deadLettersTable");
    dead.setItems(model.deadLetters());
    SelectionKeeper.install(dead, model.deadLetters(), DeadLetter::id);
    dead.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    dead.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    dead.setPlaceholder(
        EmptyState.of(
            Icons.INBOX,
            "No dead letters",
            "When a task runs out of attempts it lands here with its last error, ready to requeue."));
    dead.getColumns()
        .setAll(
            List.of(
                column("Task", 240, DeadLetter::taskName),
                column("Attempts", 90, d -> String.valueOf(d.attempts())),
                column("Failed at", 160, d -> formats.dateTime(d.failedAt())),
                column(
                    "Last error",
                    400,
                    d ->
                        d.lastError() == null
                            ? "—"
                            : d.lastError().lines().findFirst().orElse(""))));
    Button now = button("Requeue now", Icons.PLAY, "requeueNow");
    now.setOnAction(e -> model.requeue(selected(), null));
    Button at = button("Requeue at…", Icons.CLOCK, "requeueAt");
    at.setOnAction(e -> askTime());
    Button delete = button("Delete", Icons.CANCEL, "deleteDeadLetter");
    delete.setOnAction(e -> model.delete(selected()));
    Button log = button("Open log", Icons.LOGS, "openDeadLetterLog");
    log.setOnAction(e -> openLog.accept(selected().get(0).taskId(), selected().get(0).taskName()));
    var none = Bindings.isEmpty(dead.getSelectionModel().getSelectedItems());
    now.disableProperty().bind(none);
    at.disableProperty().bind(none);
    delete.disableProperty().bind(none);
    log.disableProperty()
        .bind(Bindings.size(dead.getSelectionModel().getSelectedItems()).isNotEqualTo(1));
    TextArea detail = new TextArea();
    detail.setId("deadLetterError");
    detail.setEditable(false);
    detail.setWrapText(true);
    detail.setPrefRowCount(5);
    detail.setPromptText("Select a dead letter to read its whole last error.");
    dead.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, d) -> detail.setText(d == null || d.lastError() == null ? "" : d.lastError()));
    return pane(new HBox(8, now, at, delete, log), dead, detail);
  }

  private void askTime() {
    TextInputDialog dialog =
        new TextInputDialog(
            RetriesViewModel.TIME_INPUT.format(
                java.time.ZonedDateTime.now(model.clock())
                    .withZoneSameInstant(formats.zone())
                    .plusHours(1)));
    dialog.setTitle("Requeue at");
    dialog.setHeaderText("Run the selected tasks again at (" + formats.zone().getId() + "):");
    dialog.initOwner(root.getScene().getWindow());
    List<DeadLetter> selection = selected();
    dialog.showAndWait().ifPresent(text -> model.requeueAt(selection, text, formats.zone()));
  }

  private List<DeadLetter> selected() {
    return List.copyOf(dead.getSelectionModel().getSelectedItems());
  }

  private static Node pane(HBox actions, TableView<?> table, Node detail) {
    actions.setAlignment(Pos.CENTER_LEFT);
    VBox box = new VBox(10, actions, table);
    if (detail != null) {
      box.getChildren().add(detail);
    }
    VBox.setVgrow(table, Priority.ALWAYS);
    box.setPadding(new Insets(12, 0, 0, 0));
    return box;
  }

  private static Button button(String text, Icons icon, String id) {
    Button b = new Button(text, icon.node(14));
    b.setId(id);
    return b;
  }

  private static <T> TableColumn<T, String> column(
      String name, double width, Function<T, String> text) {
    TableColumn<T, String> c = new TableColumn<>(name);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
    c.setPrefWidth(width);
    c.setSortable(false);
    return c;
  }

  /** The sidebar badge: retrying and dead-letter counts, hidden when both are zero. */
  public Label badge() {
    Label badge = new Label();
    badge.setId("retriesBadge");
    badge.getStyleClass().addAll("badge", "badge-danger", "nav-badge");
    badge
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.retryingCountProperty().get() + " · " + model.deadCountProperty().get(),
                model.retryingCountProperty(),
                model.deadCountProperty()));
    badge
        .visibleProperty()
        .bind(model.retryingCountProperty().add(model.deadCountProperty()).greaterThan(0));
    badge.setTooltip(new javafx.scene.control.Tooltip("retrying · dead letters"));
    badge
        .sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene == null) {
                model.stopPolling();
              } else {
                model.startPolling();
              }
            });
    return badge;
  }

  public RetriesViewModel model() {
    return model;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void shown() {
    model.reload();
    ticker.play();
  }
}
