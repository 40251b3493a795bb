package io.taskdeck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** K node processes on one benchmark database, started together and stopped together. */
final class NodeCluster implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);

  private final List<NodeProcess> nodes;
  private final Path logDir;

  private NodeCluster(List<NodeProcess> nodes, Path logDir) {
    this.nodes = nodes;
    this.logDir = logDir;
  }

  /** Starts {@code count} nodes and waits until every one executes. */
  static NodeCluster start(EngineKind engine, ScratchDatabase db, int count, int threads)
      throws InterruptedException {
    Path logDir = tempDir();
    List<NodeProcess> nodes = new ArrayList<>();
    NodeCluster cluster = new NodeCluster(nodes, logDir);
    try {
      for (int i = 0; i < count; i++) {
        nodes.add(
            NodeProcess.launch(engine, db, threads, NodeIdentity.next("node" + (i + 1)), logDir));
      }
      for (NodeProcess node : nodes) {
        node.awaitReady(BenchSettings.NODE_START_TIMEOUT);
      }
      return cluster;
    } catch (RuntimeException | InterruptedException e) {
      cluster.close();
      throw e;
    }
  }

  NodeProcess node(int index) {
    return nodes.get(index);
  }

  /** Stops every node (each gets a grace period) and returns their peak heaps in MiB. */
  List<Double> stop() throws InterruptedException {
    List<Double> heaps = new ArrayList<>();
    for (NodeProcess node : nodes) {
      node.stop(STOP_GRACE);
      heaps.add(node.peakHeapMb());
    }
    return heaps;
  }

  @Override
  public void close() {
    nodes.forEach(NodeProcess::close);
    try (Stream<Path> paths = Files.walk(logDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + logDir, e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("taskdeck-bench-nodes-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a directory for node logs", e);
    }
  }
}
