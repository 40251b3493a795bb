package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar entry point in its own JVM: ready line, API with a token, SIGTERM exits 0. */
@Tag("process")
class HeadlessServerProcessTest {
  private static final Pattern READY =
      Pattern.compile("Taskdeck ready: http://127\\.0\\.0\\.1:(\\d+) \\(node it-node\\)");
  private static final String TOKEN = "tok-5f1d2c9e-never-logged";

  @TempDir Path dataDir;
  private Process process;
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void killLeftovers() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  @Test
  void theServerPrintsOneReadyLineServesTheApiAndExitsZeroOnSigterm() throws Exception {
    process =
        start(
            "--headless",
            "--data-dir",
            dataDir.toString(),
            "--http-port",
            "0",
            "--node-id",
            "it-node");
    await().atMost(Duration.ofSeconds(90)).until(() -> readyLine() != null || !process.isAlive());
    assertThat(process.isAlive()).as("server alive; output: %s", stdout).isTrue();
    Matcher ready = READY.matcher(readyLine());
    assertThat(ready.matches()).isTrue();
    String base = "http://127.0.0.1:" + ready.group(1);

    assertThat(get(base + "/health", null).statusCode()).isEqualTo(200);
    assertThat(get(base + "/api/v1/tasks", null).statusCode()).isEqualTo(401);
    HttpResponse<String> created =
        post(
            base + "/scheduleTask",
            "{\"task_name\":\"Backup Database\",\"execution_time\":\"2025-03-03T12:00:00Z\",\"priority\":\"10\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String metrics = get(base + "/metrics", TOKEN).body();
    assertThat(metrics)
        .contains(
            "jvm_memory_used_bytes", "process_uptime_seconds", "taskdeck_tasks_scheduled_total");

    HttpResponse<String> sleeper =
        send(
            base + "/api/v1/tasks",
            "{\"name\":\"sleeper\",\"type\":\"shell\",\"payload\":{\"command\":\"sleep 2\"}}");
    String sleeperId = sleeper.body().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                get(base + "/api/v1/tasks/" + sleeperId + "/executions", TOKEN)
                    .body()
                    .contains("\"RUNNING\""));

    process.destroy(); // SIGTERM while the sleeper runs: it finishes within the grace period
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(stdout.stream().filter(l -> l.startsWith("Taskdeck ready:"))).hasSize(1);
    Path log = dataDir.resolve("logs").resolve("taskdeck.log");
    assertThat(log).exists();
    assertThat(Files.readString(log))
        .contains("it-node", "Stop requested")
        .doesNotContain(TOKEN)
        .doesNotContain("already closed")
        .doesNotContain("with attempts still running");
    assertThat(String.join("\n", stdout)).doesNotContain(TOKEN);
  }

  private String readyLine() {
    return stdout.stream().filter(l -> l.startsWith("Taskdeck ready:")).findFirst().orElse(null);
  }

  private Process start(String... args) throws IOException, URISyntaxException {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dlogback.configurationFile=" + classes.resolve("logback.xml"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("TASKDECK_API_TOKEN", TOKEN);
    Process p = pb.start();
    Thread pump = new Thread(() -> pump(p), "server-stdout");
    pump.setDaemon(true);
    pump.start();
    return p;
  }

  private void pump(Process p) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        stdout.add(line);
      }
    } catch (IOException e) {
      stdout.add("<stdout closed: " + e.getMessage() + ">");
    }
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String json) throws Exception {
    return send(url, json);
  }

  private HttpResponse<String> send(String url, String json) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(r, HttpResponse.BodyHandlers.ofString());
  }
}
