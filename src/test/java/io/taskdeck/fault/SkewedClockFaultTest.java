package io.taskdeck.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.engine.cluster.ClusterFixture;
import io.taskdeck.engine.cluster.NodeOptions;
import io.taskdeck.engine.cluster.NodeProcess;
import io.taskdeck.testsupport.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's clock is 20 s ahead of the machine's (and, in the second case, 20 s behind), set
 * through {@link io.taskdeck.engine.EngineConfig#clock()} ({@code ClusterNodeMain}'s clock offset).
 * docs/engine.md, cluster guarantee 7: due times, claims and failure detection use the database's
 * clock, and a node more than 2 s off does not execute, and says so in its log, in its {@code
 * EngineInfo} (the text of {@code TaskService.info()} mentions the clock or the skew) and in the
 * cluster view ({@code clock-skewed}). Nothing runs early on any node, and nothing is lost: the
 * node whose clock is right runs everything. Starts are timed by the machine's clock ({@code date}
 * in the task), not by any node's.
 */
@Tag("fault")
class SkewedClockFaultTest extends FaultTestBase {
  private static final Logger log = LoggerFactory.getLogger(SkewedClockFaultTest.class);
  private static final int TASKS = 600;

  @ParameterizedTest(name = "clock {1} ms off")
  @CsvSource({"ahead, 20000", "behind, -20000"})
  void aNodeWhoseClockIsTwentySecondsOffRefusesToExecuteAndSaysSoAndNothingRunsEarlyOrIsLost(
      String id, long offsetMs) throws Exception {
    cluster(TestDatabases.postgres(), "clock-" + id);
    List<NodeProcess> nodes =
        cluster.start(
            NodeOptions.executing(cluster.url(), "steady"),
            NodeOptions.executing(cluster.url(), id).withClockOffsetMs(offsetMs));
    NodeProcess steady = nodes.get(0);
    NodeProcess skewed = nodes.get(1);
    Observe.within(
        Duration.ofSeconds(30),
        "the cluster view flags " + id + " clock-skewed",
        () ->
            steady
                .send("cluster", ClusterFixture.ANSWER)
                .contains(" " + id + "/executing/clock-skewed/"),
        () -> steady.send("cluster", ClusterFixture.ANSWER));
    Map<String, Long> dues =
        new Batch("job", TASKS, System.currentTimeMillis() + 5000, 20_000, "0")
            .createThrough(steady, runs)
            .dues();

    Observe.within(
        Duration.ofSeconds(90),
        "every task run and settled",
        () -> Tally.of(runs, dues).allStarted() && Observe.settled(Observe.status(steady), TASKS),
        Observe.state(() -> Tally.of(runs, dues), steady));
    Tally tally = Tally.of(runs, dues);
    String info = skewed.ask("info", "INFO", Observe.ASK);
    List<String> clockLines =
        skewed.logLines().stream()
            .filter(l -> l.contains("WARN") && l.toLowerCase(Locale.ROOT).contains("clock"))
            .toList();
    log.info(
        "clock-{} ({} ms): {}; its starts {}, started early: {} (earliest {} ms before due); its info: {};"
            + " its clock warnings: {}",
        id,
        offsetMs,
        tally.summary(),
        tally.startsBy(skewed.pid()),
        tally.early().size(),
        tally.maxEarlinessMs(),
        info,
        clockLines);
    assertThat(tally.early()).as("started before due").isEmpty();
    assertThat(tally.startsBy(skewed.pid()))
        .as("tasks started by the node whose clock is off")
        .isZero();
    assertThat(tally.lost()).as("lost").isEmpty();
    assertThat(tally.duplicates()).as("run more than once").isEmpty();
    assertThat(clockLines).as("WARN lines of the skewed node about its clock").isNotEmpty();
    assertThat(info.toLowerCase(Locale.ROOT))
        .as("the skewed node's EngineInfo")
        .containsAnyOf("skew", "clock");
  }
}
