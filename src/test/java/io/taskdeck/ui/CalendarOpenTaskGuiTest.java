package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.calendar.DayRun;
import io.taskdeck.ui.tasks.TasksViewModel;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.Specs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run listed for a calendar day opens its task: the Tasks view shows it selected, with its
 * detail.
 */
@Tag("gui")
class CalendarOpenTaskGuiTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void openingATaskFromACalendarDayShowsThatTaskInTheTasksView() throws Exception {
    Clock clock = Clock.systemUTC();
    FakeTaskService service = new FakeTaskService(clock);
    Task wanted =
        service.schedule(
            TaskSpec.builder()
                .name("Quarterly invoice export")
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Cron("0 0 7 * * ?", ZoneId.of("UTC")))
                .build());
    // more tasks than the first page holds, newer ones first: the wanted task is not loaded until
    // searched for
    for (int i = 0; i < TasksViewModel.PAGE_SIZE + 20; i++) {
      service.schedule(Specs.shell("Filler " + i, "true"));
    }
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    try (DesktopDriver driver =
        new DesktopDriver(service, DesktopApp.localProfile(dataDir), dataDir, clock)) {
      TableView<Task> table =
          (TableView<Task>) Fx.call(() -> driver.window().root().lookup("#tasksTable"));
      await()
          .atMost(WAIT)
          .until(() -> Fx.call(() -> table.getItems().size()) == TasksViewModel.PAGE_SIZE);
      assertThat(
              Fx.call(() -> table.getItems().stream().noneMatch(t -> t.id().equals(wanted.id()))))
          .isTrue();
      Fx.run(() -> table.getSelectionModel().select(0));
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.CALENDAR));
      Fx.run(() -> driver.window().calendar().model().selectedDayProperty().set(tomorrow));
      ListView<DayRun> runs =
          (ListView<DayRun>) Fx.call(() -> driver.window().root().lookup("#dayRuns"));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(
                      () ->
                          runs.getItems().stream().anyMatch(r -> r.taskId().equals(wanted.id()))));
      Button open = (Button) Fx.call(() -> driver.window().root().lookup("#openTask"));
      assertThat(Fx.call(open::isDisabled)).as("nothing selected yet").isTrue();
      Fx.run(
          () ->
              runs.getSelectionModel()
                  .select(
                      runs.getItems().stream()
                          .filter(r -> r.taskId().equals(wanted.id()))
                          .findFirst()
                          .orElseThrow()));
      assertThat(Fx.call(open::isDisabled)).isFalse();
      Fx.run(open::fire);

      assertThat(Fx.call(() -> driver.window().selected()))
          .as("the Tasks view")
          .isEqualTo(io.taskdeck.ui.shell.ViewKind.TASKS);
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(
                      () ->
                          table.getSelectionModel().getSelectedItems().size() == 1
                              && wanted
                                  .id()
                                  .equals(table.getSelectionModel().getSelectedItem().id())));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(
                      () ->
                          driver.window().root().lookupAll(".detail-pane .title-3").stream()
                              .anyMatch(
                                  n ->
                                      n.isVisible()
                                          && wanted.name().equals(((Label) n).getText()))));
      // the search the navigation typed reloads the table after its debounce: that reload must keep
      // the selection
      await().atMost(WAIT).until(() -> Fx.call(() -> !driver.window().tasks().model().settling()));
      assertThat(
              Fx.call(() -> table.getSelectionModel().getSelectedItems()).stream()
                  .map(Task::id)
                  .toList())
          .containsExactly(wanted.id());
    }
  }
}
