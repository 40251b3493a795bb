package io.taskdeck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.app.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    CommandLine cli =
        new CommandLine(
            new BenchCommand(
                Clock.systemUTC(), System.out, () -> {}, Map.of(), EngineKind::loadable));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    return cli.execute(args);
  }

  private String errors() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownScenarioExitsTwoNamingTheScenarios() {
    assertThat(run("fly")).isEqualTo(2);
    assertThat(errors()).contains("SCENARIO", "unknown scenario 'fly'", "gui-page");
  }

  @Test
  void aCrashWithOneNodeIsRefusedBecauseOneNodeIsKilled() {
    assertThat(run("crash", "--nodes", "1")).isEqualTo(2);
    assertThat(errors()).contains("--nodes must be at least 2 for crash");
  }

  @Test
  void zeroTasksAreRefusedNamingTheOption() {
    assertThat(run("create", "--tasks", "0")).isEqualTo(2);
    assertThat(errors()).contains("--tasks must be at least 1, was 0");
  }

  @Test
  void anUnknownEngineIsRefusedNamingTheOption() {
    assertThat(run("drain", "--engine", "taskdeck,cron")).isEqualTo(2);
    assertThat(errors()).contains("--engine", "unknown engine 'cron'");
  }

  @Test
  void aDatabaseOtherThanPostgresqlIsRefusedWithoutItsPassword() {
    assertThat(run("create", "--db", "jdbc:mysql://h/db?password=hunter2")).isEqualTo(2);
    assertThat(errors()).contains("--db must be a jdbc:postgresql: URL").doesNotContain("hunter2");
  }

  @Test
  void aPasswordInTheDatabaseUrlIsRefusedWithoutShowingIt() {
    assertThat(run("drain", "--db", "jdbc:postgresql://h/db?user=u&password=hunter2")).isEqualTo(2);
    assertThat(errors())
        .contains("--db must not contain a password", "--db-password-env")
        .doesNotContain("hunter2");
  }

  @Test
  void theUserAndThePasswordOfTheNamedVariableBecomeTheLogin() {
    BenchSettings named =
        settings(
            Map.of("PG_SECRET", "pw1"),
            "drain",
            "--db-user",
            "bob",
            "--db-password-env",
            "PG_SECRET");
    BenchSettings byDefault = settings(Map.of("TASKDECK_DB_PASSWORD", "pw2"), "drain");

    assertThat(named.login()).isEqualTo(new DbLogin("bob", "pw1"));
    assertThat(named.login().toString()).contains("bob").doesNotContain("pw1");
    assertThat(byDefault.login()).isEqualTo(new DbLogin(null, "pw2"));
  }

  @Test
  void aNodeGetsThePasswordThroughItsEnvironmentNeverOnItsCommandLine() {
    try (ScratchDatabase db = ScratchDatabase.create(null, "bob", "pw-on-no-command-line")) {
      List<String> command = NodeProcess.command(EngineKind.TASKDECK, db, 4, "node-x");

      assertThat(command)
          .containsSequence("--user", "bob")
          .noneMatch(arg -> arg.contains("pw-on-no-command-line"));
    }
  }

  private static BenchSettings settings(Map<String, String> env, String... args) {
    BenchCommand command =
        new BenchCommand(Clock.systemUTC(), System.out, () -> {}, env, EngineKind::loadable);
    new CommandLine(command).parseArgs(args);
    return command.settings();
  }

  @Test
  void theGuiPageScenarioIsRefusedForTheBaselineWhichHasNoTaskList() {
    assertThat(run("gui-page", "--engine", "quartz-baseline")).isEqualTo(2);
    assertThat(errors()).contains("gui-page runs on taskdeck only");
  }

  @Test
  void validOptionsBecomeSettingsWithTheSteadyDefaultOfThirtySeconds() {
    BenchCommand command = new BenchCommand(Clock.systemUTC(), System.out);
    new CommandLine(command)
        .parseArgs("steady", "--engine", "taskdeck,quartz-baseline", "--rate", "50");

    BenchSettings settings = command.settings();

    assertThat(settings.scenario()).isEqualTo(Scenario.STEADY);
    assertThat(settings.engines()).containsExactly(EngineKind.TASKDECK, EngineKind.QUARTZ_BASELINE);
    assertThat(settings.seconds()).isEqualTo(30);
    assertThat(settings.warmup()).isEqualTo(5);
    assertThat(settings.rate()).isEqualTo(50);
    assertThat(settings.waitLimit()).isNull();
  }

  @Test
  void aNegativeWarmupIsRefusedAndOnlySteadyWarmsUp() {
    assertThat(run("steady", "--warmup", "-1")).isEqualTo(2);
    assertThat(errors()).contains("--warmup must be 0 or more, was -1");

    BenchCommand command = new BenchCommand(Clock.systemUTC(), System.out);
    new CommandLine(command).parseArgs("drain", "--warmup", "3");
    assertThat(command.settings().warmup()).isZero();
  }

  @Test
  void recurringMeasuresThreeMinutesAfterAFiveSecondWarmUpByDefault() {
    BenchSettings settings = settings(Map.of(), "recurring", "--tasks", "100000", "--nodes", "2");

    assertThat(settings.scenario()).isEqualTo(Scenario.RECURRING);
    assertThat(settings.seconds()).isEqualTo(180);
    assertThat(settings.warmup()).isEqualTo(5);
    assertThat(settings.waitLimit()).isNull();
    assertThat(run("recurring", "--seconds", "0")).isEqualTo(2);
    assertThat(errors()).contains("--seconds must be at least 1 for recurring");
  }

  @Test
  void dbSchedulerWithoutItsLibraryOnTheClassPathSaysHowToBuildWithIt() {
    CommandLine cli =
        new CommandLine(
            new BenchCommand(Clock.systemUTC(), System.out, () -> {}, Map.of(), name -> false));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));

    assertThat(cli.execute("drain", "--engine", "taskdeck,db-scheduler")).isEqualTo(2);
    assertThat(errors())
        .contains(
            "--engine db-scheduler needs the db-scheduler library",
            "./mvnw -B -Pbench-peers clean package");
  }

  @Test
  void dbSchedulerRunsNeitherCrashNorGuiPage() {
    assertThat(run("crash", "--nodes", "2", "--engine", "db-scheduler")).isEqualTo(2);
    assertThat(run("gui-page", "--engine", "db-scheduler")).isEqualTo(2);
    assertThat(errors())
        .contains("crash runs on taskdeck and quartz-baseline")
        .contains("--engine db-scheduler has no task list to page");
  }

  @Test
  void theEnginesParseByNameAndTheirLibrariesAreFoundHere() {
    BenchSettings settings =
        settings(Map.of(), "steady", "--engine", "db-scheduler", "--engine", "quartz-baseline");

    assertThat(settings.engines())
        .containsExactly(EngineKind.DB_SCHEDULER, EngineKind.QUARTZ_BASELINE);
    assertThat(EngineKind.DB_SCHEDULER.cadence()).isEqualTo(Cadence.FIXED_DELAY);
    assertThat(EngineKind.TASKDECK.cadence()).isEqualTo(Cadence.FIXED_RATE);
  }

  @Test
  void theMainCommandRunsTheBenchSubcommandInsteadOfTheLauncher() {
    assertThat(Main.run("bench", "crash", "--nodes", "1")).isEqualTo(2);
  }
}
