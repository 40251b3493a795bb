package io.taskdeck.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.engine.cluster.NodeOptions;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node with a fixed node id (a systemd unit's {@code --node-id}) is killed with {@code kill -9}
 * in the middle of a drain and restarted at once with the same id. docs/engine.md, cluster
 * guarantee 4: the new incarnation releases the old one's claims and closes its RUNNING rows as
 * INTERRUPTED at once, so every task runs (the attempts that were in flight once more), and nothing
 * stays claimed or RUNNING.
 */
@Tag("fault")
class SameIdRestartFaultTest extends FaultTestBase {
  private static final Logger log = LoggerFactory.getLogger(SameIdRestartFaultTest.class);
  private static final int TASKS = 400;
  private static final Duration SETTLE = Duration.ofSeconds(90);

  @Test
  void onH2ANodeRestartedWithItsOwnIdAfterKillNineLeavesNothingClaimedOrRunning() throws Exception {
    killAndRestartMidDrain(TestDatabases.h2(dir), "same-id-h2");
  }

  @Test
  void onPostgresANodeRestartedWithItsOwnIdAfterKillNineLeavesNothingClaimedOrRunning()
      throws Exception {
    killAndRestartMidDrain(TestDatabases.postgres(), "same-id-pg");
  }

  private void killAndRestartMidDrain(TestDatabase db, String name) throws Exception {
    cluster(db, name);
    // steady starts first, so on H2 it hosts the database and the kill below is not a host's death
    NodeProcess steady = cluster.start(NodeOptions.executing(cluster.url(), "steady"));
    NodeOptions phoenixOptions = NodeOptions.executing(cluster.url(), "phoenix");
    NodeProcess phoenix = cluster.start(phoenixOptions);
    Batch batch =
        new Batch("job", TASKS, System.currentTimeMillis() + 3000, 4000, "0.3")
            .createThrough(steady, runs);
    Map<String, Long> dues = batch.dues();

    Observe.within(
        Duration.ofSeconds(60),
        "phoenix starts 10 tasks and a quarter of the batch starts",
        () ->
            Tally.of(runs, dues).startsBy(phoenix.pid()) >= 10
                && Tally.of(runs, dues).started() >= TASKS / 4,
        () -> Tally.of(runs, dues).summary());
    long killedPid = phoenix.pid();
    phoenix.kill();
    int atKill = Tally.of(runs, dues).started();
    long killedAt = System.currentTimeMillis();
    cluster.start(phoenixOptions); // at once, same id
    log.info(
        "{}: phoenix (pid {}) killed with {} of {} tasks started; restarted {} ms later",
        name,
        killedPid,
        atKill,
        TASKS,
        System.currentTimeMillis() - killedAt);

    Observe.within(
        SETTLE,
        "every task run and settled after the same-id restart",
        () -> Tally.of(runs, dues).allStarted() && Observe.settled(Observe.status(steady), TASKS),
        Observe.state(() -> Tally.of(runs, dues, Tally.Failed.killed(killedPid)), steady));
    Tally tally = Tally.of(runs, dues, Tally.Failed.killed(killedPid));
    log.info(
        "{}: settled {} ms after the kill. {}",
        name,
        System.currentTimeMillis() - killedAt,
        tally.summary());
    assertThat(tally.lost()).as("lost").isEmpty();
    assertThat(tally.unexplainedDuplicates())
        .as("run twice though not in flight on the killed node")
        .isEmpty();
    assertThat(tally.early()).as("started before due").isEmpty();
    assertThat(Observe.status(steady))
        .containsEntry("COMPLETED", (long) TASKS)
        .containsEntry("ROWS_RUNNING", 0L);
  }
}
