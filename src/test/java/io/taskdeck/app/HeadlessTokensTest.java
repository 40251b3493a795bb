package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The server as the jar wires it: a token made with the CLI works against --headless on the same
 * data dir.
 */
@Tag("db")
class HeadlessTokensTest {
  private static final String ENV = "env-token-for-the-headless-test-0123456789";
  @TempDir Path dataDir;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTokenMadeWithTheCliWorksWithItsRoleBesideTheEnvAdmin() throws Exception {
    ByteArrayOutputStream made = new ByteArrayOutputStream();
    int created =
        Main.tokenCommand(
                new TokenCommand(
                    print(made), print(new ByteArrayOutputStream()), Map.of(), () -> {}))
            .execute(
                "create",
                "--name",
                "watcher",
                "--role",
                "viewer",
                "--data-dir",
                dataDir.toString());
    assertThat(created).isZero();
    String viewer = made.toString(StandardCharsets.UTF_8).strip();

    CliOptions options = new CliOptions();
    new CommandLine(options)
        .parseArgs("--headless", "--data-dir", dataDir.toString(), "--http-port", "0");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HeadlessMode server =
        new HeadlessMode(
            options,
            Map.of(CliOptions.DEFAULT_API_TOKEN_ENV, ENV),
            print(out),
            print(new ByteArrayOutputStream()));
    Thread thread = new Thread(server::run, "headless-under-test");
    thread.start();
    try {
      Pattern ready = Pattern.compile("Taskdeck ready: (http://\\S+) ");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> ready.matcher(out.toString(StandardCharsets.UTF_8)).find());
      Matcher m = ready.matcher(out.toString(StandardCharsets.UTF_8));
      assertThat(m.find()).isTrue();
      String base = m.group(1);
      assertThat(status(base, "GET", "/api/v1/tasks", viewer, null)).isEqualTo(200);
      assertThat(status(base, "POST", "/api/v1/tasks", viewer, "{\"name\":\"x\"}")).isEqualTo(403);
      assertThat(status(base, "GET", "/api/v1/tasks", null, null)).isEqualTo(401);
      assertThat(
              status(
                  base, "POST", "/api/v1/tokens", ENV, "{\"name\":\"ci\",\"role\":\"operator\"}"))
          .isEqualTo(201);
      assertThat(status(base, "DELETE", "/api/v1/tokens/watcher", ENV, null)).isEqualTo(200);
      assertThat(status(base, "GET", "/api/v1/tasks", viewer, null)).isEqualTo(401);
    } finally {
      server.requestStop();
      thread.join(Duration.ofSeconds(30).toMillis());
    }
    assertThat(thread.isAlive()).isFalse();
  }

  private int status(String base, String method, String path, String token, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static PrintStream print(ByteArrayOutputStream sink) {
    return new PrintStream(sink, true, StandardCharsets.UTF_8);
  }
}
