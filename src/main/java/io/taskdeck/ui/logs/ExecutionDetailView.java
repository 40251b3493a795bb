package io.taskdeck.ui.logs;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
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

/**
 * One attempt in full: when and where it ran, its output (stdout/stderr or HTTP response), and its
 * error; while it runs, its elapsed time and its output so far, refreshed about once a second.
 */
final class ExecutionDetailView {
  private final Formats formats;
  private final Clock clock;
  private final LiveRun live;
  private final StackPane root = new StackPane();
  private final Label title = new Label();
  private final HBox badges = new HBox(8);
  private final Label facts = new Label();
  private final TextArea output = area("executionOutput");
  private final TextArea stderr = area("executionStderr");
  private final TextArea error = area("executionError");
  private final Tab outputTab = new Tab("Output", output);
  private final Tab stderrTab = new Tab("stderr", stderr);
  private final Tab errorTab = new Tab("Error", error);
  private final TabPane tabs = new TabPane(outputTab, stderrTab, errorTab);

  ExecutionDetailView(
      ObjectProperty<LogRow> selected,
      Formats formats,
      TaskService service,
      UiExecutor executor,
      Clock clock) {
    this.formats = formats;
    this.clock = clock;
    this.live =
        new LiveRun(
            service,
            executor,
            e -> {
              LogRow shown = selected.get();
              if (shown != null && shown.execution().logId() == e.logId()) {
                render(new LogRow(e, shown.taskName()));
              }
            });
    Node empty =
        EmptyState.of(Icons.LOGS, "No run selected", "Select a run to see its output and error.");
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
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox box = new VBox(10, title, badges, facts, tabs);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    box.setPadding(new Insets(16));
    return box;
  }

  private void show(LogRow row) {
    live.watch(row == null ? null : row.execution());
    if (row != null) {
      render(row);
    }
  }

  private void render(LogRow row) {
    Execution e = row.execution();
    title.setText(row.taskName());
    Label code = new Label(ExecutionTable.code(e));
    code.getStyleClass().add("chip");
    badges.getChildren().setAll(Badges.of(e.status()));
    if (e.exitCode() != null || e.httpStatus() != null) {
      badges.getChildren().add(code);
    }
    facts.setText(
        "Attempt "
            + e.attempt()
            + " on "
            + e.nodeId()
            + "\nScheduled "
            + formats.dateTime(e.scheduledFor())
            + "\nStarted "
            + formats.dateTime(e.startedAt())
            + (e.status() == ExecutionStatus.RUNNING && e.startedAt() != null
                ? ", running for "
                    + Formats.duration(Duration.between(e.startedAt(), clock.instant()))
                : ", finished "
                    + formats.dateTime(e.finishedAt())
                    + " ("
                    + Formats.duration(e.duration())
                    + ")"));
    boolean http = e.httpStatus() != null;
    ShellOutput split = http ? new ShellOutput(nz(e.output()), "") : ShellOutput.split(e.output());
    outputTab.setText(http ? "HTTP response" : "stdout");
    String out =
        split.stdout().isEmpty()
            ? e.status() == ExecutionStatus.RUNNING ? "(no output yet)" : "(no output)"
            : split.stdout();
    output.setText(http ? "HTTP " + e.httpStatus() + "\n\n" + out : out);
    if (e.status() == ExecutionStatus.RUNNING) {
      output.positionCaret(output.getLength()); // a live tail shows its newest lines
    }
    stderr.setText(split.stderr());
    if (split.stderr().isEmpty()) {
      tabs.getTabs().remove(stderrTab);
    } else if (!tabs.getTabs().contains(stderrTab)) {
      tabs.getTabs().add(1, stderrTab);
    }
    error.setText(e.error() == null || e.error().isEmpty() ? "(no error)" : e.error());
    errorTab.setText(e.error() == null || e.error().isEmpty() ? "Error" : "Error ●");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
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
