package io.taskdeck.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One benchmark invocation, validated by {@link BenchCommand}.
 *
 * @param db the base URL (a PostgreSQL server), or null for a fresh embedded H2
 * @param login the user and password of every connection to it
 * @param seconds steady: how long to feed; recurring: how long to measure; drain and crash: the
 *     longest to wait (0: until done)
 * @param warmup steady: how long to feed at the same rate before that; recurring: how long to let
 *     the tasks run after they are created before the window opens; not counted (0: no warm-up)
 * @param json where to write one JSON object per line per result, or null
 */
public record BenchSettings(
    Scenario scenario,
    String db,
    DbLogin login,
    int tasks,
    int nodes,
    int threads,
    int rate,
    int seconds,
    int warmup,
    List<EngineKind> engines,
    Path json) {

  /** The heap limit of each node process. */
  static final String NODE_HEAP = "512m";

  /** Tasks per bulk call when creating. */
  static final int CREATE_BATCH = 1_000;

  /** How long a node may take to start executing. */
  static final Duration NODE_START_TIMEOUT = Duration.ofSeconds(120);

  /** A drain that makes no progress for this long stops; what is left counts as lost. */
  static final Duration STALL_TIMEOUT = Duration.ofSeconds(120);

  /**
   * How long steady waits after the feed for the last tasks to run, and recurring after its window
   * for the window's last occurrences; what is left counts as lost.
   */
  static final Duration STEADY_GRACE = Duration.ofSeconds(60);

  /** After the last task ran, how long to keep the nodes up so late duplicates show. */
  static final Duration SETTLE = Duration.ofSeconds(2);

  public BenchSettings {
    engines = List.copyOf(engines);
  }

  /** The hard limit of a drain's wait, or null when there is none. */
  Duration waitLimit() {
    boolean fed = scenario == Scenario.STEADY || scenario == Scenario.RECURRING;
    return seconds > 0 && !fed ? Duration.ofSeconds(seconds) : null;
  }
}
