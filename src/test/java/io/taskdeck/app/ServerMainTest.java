package io.taskdeck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServerMainTest {

  @Test
  void headlessComesFirstAndTheUsersFlagsFollowUnchanged() {
    assertThat(ServerMain.arguments("--data-dir", "/srv/td", "--http-port", "9090"))
        .containsExactly("--headless", "--data-dir", "/srv/td", "--http-port", "9090");
  }

  @Test
  void noArgumentsStillMeansHeadless() {
    assertThat(ServerMain.arguments()).containsExactly("--headless");
  }

  @Test
  void headlessIsNotRepeatedWhenTheUserAlreadyGaveIt() {
    assertThat(ServerMain.arguments("--http-port", "0", "--headless"))
        .containsExactly("--http-port", "0", "--headless");
  }

  @Test
  void theCommandLineParsesTheServerArgumentsAsHeadlessWithTheUsersOptions() {
    CliOptions options = new CliOptions();
    new CommandLine(options)
        .parseArgs(ServerMain.arguments("--data-dir", "/srv/td", "--http-port", "9090"));

    assertThat(options.headless()).isTrue();
    assertThat(options.dataDir()).isEqualTo(Path.of("/srv/td"));
    assertThat(options.httpPort()).isEqualTo(9090);
  }

  @Test
  void versionThroughTheServerLauncherExitsZero() {
    assertThat(ServerMain.run("--version")).isZero();
  }

  @Test
  void aBadArgumentThroughTheServerLauncherExitsWithTheBadArgumentsCode() {
    assertThat(ServerMain.run("--http-port", "not-a-number")).isEqualTo(Main.EXIT_BAD_ARGUMENTS);
  }
}
