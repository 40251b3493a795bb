package io.taskdeck.ui.settings;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Banners;
import io.taskdeck.ui.common.Fxml;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.settings.SettingsViewModel.Kind;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The Settings view: connection profiles (test, save, connect), appearance and the engine's
 * settings. The layout is Settings.fxml; this thin controller binds it to the ViewModels.
 */
public final class SettingsView implements AppView {
  private final SettingsViewModel model;
  private final EngineSettingsModel engine;
  private final VBox root;
  @FXML private Label currentProfile;
  @FXML private ListView<ProfileStore.Saved> profileList;
  @FXML private Button connectProfile;
  @FXML private TextField profileName;
  @FXML private ChoiceBox<Kind> profileKind;
  @FXML private Label dirLabel;
  @FXML private TextField profileDataDir;
  @FXML private Label urlLabel;
  @FXML private TextField profileUrl;
  @FXML private Label userLabel;
  @FXML private TextField profileUser;
  @FXML private Label passwordLabel;
  @FXML private PasswordField profilePassword;
  @FXML private CheckBox profileExecute;
  @FXML private Label manageOnlyWhy;
  @FXML private Button testConnection;
  @FXML private Button saveProfile;
  @FXML private Label profileError;
  @FXML private Label profileStatus;
  @FXML private VBox appearance;
  @FXML private VBox engineSection;
  @FXML private TextField workerThreads;
  @FXML private TextField misfireThreshold;
  @FXML private Button saveEngineSettings;
  @FXML private Label engineStatus;
  @FXML private Label retention;

  public SettingsView(
      SettingsViewModel model, EngineSettingsModel engine, ConnectionProfile current) {
    this.model = model;
    this.engine = engine;
    this.root = Fxml.load(this, "Settings.fxml");
    currentProfile.setText(
        "Connected to "
            + current.name()
            + " ("
            + current.kindLabel()
            + "), "
            + (current.execute() ? "executing tasks" : "manage-only"));
    profiles();
    form();
    engineForm();
  }

  private void profiles() {
    profileList.setItems(model.profiles());
    profileList.setPlaceholder(new Label("No saved profiles yet.\nFill in the form and Save."));
    profileList.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(ProfileStore.Saved s, boolean empty) {
                super.updateItem(s, empty);
                setText(
                    empty || s == null
                        ? null
                        : s.name()
                            + "  ·  "
                            + (s.jdbcUrl().startsWith("jdbc:h2:") ? "local H2" : "PostgreSQL")
                            + (s.execute() ? "" : " · manage-only"));
              }
            });
    profileList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, s) -> {
              if (s != null) {
                model.edit(s);
              }
            });
    connectProfile.setGraphic(Icons.DATABASE.node(14));
    connectProfile
        .disableProperty()
        .bind(profileList.getSelectionModel().selectedItemProperty().isNull());
    connectProfile.setOnAction(
        e -> model.connect(profileList.getSelectionModel().getSelectedItem()));
  }

  private void form() {
    profileKind.getItems().setAll(Kind.values());
    profileKind.valueProperty().bindBidirectional(model.kindProperty());
    profileName.textProperty().bindBidirectional(model.nameProperty());
    profileDataDir.textProperty().bindBidirectional(model.dataDirProperty());
    profileUrl.textProperty().bindBidirectional(model.urlProperty());
    profileUser.textProperty().bindBidirectional(model.userProperty());
    profilePassword.textProperty().bindBidirectional(model.passwordProperty());
    profilePassword
        .promptTextProperty()
        .bind(
            Bindings.when(model.passwordStoredProperty())
                .then("stored (owner-only) — leave empty to keep it")
                .otherwise("password"));
    profileExecute.selectedProperty().bindBidirectional(model.executeProperty());
    manageOnlyWhy.setText(SettingsViewModel.MANAGE_ONLY_WHY);
    showFor(Kind.LOCAL, dirLabel, profileDataDir);
    showFor(
        Kind.POSTGRESQL,
        urlLabel,
        profileUrl,
        userLabel,
        profileUser,
        passwordLabel,
        profilePassword,
        manageOnlyWhy);
    testConnection.setOnAction(e -> model.testConnection());
    saveProfile.setOnAction(e -> model.save());
    testConnection.disableProperty().bind(model.busyProperty());
    saveProfile.disableProperty().bind(model.busyProperty());
    profileError.textProperty().bind(model.errorProperty());
    profileError.visibleProperty().bind(model.errorProperty().isNotNull());
    profileError.managedProperty().bind(profileError.visibleProperty());
    profileStatus.textProperty().bind(model.statusProperty());
  }

  private void showFor(Kind kind, Node... nodes) {
    for (Node n : nodes) {
      n.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
      n.managedProperty().bind(n.visibleProperty());
    }
  }

  private void engineForm() {
    workerThreads.textProperty().bindBidirectional(engine.workerThreadsProperty());
    misfireThreshold.textProperty().bindBidirectional(engine.misfireThresholdProperty());
    saveEngineSettings.setOnAction(e -> engine.save());
    engineSection.getChildren().add(1, Banners.error("engineError", engine.errorProperty()));
    engineStatus.textProperty().bind(engine.statusProperty());
    retention.textProperty().bind(engine.retentionProperty());
  }

  /** Shows the theme control for the window's theme state (called once by the main window). */
  public void showAppearance(AppearanceModel themes) {
    appearance.getChildren().setAll(AppearanceSection.build(themes));
  }

  public SettingsViewModel model() {
    return model;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void shown() {
    model.load();
    engine.load();
  }
}
