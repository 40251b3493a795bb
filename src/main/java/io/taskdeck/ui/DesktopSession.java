package io.taskdeck.ui;

import io.taskdeck.core.Backend;
import io.taskdeck.core.BackendFactory;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.EventPump;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.FxDialogService;
import io.taskdeck.ui.common.PrefsStore;
import io.taskdeck.ui.common.SharedCounts;
import io.taskdeck.ui.common.Theme;
import io.taskdeck.ui.common.UiContext;
import io.taskdeck.ui.common.UiExecutor;
import io.taskdeck.ui.common.UiPrefs;
import io.taskdeck.ui.settings.EngineSettingsModel;
import io.taskdeck.ui.settings.ProfileStore;
import io.taskdeck.ui.settings.SettingsView;
import io.taskdeck.ui.settings.SettingsViewModel;
import io.taskdeck.ui.shell.AppIcons;
import io.taskdeck.ui.shell.CloseGuard;
import io.taskdeck.ui.shell.MainWindow;
import io.taskdeck.ui.shell.ShellViewModel;
import io.taskdeck.ui.shell.Shortcuts;
import io.taskdeck.ui.shell.StartupPane;
import io.taskdeck.ui.shell.WindowState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One open window: start-up behind a spinner, the main window, and a bounded shutdown. */
public final class DesktopSession {
  private static final Logger log = LoggerFactory.getLogger(DesktopSession.class);
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(20);
  static final Duration WAIT_POLL = Duration.ofSeconds(1);

  private final BackendFactory factory;
  private final Path dataDir;
  private final Clock clock;
  private final UiExecutor executor;
  private final PrefsStore prefsStore;
  private final Runnable onClosed;
  private final Stage stage = new Stage();
  private final StartupPane startup = new StartupPane("Starting…");
  private final Scene scene = new Scene(startup);
  private UiPrefs prefs;
  private Backend backend;
  private EventPump events;
  private MainWindow window;
  private boolean closing;
  private boolean asking;
  private Runnable waiting;
  private boolean connecting;

  DesktopSession(
      BackendFactory factory,
      Path dataDir,
      Clock clock,
      UiExecutor executor,
      PrefsStore prefsStore,
      Runnable onClosed) {
    this.factory = factory;
    this.dataDir = dataDir;
    this.clock = clock;
    this.executor = executor;
    this.prefsStore = prefsStore;
    this.onClosed = onClosed;
  }

  /** Shows the window and opens {@code profile} off the FX thread. */
  void open(ConnectionProfile profile) {
    prefs = prefsStore.load();
    stage.setTitle("Taskdeck");
    AppIcons.apply(stage);
    stage.setScene(scene);
    Theme.apply(scene, prefs.dark());
    WindowState.restore(stage, prefs.window());
    stage.setOnCloseRequest(
        e -> {
          e.consume();
          close();
        });
    stage.show();
    connect(profile);
  }

  private void connect(ConnectionProfile profile) {
    startup.setMessage("Opening " + profile.name() + " (" + profile.kindLabel() + ")…");
    scene.setRoot(startup);
    connecting = true;
    executor.submit(() -> factory.open(profile), this::opened, e -> failed(profile, e));
  }

  private void opened(Backend b) {
    connecting = false;
    backend = b;
    if (closing) {
      shutDown();
      return;
    }
    events = new EventPump(b.tasks(), executor);
    SharedCounts counts = new SharedCounts();
    UiContext ctx =
        new UiContext(
            b.tasks(),
            b.deadLetters(),
            b.calendars(),
            b.audit(),
            b.statistics(),
            counts,
            executor,
            new FxDialogService(() -> stage),
            new Formats(clock.getZone()),
            clock,
            events,
            b.definitions());
    ShellViewModel shell =
        new ShellViewModel(
            b.tasks(), b.statistics(), counts, executor, b.profile(), prefs.dark(), clock);
    EngineSettingsModel engineSettings = new EngineSettingsModel(dataDir, executor);
    EngineInfo info = b.tasks().info();
    engineSettings.showRetention(info.retainExecutions(), info.retainFinished());
    SettingsView settings =
        new SettingsView(
            new SettingsViewModel(factory, new ProfileStore(dataDir), executor, this::switchTo),
            engineSettings,
            b.profile());
    window = new MainWindow(ctx, shell, dataDir, settings);
    shell.darkProperty().addListener((o, was, dark) -> setDark(dark));
    scene.setRoot(window.root());
    Theme.apply(scene, prefs.dark());
    Shortcuts.install(scene, window);
    shell.start();
    stage.setTitle("Taskdeck — " + b.profile().name());
  }

  /**
   * Switches this window to another database: stops the engine and closes the old backend off the
   * FX thread (behind the progress pane), then opens {@code profile} as at start-up.
   */
  public void switchTo(ConnectionProfile profile) {
    if (closing || connecting || backend == null) {
      return;
    }
    Backend old = backend;
    EventPump pump = events;
    window.model().stop();
    backend = null;
    events = null;
    window = null;
    connecting = true;
    startup.setMessage("Stopping the engine on " + old.profile().name() + "…");
    scene.setRoot(startup);
    executor.submit(
        () -> {
          pump.close();
          old.close();
          return profile;
        },
        this::connect,
        e -> {
          log.warn("Closing {} failed; opening {} anyway", old.profile(), profile, e);
          connect(profile);
        });
  }

