package io.taskdeck.ui.shell;

import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.shell.ShellViewModel.Health;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar (green, amber or red, with the reason) and the banner that marks stale data. */
final class StatusBar {
  private StatusBar() {}

  static Node create(ShellViewModel model) {
    Region dot = new Region();
    dot.getStyleClass().add("status-dot");
    dot.styleProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    "-fx-background-color: "
                        + switch (model.healthProperty().get()) {
                          case OK -> "-color-success-emphasis;";
                          case DEGRADED -> "-color-warning-emphasis;";
                          case DOWN -> "-color-danger-emphasis;";
                        },
                model.healthProperty()));
    Label state = new Label();
    state.setId("engineState");
    state.textProperty().bind(Bindings.concat("Engine ", model.engineStateProperty()));
    Label reason = new Label();
    reason.setId("statusReason");
    reason.textProperty().bind(model.reasonProperty());
    reason.visibleProperty().bind(model.reasonProperty().isNotEmpty());
    reason.managedProperty().bind(reason.visibleProperty());
    reason.setMinWidth(0);
    reason.setMaxWidth(Double.MAX_VALUE);
    HBox.setHgrow(reason, Priority.ALWAYS);
    // a long reason is cut in the bar; its tooltip holds the whole of it
    Tooltip full = new Tooltip();
    full.textProperty().bind(model.reasonProperty());
    full.setWrapText(true);
    full.setMaxWidth(600);
    reason.setTooltip(full);
    model
        .healthProperty()
        .addListener(
            (o, was, h) -> {
              reason.getStyleClass().removeAll("status-warning", "status-danger");
              if (h != Health.OK) {
                reason.getStyleClass().add(h == Health.DOWN ? "status-danger" : "status-warning");
              }
            });
    Label running = new Label();
    running.setId("runningCount");
    running.textProperty().bind(Bindings.concat(model.runningProperty(), " running"));
    Label node = new Label();
    node.textProperty().bind(Bindings.concat("node ", model.nodeIdProperty()));
    node.getStyleClass().add("text-muted");
    node.setMinWidth(Region.USE_PREF_SIZE);
    Label keys =
        new Label(
            "Ctrl+N new · Enter edit · Ctrl+R run · Space pause · Del cancel · Ctrl+F search · F5 refresh");
    keys.getStyleClass().add("text-muted");
    keys.setMinWidth(0);
    HBox bar = new HBox(10, dot, state, new Label("·"), running, reason, keys, node);
    bar.setAlignment(Pos.CENTER_LEFT);
    bar.getStyleClass().add("status-bar");
    bar.setId("statusBar");
    return bar;
  }

  /** Shown above every view while the database does not answer. */
  static Node staleBanner(ShellViewModel model) {
    Label banner = new Label();
    banner.setId("staleBanner");
    banner.getStyleClass().add("error-banner");
    banner.setGraphic(Icons.WARNING.node(16));
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setWrapText(true);
    banner.textProperty().bind(model.staleNoteProperty());
    banner.visibleProperty().bind(model.staleProperty());
    banner.managedProperty().bind(banner.visibleProperty());
    return banner;
  }
}
