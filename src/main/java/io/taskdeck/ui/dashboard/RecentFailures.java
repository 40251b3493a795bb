package io.taskdeck.ui.dashboard;

import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.Formats;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The most recent failed attempts; each row's link opens the task's log. */
final class RecentFailures {
  private final ObservableList<FailureRow> rows;
  private final Formats formats;
  private final BiConsumer<UUID, String> openLog;
  private final VBox list = new VBox(8);

  RecentFailures(
      ObservableList<FailureRow> rows, Formats formats, BiConsumer<UUID, String> openLog) {
    this.rows = rows;
    this.formats = formats;
    this.openLog = openLog;
    list.setId("recentFailures");
    rows.addListener((ListChangeListener<FailureRow>) c -> render());
    render();
  }

  Node node() {
    return list;
  }

  private void render() {
    if (rows.isEmpty()) {
      list.getChildren().setAll(DashboardView.noFailures());
      return;
    }
    list.getChildren().setAll(rows.stream().map(this::row).toList());
  }

  private Node row(FailureRow r) {
    Hyperlink name = new Hyperlink(r.taskName());
    name.setOnAction(e -> openLog.accept(r.execution().taskId(), r.taskName()));
    name.setTooltip(new javafx.scene.control.Tooltip("Open this task's log"));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label when = new Label(formats.shortDateTime(r.execution().finishedAt()));
    when.getStyleClass().add("text-muted");
    HBox top = new HBox(8, Badges.of(r.execution().status()), name, grow, when);
    top.setAlignment(Pos.CENTER_LEFT);
    String error =
        r.execution().error() == null
            ? "(no error message)"
            : r.execution().error().lines().findFirst().orElse("");
    Label detail = new Label("attempt " + r.execution().attempt() + " · " + error);
    detail.getStyleClass().add("text-muted");
    detail.setWrapText(false);
    detail.setMaxWidth(380);
    VBox box = new VBox(2, top, detail);
    box.getStyleClass().add("failure-row");
    return box;
  }
}
