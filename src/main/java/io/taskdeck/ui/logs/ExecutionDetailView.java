package io.taskdeck.ui.logs;

import io.taskdeck.core.Execution;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One attempt in full: when and where it ran, its output (stdout/stderr or HTTP response), and its error. */
final class ExecutionDetailView {
  private final Formats formats;
  private final StackPane root = new StackPane();
  private final Label title = new Label();
  private final HBox badges = new HBox(8);
  private final Label facts = new Label();
  private final TextArea output = area("executionOutput");
  private final TextArea error = area("executionError");
  private final Tab outputTab = new Tab("Output", output);
  private final Tab errorTab = new Tab("Error", error);

  ExecutionDetailView(ObjectProperty<LogRow> selected, Formats formats) {
    this.formats = formats;
    Node empty = EmptyState.of(Icons.LOGS, "No run selected", "Select a run to see its output and error.");
    VBox content = content();
    root.getChildren().addAll(empty, content);
    empty.visibleProperty().bind(selected.isNull());
    content.visibleProperty().bind(selected.isNotNull());
    selected.addListener((o, a, b) -> show(b));
    root.getStyleClass().add("detail-pane");
    root.setMinWidth(320);
  }

  Node node() {
    return root;
  }

  private VBox content() {
    title.getStyleClass().add("title-3");
    title.setWrapText(true);
    facts.getStyleClass().add("text-muted");
    facts.setWrapText(true);
    TabPane tabs = new TabPane(outputTab, errorTab);
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox box = new VBox(10, title, badges, facts, tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    box.setPadding(new Insets(16));
    return box;
  }

  private void show(LogRow row) {
    if (row == null) {
      return;
    }
    Execution e = row.execution();
    title.setText(row.taskName());
    Label code = new Label(ExecutionTable.code(e));
    code.getStyleClass().add("chip");
    badges.getChildren().setAll(Badges.of(e.status()));
    if (e.exitCode() != null || e.httpStatus() != null) {
      badges.getChildren().add(code);
    }
    facts.setText("Attempt " + e.attempt() + " on " + e.nodeId()
        + "\nScheduled " + formats.dateTime(e.scheduledFor())
        + "\nStarted " + formats.dateTime(e.startedAt()) + ", finished " + formats.dateTime(e.finishedAt())
        + " (" + Formats.duration(e.duration()) + ")");
    outputTab.setText(e.httpStatus() != null ? "HTTP response" : "Output");
    String out = e.output() == null || e.output().isEmpty() ? "(no output)" : e.output();
    output.setText(e.httpStatus() != null ? "HTTP " + e.httpStatus() + "\n\n" + out : out);
    error.setText(e.error() == null || e.error().isEmpty() ? "(no error)" : e.error());
    errorTab.setText(e.error() == null || e.error().isEmpty() ? "Error" : "Error ●");
  }

  private static TextArea area(String id) {
    TextArea a = new TextArea();
    a.setId(id);
    a.setEditable(false);
    a.setWrapText(true);
    a.getStyleClass().add("mono");
    return a;
  }
}
