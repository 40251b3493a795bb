package io.taskdeck.ui.settings;

import io.taskdeck.core.ConnectionProfile;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Banners;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.settings.SettingsViewModel.Kind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Settings view: connection profiles (test, save, connect). */
public final class SettingsView implements AppView {
  private final SettingsViewModel model;
  private final EngineSettingsModel engine;
  private final VBox root;
  private final VBox appearance = new VBox(6);

  public SettingsView(SettingsViewModel model, EngineSettingsModel engine, ConnectionProfile current) {
    this.model = model;
    this.engine = engine;
    Label title = new Label("Settings");
    title.getStyleClass().add("title-2");
    Label now = new Label("Connected to " + current.name() + " (" + current.kindLabel() + "), "
        + (current.execute() ? "executing tasks" : "manage-only"));
    now.setId("currentProfile");
    now.getStyleClass().add("text-muted");
    HBox body = new HBox(16, profileList(), form());
    VBox.setVgrow(body, Priority.ALWAYS);
    Label engineTitle = new Label("Engine (applies at the next start)");
    engineTitle.getStyleClass().add("title-4");
    Label profilesTitle = new Label("Connection profiles");
    profilesTitle.getStyleClass().add("title-4");
    appearance.setId("appearance");
    root = new VBox(12, title, now, profilesTitle, body, appearance, engineTitle, engineForm());
    root.setPadding(new Insets(20));
    root.setId("settings");
  }

  private Node profileList() {
    ListView<ProfileStore.Saved> list = new ListView<>(model.profiles());
    list.setId("profileList");
    list.setPlaceholder(new Label("No saved profiles yet.\nFill in the form and Save."));
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(ProfileStore.Saved s, boolean empty) {
        super.updateItem(s, empty);
        setText(empty || s == null ? null : s.name() + "  ·  " + (s.jdbcUrl().startsWith("jdbc:h2:") ? "local H2" : "PostgreSQL")
            + (s.execute() ? "" : " · manage-only"));
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
      if (s != null) {
        model.edit(s);
      }
    });
    Button connect = new Button("Connect", Icons.DATABASE.node(14));
    connect.setId("connectProfile");
    connect.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    connect.setOnAction(e -> model.connect(list.getSelectionModel().getSelectedItem()));
    Label hint = new Label("Connect stops the engine and restarts it on the selected profile's database.");
    hint.setWrapText(true);
    hint.setMinHeight(Region.USE_PREF_SIZE); // wraps rather than ending in "…"
    hint.getStyleClass().add("text-muted");
    VBox box = new VBox(8, list, connect, hint);
    VBox.setVgrow(list, Priority.ALWAYS);
    box.setPrefWidth(300);
    return box;
  }

  private Node form() {
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    ChoiceBox<Kind> kind = new ChoiceBox<>();
    kind.setId("profileKind");
    kind.getItems().setAll(Kind.values());
    kind.valueProperty().bindBidirectional(model.kindProperty());
    TextField name = text("profileName", model.nameProperty());
    TextField dir = text("profileDataDir", model.dataDirProperty());
    TextField url = text("profileUrl", model.urlProperty());
    url.setPromptText("jdbc:postgresql://db.example.com:5432/taskdeck");
    TextField user = text("profileUser", model.userProperty());
    PasswordField password = new PasswordField();
    password.setId("profilePassword");
    password.textProperty().bindBidirectional(model.passwordProperty());
    password.promptTextProperty().bind(Bindings.when(model.passwordStoredProperty())
        .then("stored (owner-only) — leave empty to keep it").otherwise("password"));
    CheckBox execute = new CheckBox("This window runs tasks (executing node)");
    execute.setId("profileExecute");
    execute.selectedProperty().bindBidirectional(model.executeProperty());
    Label why = new Label(SettingsViewModel.MANAGE_ONLY_WHY);
    why.setWrapText(true);
    why.getStyleClass().add("warning-banner");
    why.setMaxWidth(560);
    int r = 0;
    g.addRow(r++, new Label("Name"), name);
    g.addRow(r++, new Label("Database"), kind);
    Label dirLabel = new Label("Data dir");
    g.addRow(r++, dirLabel, dir);
    Label urlLabel = new Label("URL");
    Label userLabel = new Label("User");
    Label pwLabel = new Label("Password");
    g.addRow(r++, urlLabel, url);
    g.addRow(r++, userLabel, user);
    g.addRow(r++, pwLabel, password);
    g.addRow(r++, new Label("Mode"), execute);
    g.add(why, 1, r++);
    for (Node n : new Node[] {dirLabel, dir}) {
      n.visibleProperty().bind(model.kindProperty().isEqualTo(Kind.LOCAL));
      n.managedProperty().bind(n.visibleProperty());
    }
    for (Node n : new Node[] {urlLabel, url, userLabel, user, pwLabel, password, why}) {
      n.visibleProperty().bind(model.kindProperty().isEqualTo(Kind.POSTGRESQL));
      n.managedProperty().bind(n.visibleProperty());
    }
    Button test = new Button("Test connection");
    test.setId("testConnection");
    test.setOnAction(e -> model.testConnection());
    Button save = new Button("Save");
    save.setId("saveProfile");
    save.getStyleClass().add("accent");
    save.setOnAction(e -> model.save());
    test.disableProperty().bind(model.busyProperty());
    save.disableProperty().bind(model.busyProperty());
    Label error = new Label();
    error.setId("profileError");
    error.getStyleClass().add("error-banner");
    error.setWrapText(true);
    error.setMaxWidth(560);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    Label status = new Label();
    status.setId("profileStatus");
    status.setWrapText(true);
    status.textProperty().bind(model.statusProperty());
    HBox actions = new HBox(8, test, save);
    actions.setAlignment(Pos.CENTER_LEFT);
    g.add(actions, 1, r++);
    g.add(error, 1, r++);
    g.add(status, 1, r);
    GridPane.setHgrow(name, Priority.ALWAYS);
    return g;
  }

  private Node engineForm() {
    TextField threads = text("workerThreads", engine.workerThreadsProperty());
    threads.setPrefColumnCount(5);
    TextField threshold = text("misfireThreshold", engine.misfireThresholdProperty());
    threshold.setPrefColumnCount(8);
    Button save = new Button("Save engine settings");
    save.setId("saveEngineSettings");
    save.setOnAction(e -> engine.save());
    Label error = Banners.error("engineError", engine.errorProperty());
    Label status = new Label();
    status.setWrapText(true);
    status.textProperty().bind(engine.statusProperty());
    HBox row = new HBox(8, new Label("Worker threads"), threads, new Label("Misfire threshold"), threshold, save);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(6, row, error, status);
  }

  /** Shows the theme control for the window's theme state (called once by the main window). */
  public void showAppearance(AppearanceModel themes) {
    appearance.getChildren().setAll(AppearanceSection.build(themes));
  }

  private static TextField text(String id, javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setId(id);
    f.textProperty().bindBidirectional(value);
    return f;
  }

  public SettingsViewModel model() { return model; }


  @Override
  public Node node() { return root; }

  @Override
  public void shown() {
    model.load();
    engine.load();
  }
}
