package io.taskdeck.ui.calendar;

import io.taskdeck.ui.common.Labels;
import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.common.DialogService;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The exclusion calendar editor window: the calendars on the left, the selected one's form on the right. */
public final class CalendarEditor {
  private final CalendarEditorModel model;
  private final DialogService dialogs;
  private final Runnable onChanged;
  private Stage stage;

  CalendarEditor(CalendarEditorModel model, DialogService dialogs, Runnable onChanged) {
    this.model = model;
    this.dialogs = dialogs;
    this.onChanged = onChanged;
  }

  public CalendarEditorModel model() { return model; }

  /** Opens (or raises) the editor over {@code owner}. */
  public void show(Window owner) {
    if (stage == null) {
      stage = new Stage();
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
      stage.setTitle("Exclusion calendars");
      Scene scene = new Scene(content(), 860, 560);
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
      stage.setScene(scene);
    }
    model.load();
    model.newCalendar();
    stage.show();
    stage.toFront();
  }

  private BorderPane content() {
    ListView<CalendarSpec> list = new ListView<>(model.calendars());
    list.setId("calendarList");
    list.setPlaceholder(new Label("No exclusion calendars yet.\nCreate one with New."));
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(CalendarSpec c, boolean empty) {
        super.updateItem(c, empty);
        setText(empty || c == null ? null : c.name() + "  ·  " + Labels.of(c.kind()));
      }
    });
    list.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> model.select(c));
    Button create = new Button("New");
    create.setId("newCalendar");
    create.setOnAction(e -> {
      list.getSelectionModel().clearSelection();
      model.newCalendar();
    });
    VBox left = new VBox(8, list, create);
    VBox.setVgrow(list, Priority.ALWAYS);
    left.setPrefWidth(240);
    BorderPane pane = new BorderPane(form(), null, null, null, left);
    BorderPane.setMargin(left, new Insets(0, 16, 0, 0));
    pane.setPadding(new Insets(16));
    pane.setId("calendarEditor");
    return pane;
  }

  private Node form() {
    GridPane g = new GridPane();
    g.setHgap(10);
    g.setVgap(8);
    javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
    labels.setMinWidth(90);
    g.getColumnConstraints().add(labels);
    TextField name = field("calendarName", model.nameProperty());
    TextField description = field("calendarDescription", model.descriptionProperty());
    ChoiceBox<CalendarKind> kind = new ChoiceBox<>();
    kind.setId("calendarKind");
    kind.getItems().setAll(CalendarKind.values());
    kind.valueProperty().bindBidirectional(model.kindProperty());
    TextField zone = field("calendarZone", model.zoneProperty());
    TextArea dates = new TextArea();
    dates.setId("calendarDates");
    dates.textProperty().bindBidirectional(model.datesProperty());
    dates.setPrefRowCount(5);
    dates.setPromptText("One date per line (yyyy-MM-dd); paste a list to import it");
    DatePicker picker = new DatePicker();
    Button add = new Button("Add date");
    add.setOnAction(e -> model.addDate(picker.getValue()));
    VBox holiday = new VBox(6, dates, new HBox(6, picker, add));
    HBox weekly = new HBox(8);
    for (DayOfWeek d : DayOfWeek.values()) {
      CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, Locale.ROOT));
      box.setSelected(model.weekdays().contains(d));
      model.weekdays().addListener((javafx.collections.SetChangeListener<DayOfWeek>) c -> box.setSelected(model.weekdays().contains(d)));
      box.selectedProperty().addListener((o, a, on) -> {
        if (on) { model.weekdays().add(d); } else { model.weekdays().remove(d); }
      });
      weekly.getChildren().add(box);
    }
    HBox daily = new HBox(8, new Label("from"), field("calendarFrom", model.fromProperty()), new Label("to"),
        field("calendarTo", model.toProperty()), new Label("(HH:mm, may span midnight)"));
    TextField cron = field("calendarCron", model.expressionProperty());
    cron.setPromptText("Quartz cron, e.g. * * 0-7 ? * *");
    Label usages = muted(model.usagesProperty());
    usages.setId("calendarUsages");
    Label error = new Label();
    error.setId("calendarError");
    error.getStyleClass().add("error-banner");
    error.setWrapText(true);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotNull());
    Label status = muted(model.statusProperty());
    Button save = new Button("Save");
    save.setId("saveCalendar");
    save.getStyleClass().add("accent");
    save.setOnAction(e -> model.save(onChanged));
    Button delete = new Button("Delete");
    delete.setId("deleteCalendar");
    delete.getStyleClass().add("danger");
    delete.setOnAction(e -> {
      if (dialogs.confirm("Delete calendar", "Delete " + model.nameProperty().get() + "?",
          "Tasks can no longer use it. A calendar that live tasks use cannot be deleted.", "Delete")) {
        model.delete(onChanged);
      }
    });
    int r = 0;
    g.addRow(r++, new Label("Name"), name);
    g.addRow(r++, new Label("Description"), description);
    g.addRow(r++, new Label("Kind"), kind);
    g.addRow(r++, new Label("Zone"), zone);
    Label datesLabel = new Label("Dates");
    Label daysLabel = new Label("Weekdays");
    Label rangeLabel = new Label("Daily range");
    Label cronLabel = new Label("Cron");
    g.addRow(r++, datesLabel, holiday);
    g.addRow(r++, daysLabel, weekly);
    g.addRow(r++, rangeLabel, daily);
    g.addRow(r++, cronLabel, cron);
    g.addRow(r++, new Label("Usages"), usages);
    g.add(error, 1, r++);
    g.add(new HBox(8, save, delete, status), 1, r);
    showFor(CalendarKind.HOLIDAY, datesLabel, holiday);
    showFor(CalendarKind.WEEKLY, daysLabel, weekly);
    showFor(CalendarKind.DAILY, rangeLabel, daily);
    showFor(CalendarKind.CRON, cronLabel, cron);
    GridPane.setHgrow(name, Priority.ALWAYS);
    return g;
  }

  private void showFor(CalendarKind kind, Node... nodes) {
    for (Node n : nodes) {
      n.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
      n.managedProperty().bind(n.visibleProperty());
    }
  }

  private static TextField field(String id, javafx.beans.property.StringProperty value) {
    TextField f = new TextField();
    f.setId(id);
    f.textProperty().bindBidirectional(value);
    return f;
  }

  private static Label muted(javafx.beans.property.StringProperty text) {
    Label l = new Label();
    l.setWrapText(true);
    l.getStyleClass().add("text-muted");
    l.textProperty().bind(text);
    return l;
  }
}
