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
    if (options.headless()) {
      return new HeadlessMode(options, env, System.out, System.err).run();
    }
    return new DesktopMode(options, env).run();
  }
}
