package io.taskdeck.app;

import io.taskdeck.core.BackendFactory;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.engine.EngineConfig;
import io.taskdeck.ui.DesktopApp;
import io.taskdeck.ui.settings.EnginePrefs;
import java.util.Map;

/** The default mode: the desktop window, with the engine opened off the GUI thread. */
final class DesktopMode {
  /** Exit code when the desktop window cannot be shown (no display). */
  static final int EXIT_NO_DISPLAY = 1;

  private final CliOptions options;
  private final Map<String, String> env;

  DesktopMode(CliOptions options, Map<String, String> env) {
    this.options = options;
    this.env = env;
  }

  /**
   * Applies the engine settings saved in Settings for this start; a --worker-threads other than the
   * default wins over the saved value.
   */
  private EngineSettings withSavedPrefs(EngineSettings fromCli) {
    return EnginePrefs.load(options.dataDir())
        .map(
            p -> {
              EngineSettings s = fromCli.withMisfireThreshold(p.misfireThresholdDuration());
              return fromCli.workerThreads() == EngineConfig.DEFAULT_WORKER_THREADS
                  ? s.withWorkerThreads(p.workerThreads())
                  : s;
            })
        .orElse(fromCli);
  }

  int run() {
    ConnectionProfile initial = Profiles.fromOptions(options, env, false);
    EngineSettings settings = withSavedPrefs(EngineSettings.from(options));
    BackendFactory factory = profile -> AppContext.open(profile, settings);
    try {
      return new DesktopApp(factory, initial, options.dataDir()).run();
    } catch (UnsupportedOperationException e) {
      // JavaFX could not open a display: say so in one line instead of a stack trace.
      System.err.println(
          "Cannot open the desktop window: "
              + e.getMessage()
              + ". On a machine without a display, run the server with --headless.");
      return EXIT_NO_DISPLAY;
    }
  }
}
