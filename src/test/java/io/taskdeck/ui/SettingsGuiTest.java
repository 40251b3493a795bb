package io.taskdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.taskdeck.app.AppContext;
import io.taskdeck.app.EngineSettings;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.Task;
import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import io.taskdeck.ui.settings.SettingsViewModel;
import io.taskdeck.ui.shell.MainWindow;
import io.taskdeck.ui.testing.DesktopDriver;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Fx;
import io.taskdeck.ui.testing.Specs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings in the real window: a bad connection changes nothing; switching profiles needs no
 * restart.
 */
@Tag("gui")
class SettingsGuiTest {
  static final Duration WAIT = Duration.ofSeconds(60);
  @TempDir Path dataDir;

  @Test
  void anInvalidConnectionShowsAClearErrorAndChangesNothing() throws Exception {
    FakeTaskService service = new FakeTaskService(Clock.systemUTC());
    try (DesktopDriver driver =
        new DesktopDriver(service, DesktopApp.localProfile(dataDir), dataDir, Clock.systemUTC())) {
      MainWindow before = driver.window();
      Fx.run(() -> before.select(io.taskdeck.ui.shell.ViewKind.SETTINGS));
      SettingsViewModel settings = settings(driver);
      Fx.run(
          () -> {
            settings.nameProperty().set("Nowhere");
            settings.kindProperty().set(SettingsViewModel.Kind.POSTGRESQL);
            settings.urlProperty().set("jdbc:postgresql://127.0.0.1:1/none");
            settings.userProperty().set("postgres");
            ((Button) before.root().lookup("#saveProfile")).fire();
          });
      Label error = (Label) Fx.call(() -> before.root().lookup("#profileError"));
      await().atMost(WAIT).until(() -> Fx.call(() -> error.isVisible() && error.getText() != null));
      assertThat(Fx.call(error::getText))
          .startsWith("Could not connect: ")
          .contains("127.0.0.1:1")
          .endsWith("Nothing was saved or changed.");
      assertThat(Files.exists(dataDir.resolve("profiles.json"))).isFalse();
      assertThat(driver.window()).isSameAs(before);
      assertThat(driver.backendClosed()).isFalse();
      assertThat(Fx.call(() -> before.model().profileNameProperty().get())).isEqualTo("Local");
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void switchingToAnotherLocalProfileAndBackShowsEachDatabasesTasks() throws Exception {
    FakeTaskService service = new FakeTaskService(Clock.systemUTC());
    Task mine = service.schedule(Specs.shell("Task of the first database", "true"));
    ConnectionProfile first = DesktopApp.localProfile(dataDir);
    try (DesktopDriver driver = new DesktopDriver(service, first, dataDir, Clock.systemUTC())) {
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.SETTINGS));
      SettingsViewModel settings = settings(driver);
      Fx.run(
          () -> {
            settings.nameProperty().set("Second");
            settings.dataDirProperty().set(dataDir.resolve("second").toString());
            settings.save();
          });
      await().atMost(WAIT).until(() -> Fx.call(() -> settings.profiles().size()) == 1);
      Fx.run(() -> settings.connect(settings.profiles().get(0)));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(
                      () ->
                          driver.window() != null
                              && "Second"
                                  .equals(driver.window().model().profileNameProperty().get())));
      assertThat(driver.backendClosed()).isTrue();
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.SETTINGS));
      Label retention = (Label) Fx.call(() -> driver.window().root().lookup("#retention"));
      assertThat(Fx.call(retention::getText))
          .as("the real engine's retention, read-only")
          .contains(
              "execution rows deleted after 30d", "finished one-shot tasks deleted after 30d");
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.TASKS));
      TableView<Task> table =
          (TableView<Task>) Fx.call(() -> driver.window().root().lookup("#tasksTable"));
      await().atMost(WAIT).until(() -> Fx.call(() -> table.getItems().isEmpty()));
      Fx.run(() -> driver.session().switchTo(first));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(
                      () ->
                          driver.window() != null
                              && "Local"
                                  .equals(driver.window().model().profileNameProperty().get())));
      TableView<Task> again =
          (TableView<Task>) Fx.call(() -> driver.window().root().lookup("#tasksTable"));
      Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.TASKS));
      await()
          .atMost(WAIT)
          .until(
              () ->
                  Fx.call(() -> again.getItems().stream().anyMatch(t -> t.id().equals(mine.id()))));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void switchingFromALocalProfileToAPostgresProfileAndBackShowsEachDatabasesTasks()
      throws Exception {
    FakeTaskService service = new FakeTaskService(Clock.systemUTC());
    Task local = service.schedule(Specs.shell("Task of the local database", "true"));
    try (TestDatabase pg = TestDatabases.postgres()) {
      ConnectionProfile pgProfile =
          new ConnectionProfile("Shared", pg.jdbcUrl(), null, null, false);
      try (AppContext seed = AppContext.open(pgProfile, new EngineSettings(null, 1))) {
        seed.tasks().schedule(Specs.shell("Task on PostgreSQL", "true"));
      }
      ConnectionProfile first = DesktopApp.localProfile(dataDir);
      try (DesktopDriver driver = new DesktopDriver(service, first, dataDir, Clock.systemUTC())) {
        Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.SETTINGS));
        SettingsViewModel settings = settings(driver);
        Fx.run(
            () -> {
              settings.nameProperty().set("Shared");
              settings.kindProperty().set(SettingsViewModel.Kind.POSTGRESQL);
              settings.urlProperty().set(pg.jdbcUrl());
              settings.save();
            });
        await().atMost(WAIT).until(() -> Fx.call(() -> settings.profiles().size()) == 1);
        assertThat(Fx.call(() -> settings.profiles().get(0).execute()))
            .as("manage-only by default")
            .isFalse();
        Fx.run(() -> settings.connect(settings.profiles().get(0)));
        await()
            .atMost(WAIT)
            .until(
                () ->
                    Fx.call(
                        () ->
                            driver.window() != null
                                && "Shared"
                                    .equals(driver.window().model().profileNameProperty().get())));
        assertThat(tasksShown(driver)).containsExactly("Task on PostgreSQL");
        Fx.run(() -> driver.session().switchTo(first));
        await()
            .atMost(WAIT)
            .until(
                () ->
                    Fx.call(
                        () ->
                            driver.window() != null
                                && "Local"
                                    .equals(driver.window().model().profileNameProperty().get())));
        assertThat(tasksShown(driver)).containsExactly(local.name());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<String> tasksShown(DesktopDriver driver) {
    Fx.run(() -> driver.window().select(io.taskdeck.ui.shell.ViewKind.TASKS));
    TableView<Task> table =
        (TableView<Task>) Fx.call(() -> driver.window().root().lookup("#tasksTable"));
    await().atMost(WAIT).until(() -> Fx.call(() -> !table.getItems().isEmpty()));
    return Fx.call(() -> table.getItems().stream().map(Task::name).toList());
  }

  private static SettingsViewModel settings(DesktopDriver driver) {
    return Fx.call(() -> driver.window().settings().model());
  }
}
