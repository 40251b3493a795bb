package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's fault run on a real server process on PostgreSQL: bad input, wrong tokens, a shell
 * task that prints its environment, an HTTP task with a secret header, and a database fault in the
 * middle of a batch insert (the statement PostgreSQL renders with its values). Then the server log,
 * every error body and every execution's output are searched for the API token, the database
 * password and the secret header: none may appear anywhere.
 */
@Tag("process")
class SecretsStayOutTest {
  private static final Pattern READY =
      Pattern.compile("Taskdeck ready: http://127\\.0\\.0\\.1:(\\d+) .*");
  private static final String TOKEN = "api-token-" + UUID.randomUUID();
  private static final String DB_PASSWORD = "db-password-" + UUID.randomUUID();
  private static final String SECRET_HEADER = "secret-header-" + UUID.randomUUID();

  @TempDir Path dataDir;
  private TestDatabase tdb;
  private Process process;
  private final List<String> stdout = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private String base;

  @AfterEach
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
    if (tdb != null) {
      tdb.close();
    }
  }

  @Test
  void noSecretReachesTheLogAnErrorBodyOrATask() throws Exception {
    tdb = TestDatabases.postgres();
    String app = "taskdeck-fault-" + UUID.randomUUID().toString().substring(0, 8);
    process = start(tdb.jdbcUrl() + "&ApplicationName=" + app);
    await().atMost(Duration.ofSeconds(90)).until(() -> readyLine() != null || !process.isAlive());
    Matcher ready = READY.matcher(String.valueOf(readyLine()));
    assertThat(ready.matches()).as("ready; output: %s", stdout).isTrue();
    base = "http://127.0.0.1:" + ready.group(1);

    String httpTask =
        "{\"name\":\"h\",\"type\":\"http\",\"payload\":{\"url\":\"http://127.0.0.1:1/x\","
            + "\"headers\":{\"Authorization\":\"Bearer "
            + SECRET_HEADER
            + "\"}},\"retry\":{\"max_attempts\":1}}";
    String envTask =
        "{\"name\":\"env\",\"type\":\"shell\",\"payload\":{\"command\":\"env; echo $TASKDECK_API_TOKEN\"}}";
    String httpId = idOf(send("POST", "/api/v1/tasks", httpTask, TOKEN));
    String envId = idOf(send("POST", "/api/v1/tasks", envTask, TOKEN));
    send("POST", "/api/v1/tasks", "{\"name\":\"nul\\u0000 " + SECRET_HEADER + "\"}", TOKEN);
    send(
        "POST",
        "/api/v1/tasks",
        "{\"name\":\"x\",\"description\":\"" + "d".repeat(10_001) + "\"}",
        TOKEN);
    send("POST", "/api/v1/tasks", "{\"name\": \"" + SECRET_HEADER, TOKEN);
    send("GET", "/api/v1/tasks", null, TOKEN + "x");
    send("GET", "/api/v1/tasks?q=a%00b", null, TOKEN);

    try (Connection c = DriverManager.getConnection(tdb.jdbcUrl());
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE task RENAME TO task_away");
      send("POST", "/api/v1/tasks/bulk", "{\"tasks\":[" + httpTask + "," + httpTask + "]}", TOKEN);
      send("GET", "/api/v1/tasks/" + httpId, null, TOKEN);
      s.execute("ALTER TABLE task_away RENAME TO task");
      s.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
              + app
              + "'");
    }
    send("GET", "/api/v1/tasks", null, TOKEN);
    await().atMost(Duration.ofSeconds(60)).until(() -> done(envId) && done(httpId));
    String outputs = send("GET", "/api/v1/executions?limit=100", null, TOKEN).body();
    String shown = send("GET", "/api/v1/tasks/" + httpId, null, TOKEN).body();

    process.destroy();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dataDir.resolve("logs").resolve("taskdeck.log"));
    assertThat(bodies).as("error bodies were collected").hasSizeGreaterThanOrEqualTo(6);
    assertThat(log).contains("SQL state");
    for (String secret : List.of(TOKEN, DB_PASSWORD, SECRET_HEADER)) {
      assertThat(log).as("the log").doesNotContain(secret);
      assertThat(String.join("\n", stdout)).as("stdout").doesNotContain(secret);
      assertThat(bodies).as("error bodies").noneMatch(b -> b.contains(secret));
      assertThat(outputs).as("execution outputs").doesNotContain(secret);
      assertThat(shown).as("the task as shown").doesNotContain(secret);
    }
    assertThat(outputs).contains("PATH=").doesNotContain("TASKDECK_");
  }

  private boolean done(String id) throws Exception {
    String body = send("GET", "/api/v1/tasks/" + id, null, TOKEN).body();
    return body.contains("\"COMPLETED\"") || body.contains("\"FAILED\"");
  }

  private static String idOf(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return r.body().replaceAll(".*\"id\":\"([0-9a-f-]+)\".*", "$1");
  }

  private HttpResponse<String> send(String method, String path, String json, String token)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token);
    if (json != null) {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    } else {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() >= 400) {
      bodies.add(r.body());
    }
    return r;
  }

  private String readyLine() {
    return stdout.stream().filter(l -> l.startsWith("Taskdeck ready:")).findFirst().orElse(null);
  }

  private Process start(String url) throws Exception {
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-Dlogback.configurationFile=" + classes.resolve("logback.xml"),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--headless",
            "--data-dir",
            dataDir.toString(),
            "--http-port",
            "0",
            "--db",
            url,
            "--worker-threads",
            "2");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("TASKDECK_API_TOKEN", TOKEN);
    pb.environment().put("TASKDECK_DB_PASSWORD", DB_PASSWORD);
    Process p = pb.start();
    Thread pump =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  stdout.add(line);
                }
              } catch (IOException e) {
                stdout.add("<stdout closed: " + e.getMessage() + ">");
              }
            },
            "server-stdout");
    pump.setDaemon(true);
    pump.start();
    return p;
  }
}
