package io.taskdeck.ui.shell;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.core.TaskStatistics.Counts;
import io.taskdeck.ui.common.SharedCounts;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The header and status bar: connection, node mode, engine state, running attempts, and whether the
 * database answers. Every poll reads the engine's state and the task counts (published to the
 * {@link SharedCounts} every view shows); one failed read turns the status amber, two in a row red,
 * each with the reason, and from the first failure the views' data is marked stale.
 */
public final class ShellViewModel {
  static final Duration POLL = Duration.ofSeconds(3);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  /** How the status bar shows the connection: green, amber or red. */
  public enum Health {
    OK,
    DEGRADED,
    DOWN
  }

  private record Probe(EngineInfo info, Counts counts, Instant at) {}

  private final TaskService service;
  private final TaskStatistics statistics;
  private final SharedCounts counts;
  private final UiExecutor executor;
  private final Clock clock;
  private final StringProperty profileName = new SimpleStringProperty();
  private final StringProperty connection = new SimpleStringProperty();
  private final StringProperty mode = new SimpleStringProperty("…");
  private final StringProperty engineState = new SimpleStringProperty("STARTING");
  private final StringProperty nodeId = new SimpleStringProperty("");
  private final IntegerProperty running = new SimpleIntegerProperty();
  private final ObjectProperty<Health> health = new SimpleObjectProperty<>(Health.DEGRADED);
  private final StringProperty reason = new SimpleStringProperty("Connecting…");
  private final BooleanProperty stale = new SimpleBooleanProperty(false);
  private final StringProperty staleNote = new SimpleStringProperty("");
  private final BooleanProperty dark = new SimpleBooleanProperty();
  private final String kind;
  private UiExecutor.Cancellable nextPoll;
  private boolean stopped;
  private int failures;
  private Instant lastGood;
  private Instant downSince;

  public ShellViewModel(
      TaskService service,
      TaskStatistics statistics,
      SharedCounts counts,
      UiExecutor executor,
      ConnectionProfile profile,
      boolean darkTheme,
      Clock clock) {
    this.service = service;
    this.statistics = statistics;
    this.counts = counts;
    this.executor = executor;
    this.clock = clock;
    profileName.set(profile.name());
    kind = profile.kindLabel();
    connection.set(kind);
    dark.set(darkTheme);
  }

  /** Starts polling; engine events refresh it sooner. */
  public void start() {
    refresh();
  }

  public void stop() {
    stopped = true;
    if (nextPoll != null) {
      nextPoll.cancel();
    }
  }

  public void onEvents(List<TaskEvent> events) {
    if (events.stream()
        .anyMatch(
            e ->
                e instanceof TaskEvent.ExecutionStarted
                    || e instanceof TaskEvent.ExecutionFinished)) {
      refreshOnce();
    }
  }

  private void refresh() {
    if (stopped) {
      return;
    }
    refreshOnce();
    nextPoll = executor.schedule(POLL, this::refresh);
  }

  private void refreshOnce() {
    executor.submit(this::probe, this::apply, this::failed);
  }

  /** Background thread: the engine's state, and one read of the database. */
  private Probe probe() {
    EngineInfo info = service.info();
    return new Probe(info, statistics.counts(), clock.instant());
  }

  private void apply(Probe p) {
    EngineInfo info = p.info();
    counts.publish(p.counts());
    failures = 0;
    downSince = null;
    lastGood = p.at();
    stale.set(false);
    staleNote.set("");
    mode.set(info.executing() ? "executing" : "manage-only");
    engineState.set(info.state());
    running.set(info.runningAttempts());
    nodeId.set(info.nodeId());
    connection.set(info.database() == null || info.database().isBlank() ? kind : info.database());
    boolean up =
        "RUNNING".equals(info.state()) || !info.executing() && "STANDBY".equals(info.state());
    health.set(up ? Health.OK : Health.DEGRADED);
    reason.set(up ? "" : "Engine " + info.state().toLowerCase(java.util.Locale.ROOT));
  }

  private void failed(Throwable e) {
    failures++;
    Instant now = clock.instant();
    if (downSince == null) {
      downSince = now;
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    health.set(failures == 1 ? Health.DEGRADED : Health.DOWN);
    reason.set(
        failures == 1
            ? "Database not answering, retrying: " + why
            : "Database unreachable since " + time(downSince) + ": " + why);
    engineState.set("UNREACHABLE");
    stale.set(true);
    staleNote.set(
        lastGood == null
            ? "Nothing could be read from the database yet."
            : "The data shown may be out of date: the database last answered at "
                + time(lastGood)
                + ".");
  }

  private String time(Instant t) {
    return TIME.format(
        t.atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone()));
  }

  public void toggleTheme() {
    dark.set(!dark.get());
  }

  public StringProperty profileNameProperty() {
    return profileName;
  }

  public StringProperty connectionProperty() {
    return connection;
  }

  public StringProperty modeProperty() {
    return mode;
  }

  public StringProperty engineStateProperty() {
    return engineState;
  }

  public StringProperty nodeIdProperty() {
    return nodeId;
  }

  public IntegerProperty runningProperty() {
    return running;
  }

  public ObjectProperty<Health> healthProperty() {
    return health;
  }

  /** Why the status is not green, in words; empty when it is. */
  public StringProperty reasonProperty() {
    return reason;
  }

  /** True while the database does not answer: what the views show was read before. */
  public BooleanProperty staleProperty() {
    return stale;
  }

  public StringProperty staleNoteProperty() {
    return staleNote;
  }

  public BooleanProperty darkProperty() {
    return dark;
  }
}