  private void setDark(boolean dark) {
    prefs = prefs.withDark(dark);
    Theme.apply(scene, dark);
    savePrefs();
  }

  /** Writes the preferences file on a worker, never on the FX thread. */
  private void savePrefs() {
    UiPrefs snapshot = prefs;
    executor.submit(
        () -> {
          prefsStore.save(snapshot);
          return null;
        },
        x -> {},
        e -> log.warn("Could not save the window preferences: {}", e.getMessage()));
  }

  private void failed(ConnectionProfile profile, Throwable e) {
    connecting = false;
    log.error("Could not open {}", profile, e);
    if (closing) {
      finish();
      return;
    }
    ButtonType other = new ButtonType("Choose another data dir…", ButtonBar.ButtonData.OTHER);
    ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
    Alert alert = new Alert(Alert.AlertType.ERROR, "", other, quit);
    alert.initOwner(stage);
    alert.setTitle("Taskdeck could not start");
    alert.setHeaderText("Could not open " + profile.name() + " (" + profile.kindLabel() + ")");
    alert.setContentText(
        e.getMessage()
            + "\n\nQuit, or pick another data directory to use a fresh local database there.");
    Optional<ButtonType> answer = alert.showAndWait();
    Optional<Path> dir =
        answer
            .filter(other::equals)
            .flatMap(
                x ->
                    new FxDialogService(() -> stage)
                        .chooseDirectory("Choose a data directory", dataDir));
    if (dir.isPresent()) {
      connect(DesktopApp.localProfile(dir.get()));
    } else {
      close();
    }
  }

  /**
   * Closes as the user asked: when attempts run on this node, first asks whether to wait for them
   * or close now (see {@link CloseGuard}); then {@link #closeNow()}.
   */
  public void close() {
    if (closing || asking) {
      return;
    }
    if (backend == null || waiting != null) {
      closeNow();
      return;
    }
    asking = true;
    TaskService tasks = backend.tasks();
    executor.submit(
        () -> CloseGuard.ask(tasks),
        question -> {
          asking = false;
          question.ifPresentOrElse(this::answer, this::closeNow);
        },
        e -> {
          asking = false;
          log.warn("Could not read the running attempts before closing: {}", e.getMessage());
          closeNow();
        });
  }

  private void answer(CloseGuard.Question q) {
    Optional<Integer> answer =
        new FxDialogService(() -> stage)
            .choose(
                "Close Taskdeck",
                q.header(),
                q.content(),
                q.choices().stream().map(CloseGuard.Choice::label).toList());
    CloseGuard.Choice choice =
        answer.map(i -> q.choices().get(i)).orElse(CloseGuard.Choice.KEEP_OPEN);
    switch (choice) {
      case WAIT -> waitForRunningAttempts();
      case STOP -> {
        TaskService tasks = backend.tasks();
        executor.submit(
            () -> CloseGuard.stopRunning(tasks),
            n -> waitForRunningAttempts(),
            e -> waitForRunningAttempts());
      }
      case CLOSE_NOW -> closeNow();
      case KEEP_OPEN -> {}
    }
  }

  /** Shows the attempts left and closes when none runs; "Close now" ends the wait. */
  private void waitForRunningAttempts() {
    Button now = new Button("Close now");
    now.setId("closeNowButton");
    now.setOnAction(e -> closeNow());
    StartupPane pane = new StartupPane("Waiting for the running attempts to finish…");
    pane.getChildren().add(now);
    scene.setRoot(pane);
    TaskService tasks = backend.tasks();
    waiting =
        () ->
            executor.submit(
                () -> tasks.info().runningAttempts(),
                n -> {
                  if (closing) {
                    return;
                  }
                  if (n == 0) {
                    closeNow();
                  } else {
                    pane.setMessage(
                        "Waiting for "
                            + (n == 1 ? "1 running attempt" : n + " running attempts")
                            + " to finish…");
                    executor.schedule(WAIT_POLL, waiting);
                  }
                },
                e -> closeNow());
    waiting.run();
  }

  /**
   * Saves the window state, stops the engine off the FX thread (bounded), then closes: no question
   * asked.
   */
  public void closeNow() {
    if (closing) {
      return;
    }
    closing = true;
    prefs = prefs.withWindow(WindowState.capture(stage));
    savePrefs();
    if (window != null) {
      window.model().stop();
    }
    startup.setMessage("Stopping the engine…");
    scene.setRoot(startup);
    if (backend != null) {
      shutDown();
    } else if (!connecting) {
      finish();
    }
    // else: opened() or failed() finishes once the pending open returns
  }

  private void shutDown() {
    Backend b = backend;
    EventPump pump = events;
    Thread stopper =
        new Thread(
            () -> {
              Thread worker =
                  new Thread(
                      () -> {
                        if (pump != null) {
                          pump.close();
                        }
                        b.close();
                      },
                      "backend-close");
              worker.setDaemon(true);
              worker.start();
              try {
                worker.join(CLOSE_TIMEOUT.toMillis());
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              if (worker.isAlive()) {
                log.warn(
                    "The engine did not stop within {}; closing the window anyway", CLOSE_TIMEOUT);
              }
              executor.runOnUi(this::finish);
            },
            "desktop-shutdown");
    stopper.setDaemon(true);
    stopper.start();
  }

  private void finish() {
    stage.hide();
    onClosed.run();
  }

  public Stage stage() {
    return stage;
  }

  /** The main window once the backend is open, else null. */
  public MainWindow window() {
    return window;
  }
}
