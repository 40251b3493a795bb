package io.taskdeck.bench;

import java.time.Clock;
import java.util.Locale;

/** The engines the harness can measure, by their names on the command line. */
public enum EngineKind {
  TASKDECK("taskdeck"),
  QUARTZ_BASELINE("quartz-baseline");

  private final String wireName;

  EngineKind(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  /** The engine named {@code name} (case-insensitive). */
  public static EngineKind parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (EngineKind e : values()) {
      if (e.wireName.equals(n)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "unknown engine '" + name + "' (expected taskdeck or quartz-baseline)");
  }

  /**
   * Prepares the schema of a fresh database and opens the harness's side of the engine; on an
   * embedded H2, one that hands the database over to the nodes while they run.
   */
  BenchTarget openTarget(ScratchDatabase db, Clock clock) {
    if (db.label().equals("h2")) {
      return new HandOverTarget(() -> open(db, clock));
    }
    return open(db, clock);
  }

  private BenchTarget open(ScratchDatabase db, Clock clock) {
    return this == TASKDECK ? TaskdeckTarget.open(db, clock) : BaselineTarget.open(db, clock);
  }

  /** Opens the engine inside a node process. */
  NodeEngine openNode(NodeSettings settings, Clock clock) {
    return this == TASKDECK ? TaskdeckNode.open(settings, clock) : BaselineNode.open(settings, clock);
  }

  /** How the engine times a recurring task's next occurrence. */
  Cadence cadence() {
    return Cadence.FIXED_RATE;
  }

  @Override
  public String toString() {
    return wireName;
  }
}
