package io.taskdeck.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.Backend;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.ui.settings.SettingsViewModel.Kind;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
  @TempDir Path dataDir;
  private final List<ConnectionProfile> opened = new ArrayList<>();
  private final List<ConnectionProfile> switched = new ArrayList<>();
  private boolean reachable = true;
  private int closed;

  private SettingsViewModel model() {
    return new SettingsViewModel(
        p -> {
          opened.add(p);
          if (!reachable) {
            throw new StoreUnavailableException(
                "cannot reach " + p.jdbcUrl() + ": Connection refused", null);
          }
          return new Backend() {
            @Override
            public io.taskdeck.core.TaskService tasks() {
              throw new IllegalStateException("not used");
            }

            @Override
            public io.taskdeck.core.DeadLetterService deadLetters() {
              throw new IllegalStateException("not used");
            }

            @Override
            public io.taskdeck.core.CalendarService calendars() {
              throw new IllegalStateException("not used");
            }

            @Override
            public io.taskdeck.core.TaskStatistics statistics() {
              throw new IllegalStateException("not used");
            }

            @Override
            public io.taskdeck.core.AuditService audit() {
              throw new IllegalStateException("not used");
            }

            @Override
            public io.taskdeck.core.definitions.DefinitionsService definitions() {
              throw new UnsupportedOperationException("not used by the Settings tests");
            }

            @Override
            public ConnectionProfile profile() {
              return p;
            }

            @Override
            public void close() {
              closed++;
            }
          };
        },
        new ProfileStore(dataDir),
        new SyncUiExecutor(),
        switched::add);
  }

  private static void fillPostgres(SettingsViewModel m) {
    m.nameProperty().set("Production");
    m.kindProperty().set(Kind.POSTGRESQL);
    m.urlProperty().set("jdbc:postgresql://db.example.com:5432/taskdeck");
    m.userProperty().set("ops");
    m.passwordProperty().set("s3cret");
  }

  @Test
  void aPostgresProfileDefaultsToManageOnly() {
    SettingsViewModel m = model();
    assertThat(m.executeProperty().get()).isTrue();
    m.kindProperty().set(Kind.POSTGRESQL);
    assertThat(m.executeProperty().get()).isFalse();
  }

  @Test
  void anInvalidConnectionShowsAClearErrorAndSavesNothing() {
    reachable = false;
    SettingsViewModel m = model();
    fillPostgres(m);
    m.save();
    assertThat(m.errorProperty().get())
        .isEqualTo(
            "Could not connect: cannot reach "
                + "jdbc:postgresql://db.example.com:5432/taskdeck: Connection refused. Nothing was saved or changed.");
    assertThat(new ProfileStore(dataDir).list()).isEmpty();
    assertThat(switched).isEmpty();
    assertThat(opened).singleElement().satisfies(p -> assertThat(p.execute()).isFalse());
  }

  @Test
  void aBadUrlNamesTheFieldAndConnectsToNothing() {
    SettingsViewModel m = model();
    fillPostgres(m);
    m.urlProperty().set("postgres://db");
    m.testConnection();
    assertThat(m.errorProperty().get()).startsWith("url: ");
    assertThat(opened).isEmpty();
  }

  @Test
  void savingStoresThePasswordOwnerOnlyAndNeverShowsItAgain() throws Exception {
    SettingsViewModel m = model();
    fillPostgres(m);
    m.save();
    assertThat(m.errorProperty().get()).isNull();
    assertThat(m.passwordProperty().get()).isEmpty();
    assertThat(m.passwordStoredProperty().get()).isTrue();
    Path secrets = dataDir.resolve("profile-passwords.properties");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dataDir.resolve("profiles.json"))).doesNotContain("s3cret");
    ProfileStore.Saved saved = m.profiles().get(0);
    assertThat(saved.execute()).isFalse();
    m.edit(saved);
    assertThat(m.passwordProperty().get()).isEmpty();
    m.connect(saved);
    assertThat(switched)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.password()).isEqualTo("s3cret");
              assertThat(p.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:5432/taskdeck");
            });
  }

  @Test
  void aLocalProfileNeedsADataDirAndPointsH2IntoIt() {
    SettingsViewModel m = model();
    m.nameProperty().set("Scratch");
    m.testConnection();
    assertThat(m.errorProperty().get()).startsWith("data dir: ");
    m.dataDirProperty().set(dataDir.resolve("scratch").toString());
    m.testConnection();
    assertThat(opened)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.jdbcUrl())
                    .startsWith("jdbc:h2:file:" + dataDir.resolve("scratch") + "/taskdeck"));
    assertThat(m.statusProperty().get()).startsWith("Connected to local H2 (Scratch)");
    assertThat(closed).as("the probe connection is closed again").isEqualTo(1);
  }
}
