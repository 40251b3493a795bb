package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.TokenCheck;
import io.taskdeck.core.TokenSecrets;
import io.taskdeck.store.Database;
import io.taskdeck.store.DatabaseConfig;
import io.taskdeck.testsupport.TestTokens;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taskdeck token create|list|revoke} on the embedded database of a data dir. */
@Tag("db")
class TokenCommandTest {
  @TempDir Path dataDir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int token(String... args) {
    out.reset();
    err.reset();
    TokenCommand command = new TokenCommand(print(out), print(err), Map.of(), () -> {});
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dataDir.toString();
    return Main.tokenCommand(command).execute(all);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void createPrintsTheTokenOnceListNeverShowsItAndRevokeEndsIt() {
    assertThat(token("create", "--name", "ci", "--role", "operator", "--expires", "P90D")).isZero();
    String issued = out().strip();
    assertThat(issued).matches("tdk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
    assertThat(err())
        .contains("created token 'ci' (operator, expires ")
        .contains("shown only this once");
    try (Database db =
        Database.open(DatabaseConfig.of(Database.defaultH2Url(dataDir), null, null))) {
      assertThat(TestTokens.on(db).check(issued)).isInstanceOf(TokenCheck.Valid.class);
    }

    assertThat(token("list")).isZero();
    String secret = TokenSecrets.parse(issued).orElseThrow().secret();
    assertThat(out())
        .contains("NAME")
        .containsPattern("ci +operator .* active")
        .doesNotContain(secret);

    assertThat(token("revoke", "ci")).isZero();
    assertThat(out()).startsWith("revoked token 'ci' at ");
    assertThat(token("list")).isZero();
    assertThat(out()).containsPattern("ci +operator .* revoked");
    try (Database db =
        Database.open(DatabaseConfig.of(Database.defaultH2Url(dataDir), null, null))) {
      assertThat(TestTokens.on(db).check(issued)).isInstanceOf(TokenCheck.Revoked.class);
    }
  }

  @Test
  void badArgumentsExit2NamingTheOptionAndRefusalsExit1() {
    assertThat(token("create", "--name", "x", "--role", "root")).isEqualTo(Main.EXIT_BAD_ARGUMENTS);
    assertThat(err()).contains("--role").contains("viewer, operator, admin");
    assertThat(token("create", "--name", "env", "--role", "admin"))
        .isEqualTo(Main.EXIT_BAD_ARGUMENTS);
    assertThat(err()).contains("--name").contains("reserved");
    assertThat(token("create", "--name", "x", "--role", "admin", "--expires", "PT0S"))
        .isEqualTo(Main.EXIT_BAD_ARGUMENTS);
    assertThat(err()).contains("--expires");
    assertThat(token("create", "--name", "x", "--role", "admin", "--expires", "soon"))
        .isEqualTo(Main.EXIT_BAD_ARGUMENTS);
    assertThat(token("create", "--name", "dup", "--role", "viewer")).isZero();
    assertThat(token("create", "--name", "dup", "--role", "viewer"))
        .isEqualTo(TokenCommand.EXIT_REFUSED);
    assertThat(err()).contains("'dup' exists");
    assertThat(token("revoke", "nobody")).isEqualTo(TokenCommand.EXIT_REFUSED);
    assertThat(err()).contains("token nobody does not exist");
    assertThat(token("list")).isZero();
    assertThat(out()).contains("dup").doesNotContain(" x ");
  }

  @Test
  void anUnreachableDatabaseExits3WithoutThePassword() {
    out.reset();
    err.reset();
    TokenCommand command =
        new TokenCommand(print(out), print(err), Map.of("PW", "hunter2-secret"), () -> {});
    int code =
        Main.tokenCommand(command)
            .execute(
                "list",
                "--db-url",
                "jdbc:postgresql://127.0.0.1:1/none",
                "--db-user",
                "u",
                "--db-password-env",
                "PW");
    assertThat(code).isEqualTo(Main.EXIT_DATABASE_UNREACHABLE);
    assertThat(err()).contains("127.0.0.1:1").doesNotContain("hunter2-secret");
  }
}
