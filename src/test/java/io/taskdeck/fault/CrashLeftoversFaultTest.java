package io.taskdeck.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.engine.cluster.ClusterFixture;
import io.taskdeck.engine.cluster.NodeOptions;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node dies ({@code kill -9}) while it runs attempts, and is not restarted. docs/engine.md,
 * cluster guarantees 2 and 5: once the survivor has detected the death, the dead node's RUNNING
 * execution rows are closed as INTERRUPTED without any node starting, the cluster view does not
 * show a dead node with running attempts, and each interrupted attempt runs once more on the
 * survivor.
 */
@Tag("fault")
class CrashLeftoversFaultTest extends FaultTestBase {
  private static final Logger log = LoggerFactory.getLogger(CrashLeftoversFaultTest.class);
  private static final Pattern DOOMED_IN_VIEW = Pattern.compile(" doomed/[a-z-]+/[a-z-]+/(\\d+)");
  private static final int TASKS = 8;

  @Test
  void
      theRunningRowsOfADeadNodeBecomeInterruptedAndTheClusterViewShowsItRunningNothingWithoutARestart()
          throws Exception {
    cluster(TestDatabases.postgres(), "crash-leftovers");
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(cluster.url(), "doomed"),
            NodeOptions.executing(cluster.url(), "survivor"));
    NodeProcess doomed = nodes.get(0);
    NodeProcess survivor = nodes.get(1);
    Map<String, Long> dues =
        new Batch("long", TASKS, System.currentTimeMillis() + 3000, 0, "8")
            .createThrough(survivor, runs)
            .dues();
    Observe.within(
        Duration.ofSeconds(60),
        "doomed runs two attempts",
        () -> Tally.of(runs, dues).startsBy(doomed.pid()) >= 2,
        () -> Tally.of(runs, dues).summary());
    long doomedPid = doomed.pid();
    doomed.kill();
    long killedAt = System.currentTimeMillis();
    long inFlight = Tally.of(runs, dues).startsBy(doomedPid);

    Observe.within(
        Duration.ofSeconds(45),
        "doomed's RUNNING rows closed as INTERRUPTED and the view shows it running nothing",
        () ->
            Observe.rowsOf(survivor, "doomed").getOrDefault("RUNNING", 0L) == 0
                && Observe.rowsOf(survivor, "doomed").getOrDefault("INTERRUPTED", 0L) >= inFlight
                && runningInView(survivor) == 0,
        () ->
            "doomed's rows "
                + Observe.rowsOf(survivor, "doomed")
                + "; attempts it started "
                + inFlight
                + "; cluster view "
                + survivor.send("cluster", ClusterFixture.ANSWER));
    log.info(
        "crash-leftovers: {} attempts in flight on doomed; its rows {} and the view {} {} ms after the kill",
        inFlight,
        Observe.rowsOf(survivor, "doomed"),
        survivor.send("cluster", ClusterFixture.ANSWER),
        System.currentTimeMillis() - killedAt);

    Observe.within(
        Duration.ofSeconds(60),
        "every task run and settled",
        () -> Tally.of(runs, dues).allStarted() && Observe.settled(Observe.status(survivor), TASKS),
        Observe.state(() -> Tally.of(runs, dues, Tally.Failed.killed(doomedPid)), survivor));
    Tally tally = Tally.of(runs, dues, Tally.Failed.killed(doomedPid));
    assertThat(tally.lost()).as("lost").isEmpty();
    assertThat(tally.unexplainedDuplicates())
        .as("run twice though not in flight on the dead node")
        .isEmpty();
    assertThat(tally.early()).as("started before due").isEmpty();
  }

  /** The running count the cluster view shows for doomed (0 when it is not listed). */
  private static long runningInView(NodeProcess observer) {
    Matcher m = DOOMED_IN_VIEW.matcher(observer.send("cluster", ClusterFixture.ANSWER));
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }
}
