package io.taskdeck.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.engine.cluster.NodeOptions;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.testsupport.OwnPostgres;
import io.taskdeck.testsupport.RealTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database stops in the middle of a drain and comes back: docs/engine.md, cluster guarantee 6
 * (an outage loses nothing; a commit whose outcome is unknown is resolved by reading back) and 5
 * (nothing stays RUNNING without a live attempt). No node fails here, so no task may run twice
 * (guarantee 1). The outage is made on a PostgreSQL of the test's own ({@link OwnPostgres}: a fixed
 * data dir and port, stopped with {@code pg_ctl stop -m fast} and started again), never on the
 * shared server. The CI variant stops it for 30 s; {@code -Dtaskdeck.fault.long=true} adds a 120 s
 * outage with 4,000 tasks.
 */
@Tag("fault")
class DatabaseOutageFaultTest extends FaultTestBase {
  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFaultTest.class);

  @Test
  void aThirtySecondOutageInTheMiddleOfADrainLosesNothingRunsNothingTwiceAndLeavesNothingRunning()
      throws Exception {
    outageMidDrain(Duration.ofSeconds(30), 1500, "db-outage-30s");
  }

  @Test
  @EnabledIfSystemProperty(named = "taskdeck.fault.long", matches = "true")
  void aTwoMinuteOutageInTheMiddleOfADrainLosesNothingRunsNothingTwiceAndLeavesNothingRunning()
      throws Exception {
    outageMidDrain(Duration.ofSeconds(120), 4000, "db-outage-120s");
  }

  private void outageMidDrain(Duration outage, int tasks, String name) throws Exception {
    OwnPostgres pg = afterNodes(OwnPostgres.create(dir.resolve("pg")));
    cluster(pg.newDatabase("outage"), name);
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(cluster.url(), "node-a").withWorkers(8),
            NodeOptions.executing(cluster.url(), "node-b").withWorkers(8));
    NodeProcess a = nodes.get(0);
    long spread = tasks * 10L; // 100 tasks due per second
    Map<String, Long> dues =
        new Batch("job", tasks, System.currentTimeMillis() + 3000, spread, "0.1")
            .createThrough(a, runs)
            .dues();

    Observe.within(
        Duration.ofSeconds(90),
        "a third of the batch starts",
        () -> Tally.of(runs, dues).started() >= tasks / 3,
        () -> Tally.of(runs, dues).summary());
    pg.stop();
    long stoppedAt = System.currentTimeMillis();
    int atStop = Tally.of(runs, dues).started();
    RealTime.pass(outage);
    int duringOutage = Tally.of(runs, dues).started() - atStop;
    pg.start();
    log.info(
        "{}: PostgreSQL stopped with {} of {} tasks started, for {} ms; {} tasks started while it was down",
        name,
        atStop,
        tasks,
        System.currentTimeMillis() - stoppedAt,
        duringOutage);

    Observe.within(
        Duration.ofSeconds(150),
        "every task run and settled after the outage",
        () -> Tally.of(runs, dues).allStarted() && Observe.settled(Observe.status(a), tasks),
        Observe.state(() -> Tally.of(runs, dues), a));
    Tally tally = Tally.of(runs, dues);
    log.info(
        "{}: settled {} ms after the database came back. {}",
        name,
        System.currentTimeMillis() - stoppedAt - outage.toMillis(),
        tally.summary());
    assertThat(tally.lost()).as("lost").isEmpty();
    assertThat(tally.duplicates()).as("run more than once (no node failed)").isEmpty();
    assertThat(tally.early()).as("started before due").isEmpty();
    assertThat(Observe.status(a))
        .containsEntry("COMPLETED", (long) tasks)
        .containsEntry("ROWS_RUNNING", 0L);
  }
}
