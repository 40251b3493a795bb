package io.taskdeck.bench;

import io.taskdeck.app.CliOptions;
import io.taskdeck.store.JdbcUrls;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code taskdeck bench SCENARIO [options]}: the benchmark harness of issue 9. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Measures creation rate, drain throughput, start delay, duplicates and losses.",
      "Scenarios: create, drain, steady, recurring, crash, gui-page. Each engine runs on a fresh database."
    })
public final class BenchCommand implements Callable<Integer> {
  /** Exit code when the benchmark database cannot be reached (as the main command's). */
  static final int EXIT_DATABASE = 3;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SCENARIO",
      description = "create, drain, steady, recurring, crash or gui-page")
  String scenario;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "A jdbc:postgresql: URL (a fresh schema per run). Default: a fresh H2 in a temp dir.")
  String db;

  @Option(
      names = "--db-user",
      paramLabel = "U",
      description = "Database user. Default: the URL's on PostgreSQL, sa on the embedded H2.")
  String dbUser;

  @Option(
      names = "--db-password-env",
      paramLabel = "VAR",
      description = "Environment variable holding the database password. Default: ${DEFAULT-VALUE}")
  String dbPasswordEnv = CliOptions.DEFAULT_DB_PASSWORD_ENV;

  @Option(
      names = "--tasks",
      paramLabel = "N",
      description = "Tasks to create. Default: ${DEFAULT-VALUE}")
  int tasks = 10_000;

  @Option(
      names = "--nodes",
      paramLabel = "K",
      description = "Node processes. Default: ${DEFAULT-VALUE}")
  int nodes = 1;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads per node. Default: ${DEFAULT-VALUE}")
  int threads = 10;

  @Option(
      names = "--rate",
      paramLabel = "R",
      description = "steady: tasks fed per second. Default: ${DEFAULT-VALUE}")
  int rate = 500;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      description =
          "steady: seconds to feed (default 30); recurring: seconds to measure (default 180); drain,"
              + " crash: the longest to wait (default: until done).")
  Integer seconds;

  @Option(
      names = "--warmup",
      paramLabel = "S",
      description =
          "steady: seconds fed at the same rate before the measured feed; recurring: seconds its tasks"
              + " run after they are created before the window opens; so that the nodes' JIT and caches"
              + " are warm. What runs then is not counted. Default: ${DEFAULT-VALUE}")
  int warmup = 5;

  @Option(
      names = "--engine",
      paramLabel = "E",
      split = ",",
      description =
          "taskdeck, quartz-baseline and/or db-scheduler (comma-separated or repeated; db-scheduler"
              + " needs a build with -Pbench-peers). Default: taskdeck")
  List<String> engines = new ArrayList<>(List.of("taskdeck"));

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Append one JSON object per result (JSON Lines).")
  Path json;

  private final Clock clock;
  private final PrintStream out;
  private final Runnable loggingSetup;
  private final Map<String, String> env;
  private final Predicate<String> onClassPath;

  /** The command as the jar runs it: library logging is cut to warnings on stderr. */
  public BenchCommand(Clock clock, PrintStream out) {
    this(clock, out, BenchLogging::quiet, System.getenv(), EngineKind::loadable);
  }

  /**
   * For tests, which keep their own logging and give the environment the password is read from and
   * which classes count as present.
   */
  BenchCommand(
      Clock clock,
      PrintStream out,
      Runnable loggingSetup,
      Map<String, String> env,
      Predicate<String> onClassPath) {
    this.clock = clock;
    this.out = out;
    this.loggingSetup = loggingSetup;
    this.env = Map.copyOf(env);
    this.onClassPath = onClassPath;
  }

  @Override
  public Integer call() throws InterruptedException {
    BenchSettings settings = settings();
    loggingSetup.run();
    List<ScenarioResult> results;
    try {
      results = new BenchRun(settings, clock, out).run();
    } catch (ScratchDatabase.UnreachableException e) {
      spec.commandLine().getErr().println("bench: " + e.getMessage());
      return EXIT_DATABASE;
    }
    ResultTable.print(out, results);
    if (json != null) {
      new ResultJson().append(json, results);
      out.println("results appended to " + json);
    }
    return 0;
  }

  /** Validates the options; a bad one exits 2 with a message naming it. */
  BenchSettings settings() {
    Scenario s = parse(() -> Scenario.parse(scenario), "SCENARIO");
    List<EngineKind> kinds = new ArrayList<>();
    for (String e : new LinkedHashSet<>(engines)) {
      EngineKind kind = parse(() -> EngineKind.parse(e), "--engine");
      kind.missingLibrary(onClassPath)
          .ifPresent(
              why -> {
                throw bad(why);
              });
      kinds.add(kind);
    }
    positive(tasks, "--tasks");
    positive(nodes, "--nodes");
    positive(threads, "--threads");
    positive(rate, "--rate");
    if (seconds != null && seconds < 0) {
      throw bad("--seconds must be 0 or more, was " + seconds);
    }
    if (warmup < 0) {
      throw bad("--warmup must be 0 or more, was " + warmup);
    }
    if (s == Scenario.CRASH && nodes < 2) {
      throw bad("--nodes must be at least 2 for crash (one node is killed), was " + nodes);
    }
    if (s == Scenario.CRASH && kinds.contains(EngineKind.DB_SCHEDULER)) {
      throw bad(
          "--engine db-scheduler has no Quartz cluster whose recovery crash watches:"
              + " crash runs on taskdeck and quartz-baseline");
    }
    for (EngineKind kind : kinds) {
      if (s == Scenario.GUI_PAGE && kind != EngineKind.TASKDECK) {
        throw bad("--engine " + kind + " has no task list to page: gui-page runs on taskdeck only");
      }
    }
    if (db != null && !db.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:")) {
      throw bad(
          "--db must be a jdbc:postgresql: URL (omit it for a fresh embedded H2), was "
              + JdbcUrls.redact(db));
    }
    if (db != null && !JdbcUrls.redact(db).equals(db)) {
      throw bad(
          "--db must not contain a password; put it in the variable named by --db-password-env");
    }
    int secs = seconds != null ? seconds : defaultSeconds(s);
    boolean fed = s == Scenario.STEADY || s == Scenario.RECURRING;
    if (fed && secs == 0) {
      throw bad("--seconds must be at least 1 for " + s);
    }
    DbLogin login = new DbLogin(dbUser, env.get(dbPasswordEnv));
    return new BenchSettings(
        s, db, login, tasks, nodes, threads, rate, secs, fed ? warmup : 0, kinds, json);
  }

  /**
   * steady feeds 30 s, recurring measures 180 s (three periods); drain and crash wait until done.
   */
  private static int defaultSeconds(Scenario s) {
    return switch (s) {
      case STEADY -> 30;
      case RECURRING -> 180;
      default -> 0;
    };
  }

  private <T> T parse(java.util.function.Supplier<T> parser, String name) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      throw bad(name + ": " + e.getMessage());
    }
  }

  private void positive(int value, String name) {
    if (value < 1) {
      throw bad(name + " must be at least 1, was " + value);
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
