package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskType;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Specs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TasksViewModelTest {
  private final FakeTaskService service =
      new FakeTaskService(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final TasksViewModel model =
      new TasksViewModel(
          service,
          new io.taskdeck.ui.testing.FakeStatistics(
              service, new io.taskdeck.ui.testing.FakeDeadLetterService(service)),
          executor);

  private void tasks(int n) {
    service.scheduleAll(
        IntStream.range(0, n).mapToObj(i -> Specs.shell("job " + i, "echo " + i)).toList());
  }

  @Test
  void theFirstPageHoldsOnePageAndLoadMoreAppendsTheNext() {
    tasks(250);
    model.reload();
    assertThat(model.tasks()).hasSize(TasksViewModel.PAGE_SIZE);
    assertThat(model.hasMoreProperty().get()).isTrue();
    model.loadMore();
    model.loadMore();
    assertThat(model.tasks()).hasSize(250);
    assertThat(model.hasMoreProperty().get()).isFalse();
    assertThat(model.tasks()).extracting(Task::id).doesNotHaveDuplicates();
  }

  @Test
  void searchWaitsForTypingToPauseThenAsksTheServer() {
    tasks(3);
    model.reload();
    int calls = service.listCalls();
    model.searchProperty().set("job");
    model.searchProperty().set("job 1");
    assertThat(service.listCalls()).isEqualTo(calls);
    executor.runDelayed();
    assertThat(service.listCalls()).isEqualTo(calls + 1);
    assertThat(model.tasks()).extracting(Task::name).containsExactly("job 1");
  }

  @Test
  void searchingForATaskOpenedElsewhereClearsTheFiltersAndLoadsAtOnce() {
    tasks(150);
    model.statusFilter().add(TaskStatus.PAUSED);
    model.typeFilterProperty().set(TaskType.HTTP);
    model.searchFor("job 7");
    assertThat(model.statusFilter()).isEmpty();
    assertThat(model.typeFilterProperty().get()).isNull();
    assertThat(model.tasks())
        .extracting(Task::name)
        .as("without waiting for the search debounce")
        .contains("job 7", "job 70", "job 79");
  }

  @Test
  void statusAndTypeFiltersReloadWithTheFilter() {
    tasks(3);
    model.reload();
    service.pause(model.tasks().get(0).id());
    model.statusFilter().add(TaskStatus.PAUSED);
    assertThat(model.tasks()).hasSize(1).allMatch(t -> t.status() == TaskStatus.PAUSED);
    model.statusFilter().clear();
    model.typeFilterProperty().set(TaskType.HTTP);
    assertThat(model.tasks()).isEmpty();
    assertThat(model.filtered()).isTrue();
  }

  @Test
  void anEngineStatusChangeRefreshesTheRowInPlace() {
    tasks(3);
    model.reload();
    Task second = model.tasks().get(1);
    service.pause(second.id());
    int calls = service.listCalls();
    model.onEvents(List.of(new TaskEvent.StatusChanged(second.id(), TaskStatus.PAUSED)));
    assertThat(model.tasks().get(1).status()).isEqualTo(TaskStatus.PAUSED);
    assertThat(service.listCalls()).isEqualTo(calls);
  }

  @Test
  void aTaskCreatedElsewhereReloadsTheFirstPage() {
    tasks(2);
    model.reload();
    Task created = service.schedule(Specs.shell("from the API", "true"));
    model.onEvents(List.of(new TaskEvent.StatusChanged(created.id(), TaskStatus.SCHEDULED)));
    assertThat(model.tasks().get(0).name()).isEqualTo("from the API");
  }

  @Test
  void aRowThatNoLongerMatchesTheFilterLeavesTheTable() {
    tasks(2);
    model.statusFilter().add(TaskStatus.SCHEDULED);
    Task first = model.tasks().get(0);
    service.pause(first.id());
    model.onEvents(List.of(new TaskEvent.StatusChanged(first.id(), TaskStatus.PAUSED)));
    assertThat(model.tasks()).extracting(Task::id).doesNotContain(first.id());
  }

  @Test
  void aFailedLoadShowsAnErrorThatNamesTheCause() {
    service.failWith(new StoreUnavailableException("database jdbc:h2:mem:x is unreachable", null));
    model.reload();
    assertThat(model.errorProperty().get()).contains("unreachable");
    assertThat(model.loadingProperty().get()).isFalse();
    service.failWith(null);
    model.reload();
    assertThat(model.errorProperty().get()).isNull();
  }

  @Test
  void theTotalCountsEveryMatchingTaskNotTheLoadedPage() {
    tasks(250);
    model.reload();
    assertThat(model.tasks()).hasSize(TasksViewModel.PAGE_SIZE);
    assertThat(model.totalProperty().get()).isEqualTo(250);
    Task first = model.tasks().get(0);
    service.pause(first.id());
    model.statusFilter().addAll(List.of(TaskStatus.PAUSED, TaskStatus.CANCELLED));
    assertThat(model.query().statuses()).containsOnly(TaskStatus.PAUSED, TaskStatus.CANCELLED);
    assertThat(model.tasks()).extracting(Task::id).containsExactly(first.id());
    assertThat(model.totalProperty().get()).isEqualTo(1);
  }

  @Test
  void aChosenOrderGoesToTheServerAndReloads() {
    tasks(3);
    model.reload();
    int before = service.listCalls();
    model
        .sortProperty()
        .set(new io.taskdeck.core.TaskSort(io.taskdeck.core.TaskSort.Key.NAME, true));
    assertThat(service.listCalls()).isGreaterThan(before);
    assertThat(model.query().sort())
        .isEqualTo(new io.taskdeck.core.TaskSort(io.taskdeck.core.TaskSort.Key.NAME, true));
  }
}
