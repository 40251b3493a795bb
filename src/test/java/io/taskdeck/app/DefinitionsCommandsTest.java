package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** taskdeck export and taskdeck apply on an embedded H2 data dir, as the jar runs them. */
@Tag("db")
class DefinitionsCommandsTest {
  private static final String FILE =
      """
      version: 1
      calendars:
      - name: weekends
        kind: weekly
        excluded_days: [SATURDAY, SUNDAY]
      tasks:
      - name: nightly backup
        group: ops
        type: shell
        payload:
          command: pg_dump shop > /tmp/shop.sql
        schedule:
          kind: cron
          expression: 0 0 2 * * ?
          zone: Europe/Berlin
        calendar: weekends
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String command, String... args) {
    out.reset();
    err.reset();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Callable<Integer> cmd =
        command.equals("export")
            ? new ExportCommand(o, e, Map.of(), () -> {})
            : new ApplyCommand(o, e, Map.of(), () -> {});
    CommandLine cli = new CommandLine(cmd);
    cli.setErr(new java.io.PrintWriter(e, true));
    return cli.execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void applyPrintsItsPlanAndExportWritesTheFileThatAppliesAsNoChange() throws IOException {
    Path file = Files.writeString(dir.resolve("tasks.yaml"), FILE);
    String data = dir.resolve("data").toString();

    assertThat(run("apply", file.toString(), "--dry-run", "--data-dir", data)).isZero();
    assertThat(out())
        .isEqualTo(
            "create calendar weekends\ncreate task ops/nightly backup\n"
                + "2 to create, 0 to update, 0 to cancel, 0 unchanged (dry run: nothing changed)\n");
    assertThat(run("export", "--data-dir", data)).isZero();
    assertThat(out()).contains("tasks: []");

    assertThat(run("apply", file.toString(), "--data-dir", data)).isZero();
    assertThat(out()).endsWith("2 created, 0 updated, 0 cancelled, 0 unchanged\n");
    Path exported = dir.resolve("exported.json");
    assertThat(run("export", "--data-dir", data, "--out", exported.toString())).isZero();
    assertThat(Files.readString(exported))
        .startsWith("{")
        .contains("\"name\" : \"nightly backup\"");
    assertThat(run("apply", exported.toString(), "--data-dir", data, "--prune")).isZero();
    assertThat(out()).isEqualTo("0 created, 0 updated, 0 cancelled, 2 unchanged\n");
  }

  @Test
  void aBadFilePrintsEveryErrorAsFileLineColumnAndExitsOne() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.yaml"),
            FILE.replace("0 0 2 * * ?", "at two") + "- name: second\n  priority: high\n");

    assertThat(run("apply", file.toString(), "--data-dir", dir.resolve("data").toString()))
        .isEqualTo(1);

    assertThat(err().lines()).hasSize(3);
    assertThat(err().lines().toList().get(0))
        .startsWith(file + ":14:5: invalid cron expression 'at two'");
    assertThat(err().lines().toList().get(1))
        .isEqualTo(file + ":18:3: tasks[1].priority must be an integer, got string \"high\"");
    assertThat(err().lines().toList().get(2))
        .isEqualTo("2 errors in " + file + "; nothing applied");
    assertThat(out()).isEmpty();
    assertThat(run("export", "--data-dir", dir.resolve("data").toString())).isZero();
    assertThat(out()).contains("calendars: []").contains("tasks: []");
  }

  @Test
  void aWrongFormatIsABadArgumentAndAnUnreachableDatabaseExitsThree() throws IOException {
    Path file = Files.writeString(dir.resolve("tasks.yaml"), FILE);

    assertThat(run("export", "--format", "xml", "--data-dir", dir.toString())).isEqualTo(2);
    assertThat(err()).contains("--format must be yaml or json, got 'xml'");
    assertThat(
            run(
                "apply",
                file.toString(),
                "--db",
                "jdbc:postgresql://127.0.0.1:1/none",
                "--db-user",
                "u"))
        .isEqualTo(3);
    assertThat(err()).startsWith("taskdeck: ").contains("127.0.0.1:1");
  }
}
