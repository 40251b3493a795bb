package io.taskdeck.ui.tasks;

import io.taskdeck.core.Task;
import io.taskdeck.core.TaskAction;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.SelectionKeeper;
import io.taskdeck.ui.common.TableReveal;
import io.taskdeck.ui.common.UiContext;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Tasks view: toolbar, filters, the paged table, and the detail pane. */
public final class TasksView implements AppView {
  private final UiContext ctx;
  private final TasksViewModel model;
  private final TaskActions actions;
  private final TaskDetailViewModel detail;
  private final BulkActions bulk;
  private final TableView<Task> table;
  private final TextField search = new TextField();
  private final BorderPane root = new BorderPane();
  private boolean loadedOnce;

  public TasksView(UiContext ctx) {
    this.ctx = ctx;
    this.model = new TasksViewModel(ctx.service(), ctx.statistics(), ctx.executor());
    this.actions = new TaskActions(ctx.service(), ctx.executor(), ctx.dialogs(), model);
    this.bulk =
        new BulkActions(ctx.service(), ctx.executor(), ctx.dialogs(), actions.noticeProperty());
    this.detail =
        new TaskDetailViewModel(ctx.service(), ctx.audit(), ctx.executor(), ctx.formats());
    this.table = TaskTable.create(ctx.formats(), model.sortProperty());
    ctx.events().addListener(model::onEvents);
    ctx.events().addListener(detail::onEvents);
    build();
  }

