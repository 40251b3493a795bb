package io.taskdeck.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.engine.cluster.NodeOptions;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.testsupport.RunFile.Run;
import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15, "claims in proportion": after a run of short tasks (which make a node's recent rate
 * high), as many long tasks as the cluster has workers fall due at once. If every node claims no
 * more than its free workers can start, each long task starts on a free worker at once; a node that
 * took more than its workers would start the extra ones only when one of its own finished, a whole
 * task's duration late. So every long task must start within half a task's duration of its due
 * time: an outcome, not an internal counter.
 */
@Tag("fault")
class HoardingFaultTest extends FaultTestBase {
  private static final Logger log = LoggerFactory.getLogger(HoardingFaultTest.class);
  private static final int NODES = 3;
  private static final int WORKERS = 4;
  private static final int LONG_SECONDS = 16;

  @Test
  void afterShortTasksLongTasksAsManyAsTheWorkersAllStartAtOnceInsteadOfQueueingOnOneNode()
      throws Exception {
    cluster(TestDatabases.postgres(), "hoarding");
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(cluster.url(), "node-1").withWorkers(WORKERS),
            NodeOptions.executing(cluster.url(), "node-2").withWorkers(WORKERS),
            NodeOptions.executing(cluster.url(), "node-3").withWorkers(WORKERS));
    NodeProcess first = nodes.get(0);
    Map<String, Long> shortOnes =
        new Batch("short", 300, System.currentTimeMillis() + 3000, 3000, "0")
            .createThrough(first, runs)
            .dues();
    Observe.within(
        Duration.ofSeconds(60),
        "the short tasks all run and settle",
        () -> Tally.of(runs, shortOnes).allStarted() && Observe.settled(Observe.status(first), 300),
        Observe.state(() -> Tally.of(runs, shortOnes), first));

    int longCount = NODES * WORKERS;
    long due = System.currentTimeMillis() + 3000;
    Map<String, Long> longOnes =
        new Batch("long", longCount, due, 0, Integer.toString(LONG_SECONDS))
            .createThrough(first, runs)
            .dues();
    Observe.within(
        Duration.ofSeconds(3L * LONG_SECONDS + 30),
        "every long task starts",
        () -> Tally.of(runs, longOnes).allStarted(),
        () -> Tally.of(runs, longOnes).summary());
    Tally tally = Tally.of(runs, longOnes);
    List<Long> delays = tally.startDelaysMs().stream().sorted().toList();
    log.info(
        "hoarding: {} tasks of {} s on {} nodes x {} workers; start delays (ms) {}; starts per pid {}",
        longCount,
        LONG_SECONDS,
        NODES,
        WORKERS,
        delays,
        tally.startsPerPid());
    long bound = LONG_SECONDS * 1000L / 2;
    assertThat(delays)
        .as("start delays (ms) of the long tasks, each under half a task's duration")
        .allMatch(d -> d < bound);
    assertThat(tally.duplicates()).as("run twice").isEmpty();
    assertThat(tally.early()).as("started before due").isEmpty();
    assertThat(
            runs.read().stream()
                .filter(r -> r.name().startsWith("long-"))
                .mapToLong(Run::pid)
                .distinct()
                .count())
        .as("nodes that ran long tasks")
        .isEqualTo(NODES);
  }
}
