package io.taskdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventPumpTest {
  private final FakeTaskService service = new FakeTaskService(Clock.systemUTC());
  private final SyncUiExecutor executor = new SyncUiExecutor();

  @Test
  void aBurstOfEventsArrivesAsOneBatchOnTheUiThread() {
    EventPump pump = new EventPump(service, executor);
    List<List<TaskEvent>> batches = new ArrayList<>();
    pump.addListener(batches::add);
    for (int i = 0; i < 500; i++) {
      service.publish(new TaskEvent.StatusChanged(UUID.randomUUID(), TaskStatus.RUNNING));
    }
    assertThat(batches).isEmpty();
    assertThat(executor.pendingDelayed()).isEqualTo(1);
    executor.runDelayed();
    assertThat(batches).hasSize(1);
    assertThat(batches.get(0)).hasSize(500);
  }

  @Test
  void closingStopsDelivery() {
    EventPump pump = new EventPump(service, executor);
    List<List<TaskEvent>> batches = new ArrayList<>();
    pump.addListener(batches::add);
    pump.close();
    service.publish(new TaskEvent.TasksChanged(3));
    executor.runDelayed();
    assertThat(batches).isEmpty();
  }
}
