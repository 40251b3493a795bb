package io.taskdeck.fault;

import static org.awaitility.Awaitility.await;

import io.taskdeck.engine.cluster.NodeProcess;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/** Waiting on conditions, and reading the state of the cluster through a node's services. */
final class Observe {
  static final Duration ASK = Duration.ofSeconds(90);

  private Observe() {}

  /**
   * Waits until {@code condition} holds, polling every 500 ms for at most {@code bound}; when it
   * does not, fails with {@code what} and {@code state} (the numbers a reader needs to see what was
   * wrong).
   */
  static void within(
      Duration bound, String what, Callable<Boolean> condition, Supplier<String> state) {
    try {
      await()
          .atMost(bound)
          .pollInterval(Duration.ofMillis(500))
          .ignoreExceptions()
          .until(condition);
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(what + ": not within " + bound + ". " + state.get(), e);
    }
  }

  /**
   * The tasks by status and the execution rows still RUNNING ({@code ROWS_RUNNING}), as {@code
   * node} reads them through {@code TaskService}; asked again while the node answers with an error.
   */
  static Map<String, Long> status(NodeProcess node) {
    return pairs(node.ask("status", "STATUS", ASK));
  }

  /** A node's execution rows by status, read through {@code node}'s services. */
  static Map<String, Long> rowsOf(NodeProcess node, String nodeId) {
    return pairs(node.ask("rows " + nodeId, "ROWS", ASK));
  }

  static Map<String, Long> pairs(String text) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (String w : text.trim().split(" ")) {
      int eq = w.indexOf('=');
      if (eq > 0) {
        out.put(w.substring(0, eq), Long.parseLong(w.substring(eq + 1)));
      }
    }
    return out;
  }

  /** True when all {@code count} tasks are COMPLETED and no task or execution row is RUNNING. */
  static boolean settled(Map<String, Long> status, int count) {
    return status.getOrDefault("COMPLETED", 0L) == count
        && status.getOrDefault("RUNNING", 0L) == 0
        && status.getOrDefault("ROWS_RUNNING", 0L) == 0;
  }

  /** The state a failure message shows: the run file's tally and the engine's own counts. */
  static Supplier<String> state(Supplier<Tally> tally, NodeProcess observer) {
    return () -> {
      String engine;
      try {
        engine = observer.send("status", ASK);
      } catch (RuntimeException e) {
        engine = "unreadable: " + e.getMessage();
      }
      return "Runs: " + tally.get().summary() + ". Engine (" + observer.nodeId() + "): " + engine;
    };
  }
}
