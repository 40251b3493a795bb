package io.taskdeck.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Actor;
import io.taskdeck.core.AuditAction;
import io.taskdeck.core.AuditEvent;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.ui.tasks.BulkActions;
import io.taskdeck.ui.tasks.TaskDetailViewModel;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.RecordingDialogs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Audit view's model on the real engine: the desktop's own actions appear under its name. */
@Tag("db")
class AuditViewModelOnEngineTest {
  @TempDir Path dir;

  @Test
  void theDesktopsActionsAreListedUnderItsUserAndHostFilteredAndPaged() {
    try (EngineBackend backend = new EngineBackend(dir, 1, false)) {
      List<TaskSpec> specs =
          IntStream.range(0, 120)
              .mapToObj(
                  i ->
                      TaskSpec.builder()
                          .name("nightly " + i)
                          .group(i < 3 ? "ops" : "web")
                          .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
                          .build())
              .toList();
      List<UUID> ids = backend.tasks().scheduleAll(specs);
      TaskQuery ops = new TaskQuery(Set.of(), null, "ops", null, 100, null);
      new BulkActions(
              backend.tasks(),
              new SyncUiExecutor(),
              new RecordingDialogs().answering(true),
              new SimpleStringProperty())
          .apply(BulkActions.Bulk.PAUSE, ops, 3, () -> {});
      AuditViewModel model = new AuditViewModel(backend.audit(), new SyncUiExecutor());

      model.load();
      assertThat(model.rows()).hasSize(AuditViewModel.PAGE);
      assertThat(model.hasMoreProperty().get()).isTrue();
      model.loadMore();
      assertThat(model.rows()).hasSize(123).extracting(AuditEvent::id).doesNotHaveDuplicates();
      assertThat(model.hasMoreProperty().get()).isFalse();
      assertThat(model.rows()).extracting(AuditEvent::actor).containsOnly(Actor.desktop().name());

      model.actionProperty().set(AuditAction.PAUSE);
      model.load();
      assertThat(model.rows())
          .extracting(AuditEvent::objectId)
          .containsExactlyInAnyOrder(
              ids.get(0).toString(), ids.get(1).toString(), ids.get(2).toString());

      model.actionProperty().set(null);
      model.objectIdProperty().set(" " + ids.get(0) + " ");
      model.load();
      assertThat(model.rows()).extracting(AuditEvent::action).containsExactly("pause", "create");

      model.actorProperty().set("somebody else");
      model.load();
      assertThat(model.rows()).isEmpty();
    }
  }

  @Test
  void theTaskDetailPaneListsTheTasksChangesNewestFirst() {
    try (EngineBackend backend = new EngineBackend(dir, 1, false)) {
      TaskSpec spec =
          TaskSpec.builder()
              .name("report")
              .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneOffset.UTC))
              .build();
      UUID id = backend.tasks().schedule(spec).id();
      backend
          .tasks()
          .as(Actor.desktop("bob", "desk-2"))
          .update(id, spec.toBuilder().priority(9).build());
      backend.tasks().schedule(spec.toBuilder().name("other").build());
      TaskDetailViewModel detail =
          new TaskDetailViewModel(
              backend.tasks(),
              backend.audit(),
              new SyncUiExecutor(),
              new io.taskdeck.ui.common.Formats(ZoneOffset.UTC));

      detail.show(backend.tasks().get(id));

      assertThat(detail.changes())
          .extracting(e -> e.actor() + " " + e.action() + " " + AuditViewModel.changesText(e))
          .containsExactly(
              "desktop:bob@desk-2 update priority: 5 → 9", Actor.desktop().name() + " create ");
    }
  }

  @Test
  void anEditsChangesReadAsBeforeAndAfter() {
    AuditEvent e =
        new AuditEvent(
            1,
            java.time.Instant.EPOCH,
            "ci",
            Actor.Kind.TOKEN,
            "update",
            "task",
            "x",
            "x",
            java.util.Map.of(
                "priority",
                new AuditEvent.Change(5, 8),
                "description",
                new AuditEvent.Change(null, "d")),
            null);
    assertThat(AuditViewModel.changesText(e)).isEqualTo("description: — → d; priority: 5 → 8");
  }
}
