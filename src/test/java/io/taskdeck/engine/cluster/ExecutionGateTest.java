package io.taskdeck.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExecutionGateTest {
  private static final long MS = 1_000_000L;
  private final AtomicLong nanos = new AtomicLong(1_000 * MS);
  private final ExecutionGate gate =
      new ExecutionGate("n1", true, Duration.ofSeconds(2), Duration.ofSeconds(5), nanos::get);

  private void renewAt(long ms) {
    nanos.set(ms * MS);
    gate.renewed(ms * MS, ms * MS + MS);
  }

  @Test
  void anAttemptWhoseStartCommittedWhileTheCheckInWasFreshMayRun() {
    renewAt(1_000);
    long began = gate.nanoTime();
    renewAt(4_000);
    assertThat(gate.heldSince(began)).isTrue();
  }

  @Test
  void aNodeThatFrozeAfterCommittingAStartDoesNotRunItEvenWhenARenewalReopenedTheGateFirst() {
    renewAt(1_000);
    long began = gate.nanoTime(); // the start transaction begins, commits, then the process freezes
    renewAt(31_000); // woken 30 s later: the heartbeat renews before the worker thread looks
    assertThat(gate.open()).isTrue();
    assertThat(gate.heldSince(began)).isFalse();
  }

  @Test
  void aLapseThatEndedBeforeTheStartBeganDoesNotVoidIt() {
    renewAt(1_000);
    renewAt(31_000);
    long began = gate.nanoTime() + MS;
    nanos.set(began);
    renewAt(32_000);
    assertThat(gate.heldSince(began)).isTrue();
  }

  @Test
  void nothingRunsWhileTheCheckInIsStale() {
    renewAt(1_000);
    long began = gate.nanoTime();
    nanos.set(7_000 * MS);
    assertThat(gate.open()).isFalse();
    assertThat(gate.heldSince(began)).isFalse();
  }
}
