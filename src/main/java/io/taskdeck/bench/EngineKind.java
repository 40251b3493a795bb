package io.taskdeck.bench;

import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The engines the harness can measure, by their names on the command line. */
public enum EngineKind {
  TASKDECK("taskdeck", null),
  QUARTZ_BASELINE("quartz-baseline", null),
  /** A peer engine: its library is on the class path only in a build with {@code -Pbench-peers}. */
  DB_SCHEDULER("db-scheduler", "com.github.kagkarlsson.scheduler.Scheduler");

  /** How to get a build that can run the peer engines. */
  static final String PEERS_BUILD = "./mvnw -B -Pbench-peers clean package";

  private final String wireName;
  private final String libraryClass;

  EngineKind(String wireName, String libraryClass) {
    this.wireName = wireName;
    this.libraryClass = libraryClass;
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
        "unknown engine '"
            + name
            + "' (expected one of "
            + Arrays.stream(values()).map(EngineKind::wireName).collect(Collectors.joining(", "))
            + ")");
  }

  /**
   * Why this engine cannot run with the classes {@code onClassPath} finds, or empty when it can: a
   * normal build leaves the peer engines out of the jar's class path and the installers.
   */
  Optional<String> missingLibrary(Predicate<String> onClassPath) {
    if (libraryClass == null || onClassPath.test(libraryClass)) {
      return Optional.empty();
    }
    return Optional.of(
        "--engine "
            + wireName
            + " needs the "
            + wireName
            + " library, which a normal build leaves out;"
            + " build with "
            + PEERS_BUILD
            + " and run that target/taskdeck.jar");
  }

  /** Whether the class named {@code name} can be loaded here, without initializing it. */
  static boolean loadable(String name) {
    try {
      Class.forName(name, false, EngineKind.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * What the results say about how the engine was set up, when there is more than its name to say.
   */
  Optional<String> settingsNote(ScratchDatabase db) {
    return this == DB_SCHEDULER
        ? Optional.of(DbSchedulerNode.settings(db.label().equals("postgresql")))
        : Optional.empty();
  }

  /** How the engine times a recurring task's next occurrence. */
  Cadence cadence() {
    return this == DB_SCHEDULER ? Cadence.FIXED_DELAY : Cadence.FIXED_RATE;
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
    return switch (this) {
      case TASKDECK -> TaskdeckTarget.open(db, clock);
      case QUARTZ_BASELINE -> BaselineTarget.open(db, clock);
      case DB_SCHEDULER -> DbSchedulerTarget.open(db, clock);
    };
  }

  /** Opens the engine inside a node process. */
  NodeEngine openNode(NodeSettings settings, Clock clock) {
    return switch (this) {
      case TASKDECK -> TaskdeckNode.open(settings, clock);
      case QUARTZ_BASELINE -> BaselineNode.open(settings, clock);
      case DB_SCHEDULER -> DbSchedulerNode.open(settings, clock);
    };
  }

  @Override
  public String toString() {
    return wireName;
  }
}
