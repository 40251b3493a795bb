package io.taskdeck.ui.cluster;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiContext;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Cluster view: every node on this database, this one highlighted, stale nodes explained. */
public final class ClusterView implements AppView {
  private final ClusterViewModel model;
  private final Formats formats;
  private final TableView<ClusterNode> table = new TableView<>();
  private final VBox root;

  public ClusterView(UiContext ctx) {
    this.model = new ClusterViewModel(ctx.service(), ctx.executor(), ctx.clock());
    this.formats = ctx.formats();
    Label title = new Label("Cluster");
    title.getStyleClass().add("title-2");
    Label subtitle = new Label();
    subtitle.getStyleClass().add("text-muted");
    subtitle
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.updatedAtProperty().get() == null
                        ? "Reading the nodes…"
                        : "Nodes checked in on this database · updated "
                            + formats.dateTime(model.updatedAtProperty().get())
                            + " · refreshes every "
                            + ClusterViewModel.POLL.toSeconds()
                            + " s",
                model.updatedAtProperty()));
    Label warning = banner("warning-banner", Icons.WARNING);
    warning.setId("clusterWarning");
    warning.textProperty().bind(model.warningProperty());
    Label error = banner("error-banner", Icons.WARNING);
    error.textProperty().bind(model.errorProperty());
    buildTable();
    root = new VBox(12, title, subtitle, error, warning, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    root.setPadding(new Insets(20));
    root.setId("cluster");
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene == null) {
                model.stop();
              }
            });
  }

  private static Label banner(String style, Icons icon) {
    Label l = new Label();
    l.getStyleClass().add(style);
    l.setGraphic(icon.node(16));
    l.setWrapText(true);
    l.setMaxWidth(Double.MAX_VALUE);
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    l.managedProperty().bind(l.visibleProperty());
    return l;
  }

  private void buildTable() {
    table.setId("clusterTable");
    table.setItems(model.nodes());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(
        EmptyState.of(
            Icons.CLUSTER,
            "No nodes yet",
            "Nodes appear once their scheduler has checked in to this database (every few seconds)."));
    table
        .getColumns()
        .setAll(
            java.util.List.of(
                column(
                    "Node",
                    n ->
                        n.nodeId()
                            + (n.nodeId().equals(model.thisNodeProperty().get())
                                ? "  (this node)"
                                : "")),
                column("Host", n -> n.host() == null ? "—" : n.host()),
                column("Mode", n -> n.mode().wireName()),
                column(
                    "Last check-in",
                    n -> formats.shortDateTime(n.lastCheckin()) + "  ·  " + model.age(n)),
                column("Running", n -> String.valueOf(n.running())),
                healthColumn()));
    double[] widths = {260, 180, 120, 200, 80, 120};
    for (int i = 0; i < widths.length; i++) {
      table.getColumns().get(i).setPrefWidth(widths[i]);
    }
    table.setRowFactory(
        t ->
            new TableRow<>() {
              @Override
              protected void updateItem(ClusterNode node, boolean empty) {
                super.updateItem(node, empty);
                pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("self"),
                    !empty && node != null && node.nodeId().equals(model.thisNodeProperty().get()));
              }
            });
  }

  private static TableColumn<ClusterNode, String> column(
      String name, Function<ClusterNode, String> text) {
    TableColumn<ClusterNode, String> c = new TableColumn<>(name);
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
    c.setSortable(false);
    return c;
  }

  private static TableColumn<ClusterNode, ClusterNode.Health> healthColumn() {
    TableColumn<ClusterNode, ClusterNode.Health> c = new TableColumn<>("Health");
    c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().health()));
    c.setSortable(false);
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(ClusterNode.Health h, boolean empty) {
                super.updateItem(h, empty);
                setText(null);
                if (empty || h == null) {
                  setGraphic(null);
                  return;
                }
                Label badge = new Label(h.wireName());
                badge
                    .getStyleClass()
                    .addAll(
                        "badge",
                        switch (h) {
                          case OK -> "badge-success";
                          case STALE -> "badge-warning";
                          case CLOCK_SKEWED -> "badge-danger";
                        });
                setGraphic(badge);
              }
            });
    return c;
  }

  public ClusterViewModel model() {
    return model;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void shown() {
    model.start();
  }
}
