package io.taskdeck.app;

import java.util.Map;

/** Starts the mode the options ask for: the desktop window or the headless server. */
final class Launcher {
  private final CliOptions options;
  private final Map<String, String> env;

  Launcher(CliOptions options, Map<String, String> env) {
    this.options = options;
    this.env = env;
  }

  int launch() {
    // Wired to HeadlessMode and DesktopMode as they land (issues 5 and 6).
    throw new UnsupportedOperationException("mode not wired yet");
  }
}
