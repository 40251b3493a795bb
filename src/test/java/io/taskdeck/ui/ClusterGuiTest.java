package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.ClusterNode;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.EngineBackend;
import io.taskdeck.ui.testing.Fx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cluster and Dashboard views against the real engine on a temporary H2 database. */
@Tag("gui")
class ClusterGuiTest {
  @TempDir Path dataDir;

  @Test
  @SuppressWarnings("unchecked")
  void theClusterViewListsThisNodeHighlightedAsThisNode() throws Exception {
    EngineBackend backend = new EngineBackend(dataDir.resolve("db"), 1);
    try (DesktopDriver driver = new DesktopDriver(backend, dataDir, Clock.systemDefaultZone())) {
      String nodeId = backend.tasks().info().nodeId();
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.CLUSTER));
      TableView<ClusterNode> table =
          (TableView<ClusterNode>) Fx.call(() -> driver.window().root().lookup("#clusterTable"));
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  Fx.call(
                      () -> table.getItems().stream().anyMatch(n -> n.nodeId().equals(nodeId))));
      ClusterNode self =
          Fx.call(
              () ->
                  table.getItems().stream()
                      .filter(n -> n.nodeId().equals(nodeId))
                      .findFirst()
                      .orElseThrow());
      assertThat(self.mode()).isEqualTo(ClusterNode.Mode.EXECUTING);
      assertThat(self.health()).isEqualTo(ClusterNode.Health.OK);
      String shown = Fx.call(() -> table.getColumns().get(0).getCellData(self).toString());
      assertThat(shown).isEqualTo(nodeId + "  (this node)");
    } finally {
      backend.close();
    }
  }
}
