package io.taskdeck.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShellOutputTest {
  @Test
  void stdoutAndStderrAreSeparatedAtTheEnginesMarker() {
    assertThat(ShellOutput.split("hello\n[stderr]\noops\n"))
        .isEqualTo(new ShellOutput("hello\n", "oops\n"));
  }

  @Test
  void onlyStderrWhenTheOutputStartsWithTheMarker() {
    assertThat(ShellOutput.split("[stderr]\nboom")).isEqualTo(new ShellOutput("", "boom"));
  }

  @Test
  void withoutTheMarkerEverythingIsStdout() {
    assertThat(ShellOutput.split("just output")).isEqualTo(new ShellOutput("just output", ""));
    assertThat(ShellOutput.split(null)).isEqualTo(new ShellOutput("", ""));
  }
}