  private void build() {
    SelectionKeeper.install(table, model.tasks(), Task::id);
    table.setItems(model.tasks());
    table.setContextMenu(contextMenu());
    table.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            editSelected();
            e.consume();
          } else if (e.getCode() == KeyCode.SPACE) {
            togglePauseSelected();
            e.consume();
          } else if (e.getCode() == KeyCode.DELETE) {
            cancelSelected();
            e.consume();
          }
        });
    table.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            editSelected();
          }
        });
    table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.show(b));
    model.tasks().addListener((ListChangeListener<Task>) c -> followSelection());
    updatePlaceholder();
    model.loadingProperty().addListener(o -> updatePlaceholder());
    model.errorProperty().addListener(o -> updatePlaceholder());
    VBox center = new VBox(table, footer());
    VBox.setVgrow(table, Priority.ALWAYS);
    SplitPane split = new SplitPane(center, new TaskDetailView(detail, ctx.formats()).node());
    split.setDividerPositions(0.78);
    root.setTop(new VBox(toolbar(), filters()));
    root.setCenter(split);
    root.getStyleClass().add("tasks-view");
  }

  private void followSelection() {
    Task shown = detail.taskProperty().get();
    if (shown != null) {
      model.tasks().stream()
          .filter(t -> t.id().equals(shown.id()) && !t.equals(shown))
          .findFirst()
          .ifPresent(detail::show);
    }
  }

  /**
   * A tool bar, not a box: buttons that do not fit move into its overflow menu instead of being
   * cut.
   */
  private Node toolbar() {
    Button create = button("New task", Icons.ADD, this::newTask, "Ctrl+N");
    create.getStyleClass().add("accent");
    create.setId("newTaskButton");
    Button edit =
        selectionButton("Edit", Icons.EDIT, this::editSelected, "Enter or Ctrl+E", TaskAction.EDIT);
    Button duplicate =
        selectionButton("Duplicate", Icons.COPY, this::duplicateSelected, "Ctrl+D", null);
    Button run =
        selectionButton("Run now", Icons.PLAY, this::runSelected, "Ctrl+R", TaskAction.RUN_NOW);
    run.setId("runNowButton");
    Button pause =
        selectionButton(
            "Pause / Resume",
            Icons.PAUSE,
            this::togglePauseSelected,
            "Space or Ctrl+P",
            TaskAction.PAUSE,
            TaskAction.RESUME);
    pause.setId("pauseButton");
    Button stop =
        selectionButton("Stop", Icons.STOP, this::stopSelected, "Ctrl+Shift+S", TaskAction.STOP);
    stop.setId("stopButton");
    Button reschedule =
        selectionButton(
            "Reschedule", Icons.CLOCK, this::rescheduleSelected, "Ctrl+Shift+R", TaskAction.EDIT);
    Button cancel =
        selectionButton("Cancel", Icons.CANCEL, this::cancelSelected, "Delete", TaskAction.CANCEL);
    cancel.setId("cancelButton");
    cancel.getStyleClass().add("danger");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label title = new Label("Tasks");
    title.getStyleClass().add("title-2");
    title.setMinWidth(Region.USE_PREF_SIZE);
    ToolBar bar =
        new ToolBar(title, grow, create, edit, duplicate, run, pause, stop, reschedule, cancel);
    bar.setId("tasksToolbar");
    bar.getStyleClass().add("view-toolbar");
    return bar;
  }

  private Node filters() {
    Label notice = new Label();
    notice.textProperty().bind(actions.noticeProperty());
    return TaskFilters.create(model, search, notice);
  }

  private Node footer() {
    Label count = new Label();
    count.getStyleClass().add("text-muted");
    count.setId("tasksCount");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> countText(),
                model.tasks(),
                model.hasMoreProperty(),
                model.lastLoadTimeProperty(),
                model.totalProperty()));
    MenuButton all = new MenuButton();
    all.setId("allMatchingButton");
    all.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> String.format("All %,d matching", Math.max(0, model.totalProperty().get())),
                model.totalProperty()));
    all.visibleProperty().bind(model.totalProperty().greaterThan(0));
    all.disableProperty().bind(bulk.runningProperty());
    all.setTooltip(
        new Tooltip("Act on every task the search and filters match, not only the loaded rows"));
    for (BulkActions.Bulk b : BulkActions.Bulk.values()) {
      MenuItem item = new MenuItem(b.verb() + "…");
      item.setOnAction(
          e -> bulk.apply(b, model.query(), model.totalProperty().get(), model::reload));
      all.getItems().add(item);
    }
    Button more = new Button("Load more");
    more.setId("loadMoreButton");
    more.visibleProperty().bind(model.hasMoreProperty());
    more.disableProperty().bind(model.loadingProperty());
    more.setOnAction(e -> model.loadMore());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox bar = new HBox(8, count, grow, all, more);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("table-footer");
    return bar;
  }

  /** "100 of 523,411 tasks shown" (the count of all matching tasks, not of the loaded pages). */
  private String countText() {
    int n = model.tasks().size();
    long total = model.totalProperty().get();
    String shown =
        total < 0
            ? String.format("%,d tasks shown, counting all…", n)
            : total == n
                ? (n == 1 ? "1 task" : String.format("%,d tasks", n))
                : String.format("%,d of %,d tasks shown", n, total);
    var took = model.lastLoadTimeProperty().get();
    return shown + (took == null ? "" : "  ·  page query " + took.toMillis() + " ms");
  }

  private void updatePlaceholder() {
    if (model.errorProperty().get() != null) {
      table.setPlaceholder(
          EmptyState.withAction(
              Icons.WARNING,
              "Tasks could not be loaded",
              model.errorProperty().get(),
              "Try again",
              model::reload));
    } else if (model.loadingProperty().get() && model.tasks().isEmpty()) {
      ProgressIndicator p = new ProgressIndicator();
      p.setMaxSize(36, 36);
      VBox loading = new VBox(10, p, new Label("Loading tasks…"));
      loading.setAlignment(Pos.CENTER);
      table.setPlaceholder(loading);
    } else if (model.filtered()) {
      table.setPlaceholder(
          EmptyState.of(
              Icons.SEARCH,
              "No matching tasks",
              "No task matches the search and filters. Clear them to see every task."));
    } else {
      table.setPlaceholder(
          EmptyState.withAction(
              Icons.TASKS,
              "No tasks yet",
              "Create a task to run a shell command or call a URL, once, every few minutes or on a cron schedule.",
              "New task",
              this::newTask));
    }
  }

  private ContextMenu contextMenu() {
    MenuItem edit = new MenuItem("Edit");
    edit.setOnAction(e -> editSelected());
    MenuItem dup = new MenuItem("Duplicate");
    dup.setOnAction(e -> duplicateSelected());
    MenuItem run = new MenuItem("Run now");
    run.setOnAction(e -> runSelected());
    MenuItem pause = new MenuItem("Pause / Resume");
    pause.setOnAction(e -> togglePauseSelected());
    MenuItem stop = new MenuItem("Stop…");
    stop.setOnAction(e -> stopSelected());
    MenuItem resched = new MenuItem("Reschedule…");
    resched.setOnAction(e -> rescheduleSelected());
    MenuItem cancel = new MenuItem("Cancel…");
    cancel.setOnAction(e -> cancelSelected());
    return new ContextMenu(edit, dup, run, pause, resched, new SeparatorMenuItem(), stop, cancel);
  }

  private Button button(String text, Icons icon, Runnable action, String keys) {
    Button b = new Button(text, icon.node(14));
    b.setMinWidth(Region.USE_PREF_SIZE);
    b.setOnAction(e -> action.run());
    b.setTooltip(new Tooltip(text + "  (" + keys + ")"));
    return b;
  }

  /**
   * A button for the selected tasks, enabled while at least one of them is in a status where one of
   * {@code actions} does something (none: any selection).
   */
  private Button selectionButton(
      String text, Icons icon, Runnable action, String keys, TaskAction... actions) {
    Button b = button(text, icon, action, keys);
    b.disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () ->
                    table.getSelectionModel().getSelectedItems().stream()
                        .noneMatch(
                            t ->
                                t != null
                                    && (actions.length == 0
                                        || actions[0] == null
                                        || java.util.Arrays.stream(actions)
                                            .anyMatch(a -> a.appliesTo(t.status())))),
                table.getSelectionModel().getSelectedItems(),
                model.tasks()));
    return b;
  }

  private List<Task> selection() {
    return List.copyOf(table.getSelectionModel().getSelectedItems());
  }

  private Task single() {
    return table.getSelectionModel().getSelectedItem();
  }

  public void newTask() {
    openEditor(null, false);
  }

  public void editSelected() {
    if (single() != null) {
      openEditor(single(), false);
    }
  }

  public void duplicateSelected() {
    if (single() != null) {
      openEditor(single(), true);
    }
  }

  public void runSelected() {
    actions.runNow(selection());
  }

  public void togglePauseSelected() {
    actions.togglePause(selection());
  }

  public void cancelSelected() {
    actions.cancel(selection());
  }

  public void stopSelected() {
    actions.stop(selection());
  }

  public void rescheduleSelected() {
    Task t = single();
    if (t != null) {
      new RescheduleDialog(ctx, t, root.getScene().getWindow())
          .showAndWait()
          .ifPresent(s -> actions.reschedule(t, s));
    }
  }

  /**
   * Selects task {@code id} and shows its detail; when it is not loaded, the list is searched for
   * its name first.
   */
  public void reveal(UUID id, String name) {
    if (!TableReveal.select(table, Task::id, id)) {
      table.getSelectionModel().clearSelection();
      model.searchFor(name);
      TableReveal.afterLoad(
          model.loadingProperty(),
          () -> {
            if (!TableReveal.select(table, Task::id, id) && model.errorProperty().get() == null) {
              actions.noticeProperty().set("\"" + name + "\" is no longer in the task list");
            }
          });
    }
  }

  public void focusSearch() {
    search.requestFocus();
    search.selectAll();
  }

  private void openEditor(Task original, boolean duplicate) {
    TaskEditorViewModel vm =
        new TaskEditorViewModel(ctx.service(), ctx.executor(), ctx.clock(), original, duplicate);
    new TaskEditorDialog(vm, ctx.dialogs(), root.getScene().getWindow())
        .show(
            saved -> {
              actions
                  .noticeProperty()
                  .set(
                      (saved == vm.original() ? "Nothing changed in \"" : "Saved \"")
                          + saved.name()
                          + "\"");
              model.reload();
            });
  }

  public TasksViewModel model() {
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
