package io.taskdeck.fault;

import io.taskdeck.engine.cluster.ClusterFixture;
import io.taskdeck.testsupport.RunFile;
import io.taskdeck.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the fault tests: a temp dir holding the {@link RunFile}, and the node processes of
 * one {@link ClusterFixture}, stopped after each test (also after a failure), then whatever the
 * test registered with {@link #afterNodes} (its own database server, say). Node logs stay under
 * {@code target/cluster-logs/}.
 */
abstract class FaultTestBase {
  @TempDir Path dir;
  ClusterFixture cluster;
  RunFile runs;
  private final Deque<AutoCloseable> afterNodes = new ArrayDeque<>();

  /**
   * Starts the test's cluster fixture on {@code db}; node logs go under the test's {@code name}.
   */
  ClusterFixture cluster(TestDatabase db, String name) {
    cluster = new ClusterFixture(db, name);
    runs = RunFile.in(dir);
    return cluster;
  }

  /** Closes {@code resource} after the nodes have stopped. */
  <T extends AutoCloseable> T afterNodes(T resource) {
    afterNodes.push(resource);
    return resource;
  }

  @AfterEach
  void stopNodes() throws Exception {
    try {
      if (cluster != null) {
        cluster.close();
      }
    } finally {
      while (!afterNodes.isEmpty()) {
        afterNodes.pop().close();
      }
    }
  }
}
