package io.taskdeck.ui.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.core.ClusterNode.Health;
import io.taskdeck.core.ClusterNode.Mode;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterViewModelTest {
  static final Instant NOW = Instant.parse("2026-03-02T09:30:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final FakeTaskService service = new FakeTaskService(clock);
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final ClusterViewModel model = new ClusterViewModel(service, executor, clock);

  @Test
  void listsTheNodesAndKnowsWhichOneIsThisInstance() {
    model.start();
    assertThat(model.nodes()).extracting(ClusterNode::nodeId).containsExactly("test-node");
    assertThat(model.thisNodeProperty().get()).isEqualTo("test-node");
    assertThat(model.warningProperty().get()).isNull();
  }

  @Test
  void pollsUntilStoppedAndShowsAnErrorWhenTheDatabaseIsDown() {
    model.start();
    assertThat(executor.pendingDelayed()).isEqualTo(1);
    service.failWith(new IllegalStateException("connection refused"));
    executor.runDelayed();
    assertThat(model.errorProperty().get())
        .isEqualTo("Could not read the cluster's nodes: connection refused");
    assertThat(model.nodes()).hasSize(1);
    service.failWith(null);
    executor.runDelayed();
    assertThat(model.errorProperty().get()).isNull();
    model.stop();
    assertThat(executor.pendingDelayed()).isZero();
  }

  @Test
  void aStaleNodeGetsAWarningThatNamesItAndSaysWhatItMeans() {
    List<ClusterNode> nodes =
        List.of(
            new ClusterNode(
                "laptop-1", "laptop", Mode.EXECUTING, NOW.minusSeconds(90), 2, Health.STALE),
            new ClusterNode(
                "srv-2", "srv", Mode.EXECUTING, NOW.plusSeconds(30), 0, Health.CLOCK_SKEWED));
    String warning = ClusterViewModel.warningFor(nodes);
    assertThat(warning)
        .contains("Stale: laptop-1 missed its check-ins")
        .contains("run them twice")
        .contains("Clock skewed: srv-2");
  }

  @Test
  void theAgeOfACheckInIsRelativeToTheClock() {
    ClusterNode node =
        new ClusterNode(
            "a", "h", Mode.MANAGE_ONLY, NOW.minus(Duration.ofSeconds(125)), 0, Health.OK);
    assertThat(model.age(node)).isEqualTo("2 min ago");
    assertThat(
            model.age(new ClusterNode("b", "h", Mode.EXECUTING, NOW.minusSeconds(4), 0, Health.OK)))
        .isEqualTo("4 s ago");
  }
}
