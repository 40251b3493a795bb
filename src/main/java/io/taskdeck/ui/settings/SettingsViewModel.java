package io.taskdeck.ui.settings;

import io.taskdeck.core.BackendFactory;
import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.UiExecutor;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connection profiles: edit, test (a real connection through the {@link BackendFactory}, off the UI
 * thread), save (only after a successful test) and switch to one.
 */
public final class SettingsViewModel {
  /** Why a shared database defaults to manage-only. */
  public static final String MANAGE_ONLY_WHY =
      "On a shared PostgreSQL database this window joins the cluster to manage it "
          + "but runs no tasks (--no-execute). A laptop that sleeps stops checking in: the other nodes declare it dead, "
          + "recover its running tasks and run them again, so they would run twice.";

  /** Where a profile's tasks live. */
  public enum Kind {
    LOCAL,
    POSTGRESQL
  }

  private final BackendFactory factory;
  private final ProfileStore store;
  private final UiExecutor executor;
  private final Consumer<ConnectionProfile> switcher;
  private final ObservableList<ProfileStore.Saved> profiles = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.LOCAL);
  private final StringProperty dataDir = new SimpleStringProperty("");
  private final StringProperty url = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final StringProperty password = new SimpleStringProperty("");
  private final BooleanProperty passwordStored = new SimpleBooleanProperty();
  private final BooleanProperty execute = new SimpleBooleanProperty(true);
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty status = new SimpleStringProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public SettingsViewModel(
      BackendFactory factory,
      ProfileStore store,
      UiExecutor executor,
      Consumer<ConnectionProfile> switcher) {
    this.factory = factory;
    this.store = store;
    this.executor = executor;
    this.switcher = switcher;
    kind.addListener((o, was, k) -> execute.set(k == Kind.LOCAL));
  }

  public void load() {
    executor.submit(
        store::list,
        profiles::setAll,
        e -> error.set("Could not read the saved profiles: " + e.getMessage()));
  }

  /**
   * Fills the form from a saved profile; the password is never shown, only whether one is stored.
   */
  public void edit(ProfileStore.Saved s) {
    name.set(s.name());
    boolean local = s.jdbcUrl().startsWith("jdbc:h2:");
    kind.set(local ? Kind.LOCAL : Kind.POSTGRESQL);
    dataDir.set(local ? localDir(s.jdbcUrl()) : "");
    url.set(local ? "" : s.jdbcUrl());
    user.set(s.user() == null ? "" : s.user());
    password.set("");
    passwordStored.set(s.hasPassword());
    execute.set(s.execute());
    error.set(null);
    status.set(null);
  }

  private static String localDir(String jdbcUrl) {
    String path = jdbcUrl.substring("jdbc:h2:file:".length()).split(";")[0];
    return path.endsWith("/taskdeck")
        ? path.substring(0, path.length() - "/taskdeck".length())
        : path;
  }

  /** The form as a profile; throws {@link ValidationException} naming the bad field. */
  ConnectionProfile toProfile() {
    if (name.get().isBlank()) {
      throw new ValidationException("name", "name: give the profile a name");
    }
    if (kind.get() == Kind.LOCAL) {
      if (dataDir.get().isBlank()) {
        throw new ValidationException(
            "dataDir", "data dir: choose the directory of the local database");
      }
      String jdbc =
          "jdbc:h2:file:"
              + Path.of(dataDir.get().trim()).toAbsolutePath()
              + "/taskdeck;AUTO_SERVER=TRUE;WRITE_DELAY=0";
      return new ConnectionProfile(name.get().trim(), jdbc, null, null, execute.get());
    }
    if (!url.get().trim().startsWith("jdbc:postgresql://")) {
      throw new ValidationException("url", "url: expected jdbc:postgresql://HOST:PORT/DATABASE");
    }
    String pw = password.get().isEmpty() ? null : password.get();
    return new ConnectionProfile(
        name.get().trim(),
        url.get().trim(),
        user.get().isBlank() ? null : user.get().trim(),
        pw,
        execute.get());
  }

  /** Opens the database (manage-only) and closes it again; reports the outcome; saves nothing. */
  public void testConnection() {
    check(
        p ->
            status.set(
                "Connected to "
                    + p.kindLabel()
                    + " ("
                    + p.name()
                    + "). Save to keep this profile."));
  }

  /** Tests the connection, and only when it works saves the profile. */
  public void save() {
    check(
        p ->
            executor.submit(
                () -> {
                  store.save(p);
                  return store.list();
                },
                list -> {
                  profiles.setAll(list);
                  password.set("");
                  passwordStored.set(
                      list.stream().anyMatch(s -> s.name().equals(p.name()) && s.hasPassword()));
                  status.set(
                      "Saved "
                          + p.name()
                          + ". The password is stored owner-only in "
                          + store.passwordFile()
                          + ".");
                },
                e -> error.set(e.getMessage())));
  }

  /** Switches this window to a saved profile (the engine stops and restarts against it). */
  public void connect(ProfileStore.Saved s) {
    executor.submit(() -> store.open(s), switcher::accept, e -> error.set(e.getMessage()));
  }

  private void check(Consumer<ConnectionProfile> onSuccess) {
    ConnectionProfile form;
    try {
      form = toProfile();
    } catch (ValidationException e) {
      error.set(e.getMessage());
      status.set(null);
      return;
    }
    boolean keepStored = form.password() == null && passwordStored.get();
    error.set(null);
    status.set("Connecting…");
    busy.set(true);
    executor.submit(
        () -> {
          ConnectionProfile full = keepStored ? withStoredPassword(form) : form;
          factory
              .open(
                  new ConnectionProfile(
                      full.name(), full.jdbcUrl(), full.user(), full.password(), false))
              .close();
          return form;
        },
        p -> {
          busy.set(false);
          onSuccess.accept(p);
        },
        e -> {
          busy.set(false);
          status.set(null);
          error.set("Could not connect: " + e.getMessage() + ". Nothing was saved or changed.");
        });
  }

  /** Background thread: the form with the password stored for its name. */
  private ConnectionProfile withStoredPassword(ConnectionProfile p) {
    return store.list().stream()
        .filter(s -> s.name().equals(p.name()))
        .findFirst()
        .map(
            s ->
                new ConnectionProfile(
                    p.name(), p.jdbcUrl(), p.user(), store.open(s).password(), p.execute()))
        .orElse(p);
  }

  public ObservableList<ProfileStore.Saved> profiles() {
    return profiles;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  public StringProperty dataDirProperty() {
    return dataDir;
  }

  public StringProperty urlProperty() {
    return url;
  }

  public StringProperty userProperty() {
    return user;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public BooleanProperty passwordStoredProperty() {
    return passwordStored;
  }

  public BooleanProperty executeProperty() {
    return execute;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
