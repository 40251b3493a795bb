package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsReader;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Issue 18 §2: File → Export… and Import… in the window, on the real engine (temporary H2). */
@Tag("gui")
class DefinitionsGuiTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String OPS =
      """
      version: 1
      tasks:
      - name: backup
        group: ops
        type: shell
        payload:
          command: echo backup
        schedule:
          kind: cron
          expression: 0 0 2 * * ?
          zone: UTC
      - name: ping
        group: ops
        type: noop
        schedule:
          kind: cron
          expression: 0 0 3 * * ?
          zone: UTC
      """;

  @TempDir Path dataDir;
  private final FxRobot robot = new FxRobot();
  private EngineBackend backend;
  private DesktopDriver driver;

  @BeforeEach
  void open() {
    backend = new EngineBackend(dataDir.resolve("db"), 1, false);
    driver = new DesktopDriver(backend, dataDir, Clock.systemUTC());
  }

  @AfterEach
  void close() throws InterruptedException {
    driver.close();
    backend.close();
  }

  @Test
  void exportWritesTheLiveTasksOfTheChosenGroupToTheFile() throws Exception {
    applyDirectly(OPS);
    backend.tasks().schedule(TaskSpec.builder().name("elsewhere").group("other").build());
    Path out = dataDir.resolve("ops.yaml");

    menu("Export…");
    Fx.run(
        () -> {
          field("#exportFile").setText(out.toString());
          field("#exportGroup").setText("ops");
        });
    robot.clickOn("#exportButton");

    Label message = robot.lookup("#exportMessage").queryAs(Label.class);
    await().atMost(WAIT).until(() -> Fx.call(message::getText).startsWith("Exported"));
    assertThat(Fx.call(message::getText)).isEqualTo("Exported 2 tasks and 0 calendars to " + out);
    String file = Files.readString(out);
    assertThat(
            new DefinitionsReader()
                .read(file.getBytes(StandardCharsets.UTF_8), DefinitionsFormat.YAML)
                .tasks())
        .extracting(TaskSpec::name)
        .containsExactly("backup", "ping");
    assertThat(file).contains("echo backup").doesNotContain("elsewhere");
  }

  @Test
  void importShowsThePlanAndOnlyAClickOnApplyAppliesIt() throws Exception {
    applyDirectly(OPS);
    Path file =
        write(
            "ops.yaml",
            OPS.replace("echo backup", "echo backup --full")
                + """
      - name: report
        group: ops
        type: noop
        schedule:
          kind: cron
          expression: 0 0 4 * * ?
          zone: UTC
      """);

    menu("Import…");
    robot.clickOn("#importFile");
    Fx.run(() -> field("#importFile").setText(file.toString()));
    robot
        .press(KeyCode.ENTER)
        .release(KeyCode.ENTER); // the default button shows the plan (a dry run)

    Label summary = robot.lookup("#importSummary").queryAs(Label.class);
    await().atMost(WAIT).until(() -> Fx.call(summary::getText).startsWith("1 to create"));
    assertThat(Fx.call(summary::getText))
        .isEqualTo("1 to create, 1 to update, 0 to cancel, 1 unchanged (dry run: nothing changed)");
    assertThat(items("#importChanges"))
        .containsExactly("update task ops/backup: payload.command", "create task ops/report");
    Button apply = robot.lookup("#applyButton").queryButton();
    assertThat(Fx.call(apply::isDisabled)).isFalse();
    assertThat(Fx.call(apply::isDefaultButton)).isFalse();

    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    await().atMost(WAIT).until(() -> Fx.call(summary::getText).startsWith("1 to create"));
    assertThat(liveNames())
        .as("Enter computes the plan again and applies nothing")
        .containsExactly("backup", "ping");
    Fx.run(apply::requestFocus);
    await().atMost(WAIT).until(() -> Fx.call(apply::isFocused));
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    await().atMost(WAIT).until(() -> Fx.call(summary::getText).startsWith("1 to create"));
    assertThat(liveNames())
        .as("Enter on a focused Apply applies nothing")
        .containsExactly("backup", "ping");

    robot.clickOn("#applyButton");
    await().atMost(WAIT).until(() -> Fx.call(summary::getText).startsWith("1 created"));
    assertThat(liveNames()).containsExactly("backup", "ping", "report");
    assertThat(backend.definitions().export("ops").tasks().get(0).payload().toString())
        .contains("echo backup --full");
    assertThat(Fx.call(apply::isDisabled)).as("a plan applies once").isTrue();
    await().atMost(WAIT).until(() -> tableNames().contains("report"));

    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    await().atMost(WAIT).until(() -> robot.lookup("#importDialog").tryQuery().isEmpty());
  }

  @Test
  void aBadFileShowsEveryErrorWithItsLineAndAppliesNothing() throws Exception {
    Path file =
        write(
            "bad.yaml",
            """
        version: 1
        tasks:
        - name: good
          group: ops
          type: noop
        - name: nightly
          group: ops
          type: noop
          schedule:
            kind: cron
            expression: at two
            zone: UTC
          calendar: holidays
        - name: often
          group: ops
          type: noop
          schedule:
            kind: interval
            every: 10 minutes
        """);

    menu("Import…");
    Fx.run(() -> field("#importFile").setText(file.toString()));
    robot.clickOn("#importCheck");

    Label summary = robot.lookup("#importSummary").queryAs(Label.class);
    await().atMost(WAIT).until(() -> Fx.call(summary::getText).contains("errors"));
    assertThat(Fx.call(summary::getText)).isEqualTo("3 errors in bad.yaml; nothing applied");
    List<String> errors = items("#importErrors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).startsWith("line 11, column 5: ").contains("at two");
    assertThat(errors.get(1))
        .startsWith("line 13, column 3: ")
        .contains("unknown calendar 'holidays'");
    assertThat(errors.get(2)).startsWith("line 19, column 5: ").contains("every");
    assertThat(items("#importChanges")).isEmpty();
    Button apply = robot.lookup("#applyButton").queryButton();
    assertThat(Fx.call(apply::isDisabled)).isTrue();
    robot.clickOn(apply);
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    assertThat(liveNames())
        .as("a file with errors applies nothing, not even its good task")
        .isEmpty();
  }

  private void applyDirectly(String yaml) {
    backend
        .definitions()
        .apply(
            new DefinitionsReader()
                .read(yaml.getBytes(StandardCharsets.UTF_8), DefinitionsFormat.YAML),
            false,
            false);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dataDir.resolve(name), text);
  }

  private void menu(String item) {
    robot.clickOn("#fileMenu");
    robot.clickOn(item);
    String dialog = item.startsWith("Export") ? "#exportDialog" : "#importDialog";
    await().atMost(WAIT).until(() -> robot.lookup(dialog).tryQuery().isPresent());
  }

  private TextField field(String id) {
    return robot.lookup(id).queryAs(TextField.class);
  }

  @SuppressWarnings("unchecked")
  private List<String> items(String id) {
    ListView<String> list = robot.lookup(id).queryAs(ListView.class);
    return Fx.call(() -> List.copyOf(list.getItems()));
  }

  private List<String> liveNames() {
    return backend.definitions().export(null).tasks().stream().map(TaskSpec::name).toList();
  }

  @SuppressWarnings("unchecked")
  private List<String> tableNames() {
    TableView<Task> table = (TableView<Task>) robot.lookup("#tasksTable").query();
    return Fx.call(() -> table.getItems().stream().map(Task::name).toList());
  }
}
