package io.taskdeck.model;

import io.taskdeck.core.IllegalStateChangeException;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.state.ActionChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model-based test of issue 15: jqwik action chains drive the real engine (an in-process
 * executing node, a manage-only node for the actions, and a node in its own JVM for kill -9) on a
 * fresh H2 data dir or PostgreSQL schema per chain, and after every action and at the end check it
 * against the reference model of docs/engine.md ({@link Checks}). Schedules are seconds long and
 * time is real. CI runs a few chains per database; {@code -Dtaskdeck.model.tries=N} runs N ({@link
 * ModelRunSize}).
 */
@Tag("model")
@AddLifecycleHook(ModelRunSize.class)
class EngineModelTest {
  private static final Logger log = LoggerFactory.getLogger(EngineModelTest.class);
  private static final AtomicInteger CHAINS = new AtomicInteger();
  private final List<World> open = new ArrayList<>();

  @Property(tries = 3, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED)
  void theEngineOnH2FollowsTheModel(@ForAll("onH2") ActionChain<World> chain) throws Exception {
    run(chain);
  }

  @Property(tries = 3, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED)
  void theEngineOnPostgresFollowsTheModel(@ForAll("onPostgres") ActionChain<World> chain)
      throws Exception {
    run(chain);
  }

  @Provide
  Arbitrary<ActionChain<World>> onH2() {
    return chains(dir -> TestDatabases.h2(dir), "h2");
  }

  @Provide
  Arbitrary<ActionChain<World>> onPostgres() {
    return chains(dir -> TestDatabases.postgres(), "pg");
  }

  private Arbitrary<ActionChain<World>> chains(
      Function<Path, TestDatabase> database, String label) {
    return ActionChain.<World>startWith(() -> open(database, label))
        .withAction(4, Actions.create())
        .withAction(3, Actions.edit())
        .withAction(2, Actions.onATask(Actions.Kind.PAUSE))
        .withAction(2, Actions.onATask(Actions.Kind.RESUME))
        .withAction(1, Actions.onATask(Actions.Kind.CANCEL))
        .withAction(2, Actions.onATask(Actions.Kind.RUN_NOW))
        .withAction(2, Actions.onATask(Actions.Kind.FAIL_NEXT))
        .withAction(2, Actions.requeue())
        .withAction(4, Actions.advance())
        .withAction(1, NodeActions.restartX())
        .withAction(1, NodeActions.startP())
        .withAction(1, NodeActions.killP())
        .withAction(1, NodeActions.crashAndRestartP())
        .withMaxTransformations(ModelRunSize.maxActions());
  }

  private World open(Function<Path, TestDatabase> database, String label) {
    try {
      Path dir = Files.createTempDirectory("taskdeck-model-");
      World w = new World(label + "-" + CHAINS.incrementAndGet(), database.apply(dir), dir);
      open.add(w);
      return w;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void run(ActionChain<World> chain) throws Exception {
    try {
      World w = chain.withInvariant("docs/engine.md", Checks::all).run();
      finish(w);
      log.info("Chain {} passed: {} actions: {}", w.label, w.log.size(), w.log);
    } finally {
      for (World w : open) {
        w.close();
      }
      open.clear();
    }
  }

  /**
   * The end of a chain: everything due up to now runs; then every live task is cancelled, nothing
   * stays RUNNING, every invariant holds once more, and the run file agrees with the execution log.
   */
  private static void finish(World w) {
    Instant end = World.now();
    Checks.everythingDueRan(w, end, Duration.ofSeconds(45));
    for (ModelTask t : w.tasks) {
      try {
        if (!w.service().get(t.id).status().terminal()) {
          w.service().cancel(t.id);
          t.cancelled(World.now());
          t.lastStatus = TaskStatus.CANCELLED;
        }
      } catch (IllegalStateChangeException e) {
        t.lastStatus = w.service().get(t.id).status(); // it finished meanwhile
      }
    }
    Waits.within(
        Duration.ofSeconds(45),
        () -> {
          try {
            Checks.nothingRunning(w);
            return true;
          } catch (AssertionError e) {
            return false;
          }
        });
    Checks.nothingRunning(w);
    Checks.all(w);
    Checks.runFileAgrees(w);
  }
}
