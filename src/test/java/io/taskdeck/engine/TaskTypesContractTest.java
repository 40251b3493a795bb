package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What shell and HTTP tasks record: status, exit code or HTTP status, output and error. */
abstract class TaskTypesContractTest extends EngineContractBase {

  HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/ok", ex -> respond(ex, 200, "fine " + ex.getRequestHeaders().getFirst("X-Probe")));
    server.createContext("/boom", ex -> respond(ex, 500, "nope"));
    server.start();
  }

  private static void respond(com.sun.net.httpserver.HttpExchange ex, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private Execution runToEnd(Task task) {
    await()
        .atMost(WAIT)
        .until(() -> h.executions(task.id()).stream().anyMatch(e -> e.finishedAt() != null));
    return h.executions(task.id()).get(0);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aSucceedingShellTaskIsRecordedWithItsOutput() {
    Task task = tasks.schedule(TestTasks.shell("hello", "echo hello; echo careful >&2"));

    Execution run = runToEnd(task);

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(run.exitCode()).isZero();
    assertThat(run.output()).contains("hello").contains("[stderr]").contains("careful");
    assertThat(run.error()).isNull();
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aFailingShellTaskIsRecordedWithItsExitCodeAndTheTaskFails() {
    Task task = tasks.schedule(TestTasks.shell("bad", "echo about to fail; exit 3"));

    Execution run = runToEnd(task);

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.output()).contains("about to fail");
    assertThat(run.error()).contains("exit code 3");
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.FAILED);
    assertThat(tasks.get(task.id()).lastOutcome()).isEqualTo(ExecutionStatus.FAILED);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aShellTaskPastItsTimeoutIsTimedOutAndItsProcessTreeKilled() throws Exception {
    Path pidFile = temp.resolve("child.pid");
    String cmd = "echo started; sleep 30 & echo $! > " + pidFile + "; wait";
    Task task =
        tasks.schedule(TestTasks.withPayload("slow", ShellPayload.of(cmd), Duration.ofSeconds(1)));

    Execution run = runToEnd(task);

    assertThat(run.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
    assertThat(run.output()).contains("started");
    assertThat(run.error()).contains("timed out");
    assertThat(Duration.between(run.startedAt(), run.finishedAt()))
        .isLessThan(Duration.ofSeconds(10));
    long childPid = Long.parseLong(Files.readString(pidFile).trim());
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> ProcessHandle.of(childPid).map(p -> !p.isAlive()).orElse(true));
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void aShellTaskWhoseOutputHoldsANulByteIsRecordedWithoutIt() {
    Task task =
        tasks.schedule(
            TestTasks.shell("nul", "printf 'before\\000after'; printf 'err\\000or' >&2"));

    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.COMPLETED);
    Execution run = h.executions(task.id()).get(0);
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(run.output())
        .contains("before\uFFFDafter")
        .contains("err\uFFFDor")
        .doesNotContain("\u0000");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void anAttemptWhoseOutputTheDatabaseRefusesIsSettledWithoutItAndDoesNotHoldUpOthers() {
    h.jdbc()
        .update(
            "ALTER TABLE task_execution_log ADD CONSTRAINT no_poison CHECK (output IS NULL OR output NOT LIKE '%poison%')");
    Instant at = Instant.now().plusSeconds(2);
    List<Task> fine = new java.util.ArrayList<>();
    for (int i = 0; i < 5; i++) {
      fine.add(
          tasks.schedule(
              TestTasks.shell("fine " + i, "echo fine").toBuilder()
                  .schedule(new Schedule.Once(at))
                  .build()));
    }
    Task poisoned =
        tasks.schedule(
            TestTasks.shell("poisoned", "echo poison").toBuilder()
                .schedule(new Schedule.Once(at))
                .build());

    await()
        .atMost(WAIT)
        .until(
            () ->
                tasks.get(poisoned.id()).status() == TaskStatus.COMPLETED
                    && fine.stream()
                        .allMatch(t -> tasks.get(t.id()).status() == TaskStatus.COMPLETED));
    Execution run = h.executions(poisoned.id()).get(0);
    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(run.output()).isNull();
    assertThat(run.error()).startsWith("the attempt's output could not be stored");
    assertThat(fine)
        .allSatisfy(t -> assertThat(h.executions(t.id()).get(0).output()).contains("fine"));
  }

  @Test
  void aShellTaskKeepsOnlyTheLast64KibOfOutput() {
    Task task =
        tasks.schedule(
            TestTasks.shell(
                "chatty",
                "i=0; while [ $i -lt 3000 ]; do echo line-$i-0123456789012345678901234567890123456789; i=$((i+1)); done"));

    Execution run = runToEnd(task);

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(run.output())
        .contains("line-2999-")
        .doesNotContain("line-0-")
        .contains("bytes dropped");
    assertThat(run.output().length()).isLessThan(64 * 1024 + 200);
  }

  @Test
  void anHttpTaskThatGetsAnExpectedStatusSucceedsWithTheBodyRecorded() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ok";
    HttpPayload get =
        new HttpPayload(
            "GET",
            url,
            Map.of("X-Probe", "p1", "Authorization", "Bearer s3cr3t"),
            null,
            StatusRange.SUCCESS);
    Task task = tasks.schedule(TestTasks.withPayload("ping", get, Duration.ofSeconds(10)));

    Execution run = runToEnd(task);

    assertThat(run.status()).isEqualTo(ExecutionStatus.SUCCESS);
    assertThat(run.httpStatus()).isEqualTo(200);
    assertThat(run.output()).isEqualTo("fine p1");
    assertThat(String.valueOf(run.output()) + run.error()).doesNotContain("s3cr3t");
  }

  @Test
  void anHttpTaskThatGetsAnUnexpectedStatusFailsWithTheStatusRecorded() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/boom";
    Task task =
        tasks.schedule(TestTasks.withPayload("boom", HttpPayload.get(url), Duration.ofSeconds(10)));

    Execution run = runToEnd(task);

    assertThat(run.status()).isEqualTo(ExecutionStatus.FAILED);
    assertThat(run.httpStatus()).isEqualTo(500);
    assertThat(run.output()).isEqualTo("nope");
    assertThat(run.error()).contains("unexpected HTTP status 500").contains("200-299");
    await().atMost(WAIT).until(() -> tasks.get(task.id()).status() == TaskStatus.FAILED);
  }
}
