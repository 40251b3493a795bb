package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HeadlessModeTest {
  @TempDir Path dataDir;

  @Test
  void anUnreachableDatabaseExitsThreeWithOneLineNamingTheUrlButNotThePassword() {
    CliOptions options = new CliOptions();
    new CommandLine(options)
        .parseArgs(
            "--headless",
            "--data-dir",
            dataDir.toString(),
            "--http-port",
            "0",
            "--db",
            "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2",
            "--db-user",
            "ops");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new HeadlessMode(
                options, Map.of("TASKDECK_DB_PASSWORD", "hunter2-secret"), print(out), print(err))
            .run();
    assertThat(code).isEqualTo(Main.EXIT_DATABASE_UNREACHABLE);
    String message = err.toString(StandardCharsets.UTF_8);
    assertThat(message.strip().lines()).hasSize(1);
    assertThat(message).contains("127.0.0.1:1").doesNotContain("hunter2-secret");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("Taskdeck ready");
  }

  @Test
  void aNonLoopbackHostWithoutATokenIsRefusedWithExitTwo() {
    int code =
        Main.run(
            "--headless",
            "--data-dir",
            dataDir.toString(),
            "--http-host",
            "0.0.0.0",
            "--api-token-env",
            "TASKDECK_TEST_UNSET_TOKEN_VARIABLE");
    assertThat(code).isEqualTo(Main.EXIT_BAD_ARGUMENTS);
  }

  private static PrintStream print(ByteArrayOutputStream sink) {
    return new PrintStream(sink, true, StandardCharsets.UTF_8);
  }
}
