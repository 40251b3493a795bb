package io.taskdeck.fault;

import io.taskdeck.engine.cluster.ClusterFixture;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.testsupport.RunFile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A batch of one-shot shell tasks that record their starts in a {@link RunFile}: {@code prefix-0}
 * to {@code prefix-(count-1)}, task i due at {@link RunFile#dueOf}, each sleeping {@code sleep}
 * seconds after it has recorded its start. The test knows every task's due time independently of
 * the engine.
 */
record Batch(String prefix, int count, long firstDueMs, long spreadMs, String sleep) {

  /** Creates the batch through {@code node} (the engine's {@code scheduleAll}). */
  Batch createThrough(NodeProcess node, RunFile file) {
    String answer =
        node.send(
            String.join(
                " ",
                "runs",
                prefix,
                Integer.toString(count),
                Long.toString(firstDueMs),
                Long.toString(spreadMs),
                sleep,
                file.path().toString()),
            ClusterFixture.ANSWER);
    if (!answer.equals("SCHEDULED " + count)) {
      throw new IllegalStateException("creating " + this + " failed: " + answer);
    }
    return this;
  }

  /** Every task's name and due time (epoch ms). */
  Map<String, Long> dues() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      out.put(prefix + "-" + i, RunFile.dueOf(firstDueMs, spreadMs, count, i));
    }
    return out;
  }

  long lastDueMs() {
    return firstDueMs + spreadMs;
  }
}
