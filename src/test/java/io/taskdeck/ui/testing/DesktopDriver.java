package io.taskdeck.ui.testing;

import static org.awaitility.Awaitility.await;

import io.taskdeck.app.AppContext;
import io.taskdeck.app.EngineSettings;
import io.taskdeck.core.Backend;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.DeadLetterService;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.ui.DesktopApp;
import io.taskdeck.ui.DesktopSession;
import io.taskdeck.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the real {@link DesktopApp} on a thread against a given service, for GUI tests and
 * screenshots.
 */
public final class DesktopDriver implements AutoCloseable {
  private final DesktopApp app;
  private final Thread thread;
  private final AtomicInteger exitCode = new AtomicInteger(-1);
  private final AtomicBoolean backendClosed = new AtomicBoolean();

  public DesktopDriver(TaskService service, ConnectionProfile profile, Path dataDir, Clock clock) {
    this(
        service,
        new FakeDeadLetterService(service),
        new FakeCalendarService(service),
        profile,
        dataDir,
        clock);
  }

  public DesktopDriver(
      TaskService service,
      DeadLetterService deadLetters,
      ConnectionProfile profile,
      Path dataDir,
      Clock clock) {
    this(service, deadLetters, new FakeCalendarService(service), profile, dataDir, clock);
  }

  /** The window on test doubles (their statistics computed from the doubles' rows). */
  public DesktopDriver(
      TaskService service,
      DeadLetterService deadLetters,
      CalendarService calendars,
      ConnectionProfile profile,
      Path dataDir,
      Clock clock) {
    this(
        backend(
            service,
            deadLetters,
            calendars,
            q -> new io.taskdeck.core.Page<>(java.util.List.of(), null),
            new FakeStatistics((FakeTaskService) service, deadLetters),
            FakeDefinitions.on(service, calendars),
            profile),
        profile,
        dataDir,
        clock);
  }

  /** The window on the real engine of {@code engine} (closing the window leaves it open). */
  public DesktopDriver(Backend engine, Path dataDir, Clock clock) {
    this(
        backend(
            engine.tasks(),
            engine.deadLetters(),
            engine.calendars(),
            engine.audit(),
            engine.statistics(),
            engine.definitions(),
            engine.profile()),
        engine.profile(),
        dataDir,
        clock);
  }

  private static Backend backend(
      TaskService service,
      DeadLetterService deadLetters,
      CalendarService calendars,
      io.taskdeck.core.AuditService audit,
      TaskStatistics statistics,
      DefinitionsService definitions,
      ConnectionProfile profile) {
    return new Backend() {
      @Override
      public DefinitionsService definitions() {
        return definitions;
      }

      @Override
      public TaskService tasks() {
        return service;
      }

      @Override
      public DeadLetterService deadLetters() {
        return deadLetters;
      }

      @Override
      public CalendarService calendars() {
        return calendars;
      }

      @Override
      public io.taskdeck.core.AuditService audit() {
        return audit;
      }

      @Override
      public TaskStatistics statistics() {
        return statistics;
      }

      @Override
      public ConnectionProfile profile() {
        return profile;
      }

      @Override
      public void close() {}
    };
  }

  private DesktopDriver(Backend inner, ConnectionProfile profile, Path dataDir, Clock clock) {
    Backend backend =
        new Backend() {
          @Override
          public TaskService tasks() {
            return inner.tasks();
          }

          @Override
          public DeadLetterService deadLetters() {
            return inner.deadLetters();
          }

          @Override
          public CalendarService calendars() {
            return inner.calendars();
          }

          @Override
          public io.taskdeck.core.AuditService audit() {
            return inner.audit();
          }

          @Override
          public TaskStatistics statistics() {
            return inner.statistics();
          }

          @Override
          public DefinitionsService definitions() {
            return inner.definitions();
          }

          @Override
          public ConnectionProfile profile() {
            return profile;
          }

          @Override
          public void close() {
            backendClosed.set(true);
          }
        };
    startToolkitOnce();
    // the initial profile opens the given service; any other (Settings: test, switch) the real
    // composition root
    app =
        new DesktopApp(
            p ->
                p.jdbcUrl().equals(profile.jdbcUrl())
                    ? backend
                    : AppContext.open(p, new EngineSettings(null, 1)),
            profile,
            dataDir,
            clock);
    thread = new Thread(() -> exitCode.set(app.run()), "desktop-app");
    thread.setDaemon(true);
    thread.start();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> app.session() != null && app.session().window() != null);
    Fx.run(
        () -> {
          var stage = app.session().stage();
          stage.setX(0);
          stage.setY(0);
          stage.setWidth(1280);
          stage.setHeight(800);
        });
  }

  /**
   * Starts the toolkit through TestFX, so {@link DesktopApp} finds it running and leaves it running
   * for the next test of this JVM (the toolkit cannot start twice).
   */
  public static void startToolkitOnce() {
    try {
      org.testfx.api.FxToolkit.registerPrimaryStage();
    } catch (TimeoutException e) {
      throw new IllegalStateException("the JavaFX toolkit did not start", e);
    }
  }

  public DesktopSession session() {
    return app.session();
  }

  public MainWindow window() {
    return app.session().window();
  }

  public boolean backendClosed() {
    return backendClosed.get();
  }

  public int exitCode() {
    return exitCode.get();
  }

  /**
   * Closes the window without the question about running attempts, and waits for run() to return.
   */
  @Override
  public void close() throws InterruptedException {
    Fx.run(() -> session().closeNow());
    thread.join(Duration.ofSeconds(30).toMillis());
  }
}
