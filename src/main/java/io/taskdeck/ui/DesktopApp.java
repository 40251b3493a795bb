package io.taskdeck.ui;

import io.taskdeck.core.BackendFactory;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.ui.common.FxUiExecutor;
import io.taskdeck.ui.common.PrefsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. Starts the JavaFX toolkit without an Application subclass, opens the
 * window and the backend (off the FX thread), and blocks until the window is closed and the backend
 * stopped.
 */
public final class DesktopApp {
  private static final Logger log = LoggerFactory.getLogger(DesktopApp.class);

  private final BackendFactory factory;
  private final ConnectionProfile initialProfile;
  private final Path dataDir;
  private final Clock clock;
  private final AtomicReference<DesktopSession> session = new AtomicReference<>();

  public DesktopApp(BackendFactory factory, ConnectionProfile initialProfile, Path dataDir) {
    this(factory, initialProfile, dataDir, Clock.systemDefaultZone());
  }

  public DesktopApp(
      BackendFactory factory, ConnectionProfile initialProfile, Path dataDir, Clock clock) {
    this.factory = factory;
    this.initialProfile = initialProfile;
    this.dataDir = dataDir;
    this.clock = clock;
  }

  /** Runs the desktop until its window closes; returns the process exit code (0). */
  public int run() {
    boolean startedToolkit = startToolkit();
    Platform.setImplicitExit(false);
    CountDownLatch closed = new CountDownLatch(1);
    try (FxUiExecutor executor = new FxUiExecutor()) {
      Platform.runLater(
          () -> {
            DesktopSession s =
                new DesktopSession(
                    factory, dataDir, clock, executor, new PrefsStore(dataDir), closed::countDown);
            session.set(s);
            s.open(initialProfile);
          });
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while the window was open");
    }
    if (startedToolkit) {
      Platform.exit();
    }
    return 0;
  }

  /** The session of the open window, for tests and screenshots; null before the toolkit runs it. */
  public DesktopSession session() {
    return session.get();
  }

  /** Starts the toolkit; false when something else (a test harness) already started it. */
  private static boolean startToolkit() {
    CountDownLatch ready = new CountDownLatch(1);
    try {
      Platform.startup(ready::countDown);
    } catch (IllegalStateException alreadyRunning) {
      return false;
    }
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  /** Opens the local embedded database of {@code dir}. */
  public static ConnectionProfile localProfile(Path dir) {
    return new ConnectionProfile(
        "Local",
        "jdbc:h2:file:" + dir.toAbsolutePath() + "/taskdeck;AUTO_SERVER=TRUE;WRITE_DELAY=0",
        null,
        null,
        true);
  }
}
