package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Backend;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.logs.LogRow;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.Shown;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Drives the real desktop window headless (Monocle) against a task service. */
@Tag("gui")
abstract class DesktopGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  final FxRobot robot = new FxRobot();
  DesktopDriver driver;
  TaskService service;

  /** The engine the window runs against. */
  abstract Backend openBackend(Path dataDir);

  /** Releases what {@link #openBackend} opened. */
  void closeService() {}

  @BeforeEach
  void openWindow() {
    Backend backend = openBackend(dataDir);
    service = backend.tasks();
    driver = new DesktopDriver(backend, dataDir, Clock.systemDefaultZone());
  }

  @AfterEach
  void closeWindow() throws InterruptedException {
    driver.close();
    closeService();
  }

  @SuppressWarnings("unchecked")
  TableView<Task> tasksTable() {
    return (TableView<Task>) robot.lookup("#tasksTable").query();
  }

  List<Task> rows() {
    return Fx.call(() -> List.copyOf(tasksTable().getItems()));
  }

  void createShellTask(String name, String command) {
    robot.clickOn("#newTaskButton");
    Shown.click(robot, "#taskName").write(name);
    robot.clickOn("#shellCommand").write(command);
    robot.clickOn(
        "#kindCRON"); // the default cron (02:00 daily) keeps the task waiting for "Run now"
    Button save = robot.lookup("#saveTaskButton").queryButton();
    await().atMost(WAIT).until(() -> !save.isDisabled());
    robot.clickOn(save);
    await().atMost(WAIT).until(() -> rows().stream().anyMatch(t -> t.name().equals(name)));
  }

  void select(String name) {
    Fx.run(
        () -> {
          TableView<Task> table = tasksTable();
          table.getItems().stream()
              .filter(t -> t.name().equals(name))
              .findFirst()
              .ifPresent(
                  t -> {
                    table.getSelectionModel().clearSelection();
                    table.getSelectionModel().select(t);
                  });
        });
  }

  TaskStatus statusOf(String name) {
    return rows().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().status();
  }

  boolean badgeShown(String text) {
    return Fx.call(
        () ->
            robot.from(tasksTable()).lookup(".badge").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals(text) && l.isVisible()));
  }

  @Test
  void aShellTaskCreatedInTheEditorRunsAndItsOutputShowsInTheLogs() {
    createShellTask("say hello", "echo hello");
    select("say hello");
    robot.clickOn("#runNowButton");
    robot.clickOn("#navLogs");
    await().atMost(WAIT).until(() -> robot.lookup("#logsTable").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    TableView<LogRow> logs = (TableView<LogRow>) robot.lookup("#logsTable").query();
    await()
        .atMost(WAIT)
        .until(
            () ->
                Fx.call(
                    () ->
                        logs.getItems().stream()
                            .anyMatch(
                                r ->
                                    r.taskName().equals("say hello")
                                        && r.execution().status().success())));
    Fx.run(
        () ->
            logs.getSelectionModel()
                .select(
                    logs.getItems().stream()
                        .filter(r -> r.taskName().equals("say hello"))
                        .findFirst()
                        .orElseThrow()));
    TextArea output = robot.lookup("#executionOutput").queryAs(TextArea.class);
    await().atMost(WAIT).until(() -> Fx.call(output::getText).contains("hello"));
    assertThat(robot.lookup(".badge").queryAllAs(Label.class))
        .anyMatch(l -> l.getText().equals("Succeeded"));
  }

  @Test
  void anInvalidCronShowsTheErrorInlineAndDisablesSave() {
    robot.clickOn("#newTaskButton");
    Shown.click(robot, "#taskName").write("nightly");
    robot.clickOn("#shellCommand").write("true");
    robot.clickOn("#kindCRON");
    robot
        .doubleClickOn("#cronExpression")
        .press(KeyCode.CONTROL, KeyCode.A)
        .release(KeyCode.A, KeyCode.CONTROL);
    robot.write("0 0 2 * *");
    Label error = robot.lookup("#error-schedule-expression").queryAs(Label.class);
    await().atMost(WAIT).until(() -> Fx.call(error::isVisible));
    assertThat(error.getText()).contains("0 0 2 * *");
    assertThat(robot.lookup("#saveTaskButton").queryButton().isDisabled()).isTrue();
    robot.write(" ?");
    await().atMost(WAIT).until(() -> !Fx.call(error::isVisible));
    await().atMost(WAIT).until(() -> !robot.lookup("#saveTaskButton").queryButton().isDisabled());
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
  }

  @Test
  void pauseAndResumeChangeTheBadge() {
    createShellTask("pausable", "true");
    select("pausable");
    await().atMost(WAIT).until(() -> statusOf("pausable") == TaskStatus.SCHEDULED);
    robot.clickOn("#pauseButton");
    await()
        .atMost(WAIT)
        .until(() -> statusOf("pausable") == TaskStatus.PAUSED && badgeShown("Paused"));
    robot.clickOn("#pauseButton");
    await()
        .atMost(WAIT)
        .until(() -> statusOf("pausable") == TaskStatus.SCHEDULED && !badgeShown("Paused"));
  }

  @Test
  void cancelAsksForConfirmationFirst() {
    createShellTask("keep me", "true");
    select("keep me");
    robot.clickOn("#cancelButton");
    Node question = robot.lookup("Cancel \"keep me\"?").query();
    assertThat(question).isNotNull();
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    await().atMost(WAIT).until(() -> robot.lookup("Cancel \"keep me\"?").tryQuery().isEmpty());
    assertThat(
            service
                .get(
                    rows().stream()
                        .filter(t -> t.name().equals("keep me"))
                        .findFirst()
                        .orElseThrow()
                        .id())
                .status())
        .as("Enter keeps the task")
        .isNotEqualTo(TaskStatus.CANCELLED);
    robot.clickOn("#cancelButton");
    Shown.click(robot, "Keep");
    assertThat(statusOf("keep me")).isNotEqualTo(TaskStatus.CANCELLED);
    robot.clickOn("#cancelButton");
    Shown.click(robot, "Cancel task");
    await()
        .atMost(WAIT)
        .until(() -> statusOf("keep me") == TaskStatus.CANCELLED && badgeShown("Cancelled"));
  }

  @Test
  void theSearchFiltersTheTable() {
    createShellTask("backup database", "true");
    createShellTask("send report", "true");
    robot.clickOn("#searchField").write("backup");
    await()
        .atMost(WAIT)
        .until(() -> rows().size() == 1 && rows().get(0).name().equals("backup database"));
    robot
        .doubleClickOn("#searchField")
        .press(KeyCode.CONTROL, KeyCode.A)
        .release(KeyCode.A, KeyCode.CONTROL)
        .press(KeyCode.BACK_SPACE)
        .release(KeyCode.BACK_SPACE);
    await().atMost(WAIT).until(() -> rows().size() == 2);
  }

  @Test
  void theLogsFollowNewRunsAndTheTasksTableUpdatesWithoutARefresh() {
    robot.clickOn("#navLogs");
    await().atMost(WAIT).until(() -> robot.lookup("#logsTable").tryQuery().isPresent());
    @SuppressWarnings("unchecked")
    TableView<LogRow> logs = (TableView<LogRow>) robot.lookup("#logsTable").query();
    io.taskdeck.core.Task t =
        service.schedule(
            io.taskdeck.core.TaskSpec.builder()
                .name("made elsewhere")
                .payload(io.taskdeck.core.ShellPayload.of("echo followed"))
                .build());
    service.runNow(t.id());
    await()
        .atMost(WAIT)
        .until(
            () ->
                Fx.call(
                    () ->
                        logs.getItems().stream()
                            .anyMatch(
                                r ->
                                    r.taskName().equals("made elsewhere")
                                        && r.execution().status().success())));
    robot.clickOn("#navTasks");
    await()
        .atMost(WAIT)
        .until(() -> rows().stream().anyMatch(x -> x.name().equals("made elsewhere")));
  }

  @Test
  void f5RefreshesTheViewShownAndStaysOnIt() {
    robot.clickOn("#navLogs");
    await().atMost(WAIT).until(() -> robot.lookup("#logsTable").tryQuery().isPresent());
    robot.press(KeyCode.F5).release(KeyCode.F5);
    assertThat(Fx.call(() -> driver.window().selected()))
        .isEqualTo(io.taskdeck.ui.shell.ViewKind.LOGS);
  }

  @Test
  void cancelAndPauseAreDisabledForATaskTheEngineWouldRefuse() {
    createShellTask("done soon", "true");
    Task t = rows().stream().filter(x -> x.name().equals("done soon")).findFirst().orElseThrow();
    service.cancel(t.id());
    await().atMost(WAIT).until(() -> statusOf("done soon") == TaskStatus.CANCELLED);
    select("done soon");
    assertThat(robot.lookup("#cancelButton").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#pauseButton").queryButton().isDisabled()).isTrue();
    assertThat(robot.lookup("#runNowButton").queryButton().isDisabled()).isTrue();
  }

  @Test
  void editingOnlyTheDescriptionInTheWindowKeepsEveryOtherSetting() {
    java.time.Instant now =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    io.taskdeck.core.TaskSpec spec =
        io.taskdeck.core.TaskSpec.builder()
            .name("every five")
            .payload(
                new io.taskdeck.core.ShellPayload(
                    "true", null, java.util.Map.of("API_KEY", "abc123secret")))
            .schedule(
                new io.taskdeck.core.Schedule.Interval(
                    Duration.ofMinutes(5),
                    now.plus(Duration.ofHours(1)),
                    now.plus(Duration.ofDays(3)),
                    10))
            .retry(
                new io.taskdeck.core.RetryPolicy(
                    3, Duration.ofSeconds(5), 2.0, Duration.ofHours(1), 0.25))
            .build();
    Task t = service.schedule(spec);
    await().atMost(WAIT).until(() -> rows().stream().anyMatch(x -> x.name().equals("every five")));
    select("every five");
    robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
    await().atMost(WAIT).until(() -> robot.lookup("#taskDescription").tryQuery().isPresent());
    assertThat(Fx.call(() -> robot.lookup("#taskName").query().isFocused()))
        .as("focus starts on the name")
        .isTrue();
    assertThat(robot.lookup("#shellEnv").queryAs(TextArea.class).getText())
        .doesNotContain("abc123secret");
    robot.clickOn("#taskDescription").write("checked by hand");
    Button save = robot.lookup("#saveTaskButton").queryButton();
    await().atMost(WAIT).until(() -> !save.isDisabled());
    robot.clickOn(save);
    await()
        .atMost(WAIT)
        .until(() -> "checked by hand".equals(service.get(t.id()).spec().description()));
    assertThat(service.get(t.id()).spec())
        .isEqualTo(spec.toBuilder().description("checked by hand").build());
  }

  @Test
  void enterInTheTimeFieldSavesTheDateAndTimeJustTyped() {
    robot.clickOn("#newTaskButton");
    Shown.click(robot, "#taskName").write("one day");
    robot.clickOn("#shellCommand").write("true");
    robot.clickOn("#onceDate").write("2031-05-06");
    robot.clickOn("#onceTime").write("14:30");
    Button save = robot.lookup("#saveTaskButton").queryButton();
    await().atMost(WAIT).until(() -> !save.isDisabled());
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    await().atMost(WAIT).until(() -> rows().stream().anyMatch(t -> t.name().equals("one day")));
    Task saved = rows().stream().filter(t -> t.name().equals("one day")).findFirst().orElseThrow();
    assertThat(saved.spec().schedule())
        .isEqualTo(
            new io.taskdeck.core.Schedule.Once(
                java.time.LocalDateTime.of(2031, 5, 6, 14, 30)
                    .atZone(java.time.ZoneId.systemDefault())
                    .toInstant()));
  }

  @Test
  void escapeAsksBeforeDroppingUnsavedChangesAndKeepIsTheDefault() {
    robot.clickOn("#newTaskButton");
    Shown.click(robot, "#taskName").write("half done");
    robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    await().atMost(WAIT).until(() -> robot.lookup("Discard your changes?").tryQuery().isPresent());
    robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    await().atMost(WAIT).until(() -> robot.lookup("Discard your changes?").tryQuery().isEmpty());
    assertThat(robot.lookup("#taskName").tryQuery()).as("the editor stays open").isPresent();
    Fx.run(
        () ->
            ((javafx.stage.Stage) robot.lookup("#taskName").query().getScene().getWindow())
                .toFront());
    Shown.click(robot, "#taskName").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    await().atMost(WAIT).until(() -> robot.lookup("Discard your changes?").tryQuery().isPresent());
    Shown.click(robot, "Discard changes");
    await().atMost(WAIT).until(() -> robot.lookup("#taskName").tryQuery().isEmpty());
    assertThat(rows()).noneMatch(t -> t.name().equals("half done"));
  }
}
