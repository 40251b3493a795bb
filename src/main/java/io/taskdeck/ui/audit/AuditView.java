package io.taskdeck.ui.audit;

import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Audit view: who changed what, newest first, filtered by object, actor and action
 * (docs/audit.md).
 */
public final class AuditView implements AppView {
  private final AuditViewModel model;
  private final Formats formats;
  private final TableView<AuditEvent> table = new TableView<>();
  private final VBox root;

  public AuditView(UiContext ctx) {
    this.model = new AuditViewModel(ctx.audit(), ctx.executor());
    this.formats = ctx.formats();
    Label title = new Label("Audit");
    title.getStyleClass().add("title-2");
    Label subtitle =
        new Label(
            "Every change made through the API, this window or the command line, with who made it."
                + " The engine's own changes (runs, retries) are in Logs.");
    subtitle.getStyleClass().add("text-muted");
    subtitle.setWrapText(true);
    Label error = new Label();
    error.getStyleClass().add("error-banner");
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(error.textProperty().isNotEmpty());
    error.managedProperty().bind(error.visibleProperty());
    buildTable();
    Button more = new Button("Load more");
    more.setId("auditMore");
    more.visibleProperty().bind(model.hasMoreProperty());
    more.managedProperty().bind(more.visibleProperty());
    more.setOnAction(e -> model.loadMore());
    root = new VBox(12, title, subtitle, filters(), error, table, more);
    VBox.setVgrow(table, Priority.ALWAYS);
    root.setPadding(new Insets(20));
    root.setId("audit");
  }

  private HBox filters() {
    TextField object =
        field("auditObject", "Object: task id, calendar or token name", model.objectIdProperty());
    TextField actor =
        field("auditActor", "Who: token name, env, desktop:user@host", model.actorProperty());
    List<AuditAction> actions = new ArrayList<>();
    actions.add(null);
    actions.addAll(Arrays.asList(AuditAction.values()));
    ComboBox<AuditAction> action =
        new ComboBox<>(javafx.collections.FXCollections.observableArrayList(actions));
    action.setId("auditAction");
    action.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(AuditAction a) {
            return a == null ? "Any action" : a.wireName();
          }

          @Override
          public AuditAction fromString(String s) {
            return null;
          }
        });
    action.valueProperty().bindBidirectional(model.actionProperty());
    action.setOnAction(e -> model.load());
    Button apply = new Button("Filter", Icons.SEARCH.node(14));
    apply.setId("auditFilter");
    apply.setDefaultButton(true);
    apply.setOnAction(e -> model.load());
    HBox bar = new HBox(8, object, actor, action, apply);
    bar.setAlignment(Pos.CENTER_LEFT);
    HBox.setHgrow(object, Priority.ALWAYS);
    return bar;
  }

  private static TextField field(
      String id, String prompt, javafx.beans.property.StringProperty bound) {
    TextField f = new TextField();
    f.setId(id);
    f.setPromptText(prompt);
    f.setPrefColumnCount(22);
    f.textProperty().bindBidirectional(bound);
    return f;
  }

  private void buildTable() {
    table.setId("auditTable");
    table.setItems(model.rows());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        EmptyState.of(
            Icons.CLOCK,
            "No changes recorded",
            "Creating, editing, pausing or running a task, and changing calendars or tokens, is recorded here."));
    table
        .getColumns()
        .setAll(
            List.of(
                column("When", e -> formats.shortDateTime(e.at())),
                column("Who", AuditEvent::actor),
                column("Action", AuditEvent::action),
                column(
                    "Object",
                    e ->
                        e.objectType()
                            + " "
                            + (e.objectName() == null ? e.objectId() : e.objectName())),
                column("Changes", AuditViewModel::changesText)));
    double[] widths = {150, 200, 120, 220, 400};
    for (int i = 0; i < widths.length; i++) {
      table.getColumns().get(i).setPrefWidth(widths[i]);
    }
  }

  private static TableColumn<AuditEvent, String> column(
      String name, Function<AuditEvent, String> text) {
    TableColumn<AuditEvent, String> c = new TableColumn<>(name);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
    c.setSortable(false);
    return c;
  }

  public AuditViewModel model() {
    return model;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void shown() {
    model.load();
  }
}
