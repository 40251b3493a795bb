package io.taskdeck.ui.shell;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.EngineInfo;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Duration;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The header and status bar: connection, node mode, engine state and running attempts. */
public final class ShellViewModel {
  static final Duration POLL = Duration.ofSeconds(3);

  private final TaskService service;
  private final UiExecutor executor;
  private final StringProperty profileName = new SimpleStringProperty();
  private final StringProperty connection = new SimpleStringProperty();
  private final StringProperty mode = new SimpleStringProperty("…");
  private final StringProperty engineState = new SimpleStringProperty("STARTING");
  private final StringProperty nodeId = new SimpleStringProperty("");
  private final IntegerProperty running = new SimpleIntegerProperty();
  private final BooleanProperty healthy = new SimpleBooleanProperty(true);
  private final BooleanProperty dark = new SimpleBooleanProperty();
  private final String kind;
  private UiExecutor.Cancellable nextPoll;
  private boolean stopped;

  public ShellViewModel(TaskService service, UiExecutor executor, ConnectionProfile profile, boolean darkTheme) {
    this.service = service;
    this.executor = executor;
    profileName.set(profile.name());
    kind = profile.kindLabel();
    connection.set(kind);
    dark.set(darkTheme);
  }

  /** Starts polling {@link TaskService#info()}; events refresh it sooner. */
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
    if (events.stream().anyMatch(e -> e instanceof TaskEvent.ExecutionStarted || e instanceof TaskEvent.ExecutionFinished)) {
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
    executor.submit(service::info, this::apply, e -> {
      healthy.set(false);
      engineState.set("UNREACHABLE: " + e.getMessage());
    });
  }

  void apply(EngineInfo info) {
    healthy.set(true);
    mode.set(info.executing() ? "executing" : "manage-only");
    engineState.set(info.state());
    running.set(info.runningAttempts());
    nodeId.set(info.nodeId());
    connection.set(info.database() == null || info.database().isBlank() ? kind : info.database());
  }

  public void toggleTheme() {
    dark.set(!dark.get());
  }

  public StringProperty profileNameProperty() { return profileName; }
  public StringProperty connectionProperty() { return connection; }
  public StringProperty modeProperty() { return mode; }
  public StringProperty engineStateProperty() { return engineState; }
  public StringProperty nodeIdProperty() { return nodeId; }
  public IntegerProperty runningProperty() { return running; }
  public BooleanProperty healthyProperty() { return healthy; }
  public BooleanProperty darkProperty() { return dark; }
}
