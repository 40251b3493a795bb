package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.common.Converters;
import io.taskdeck.ui.common.DialogService;
import io.taskdeck.ui.common.Fxml;
import io.taskdeck.ui.common.Labels;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.fxml.FXML;
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
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The exclusion calendar editor window: the calendars on the left, the selected one's form on the
 * right. The layout is CalendarEditor.fxml; this thin controller binds it to {@link
 * CalendarEditorModel}.
 */
public final class CalendarEditor {
  private final CalendarEditorModel model;
  private final DialogService dialogs;
  private final Runnable onChanged;
  private Stage stage;
  @FXML private ListView<CalendarSpec> calendarList;
  @FXML private Button newCalendar;
  @FXML private TextField calendarName;
  @FXML private TextField calendarDescription;
  @FXML private ChoiceBox<CalendarKind> calendarKind;
  @FXML private TextField calendarZone;
  @FXML private Label datesLabel;
  @FXML private VBox holiday;
  @FXML private TextArea calendarDates;
  @FXML private DatePicker datePicker;
  @FXML private Button addDate;
  @FXML private Label daysLabel;
  @FXML private HBox weekdays;
  @FXML private Label rangeLabel;
  @FXML private HBox daily;
  @FXML private TextField calendarFrom;
  @FXML private TextField calendarTo;
  @FXML private Label cronLabel;
  @FXML private TextField calendarCron;
  @FXML private Label calendarUsages;
  @FXML private Label calendarError;
  @FXML private Button saveCalendar;
  @FXML private Button deleteCalendar;
  @FXML private Label calendarStatus;

  CalendarEditor(CalendarEditorModel model, DialogService dialogs, Runnable onChanged) {
    this.model = model;
    this.dialogs = dialogs;
    this.onChanged = onChanged;
  }

  public CalendarEditorModel model() {
    return model;
  }

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

  /** The layout is CalendarEditor.fxml; this binds it to the model. */
  private BorderPane content() {
    BorderPane pane = Fxml.load(this, "CalendarEditor.fxml");
    calendarList.setItems(model.calendars());
    calendarList.setPlaceholder(new Label("No exclusion calendars yet.\nCreate one with New."));
    calendarList.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(CalendarSpec c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + "  ·  " + Labels.of(c.kind()));
              }
            });
    calendarList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, c) -> model.select(c));
    newCalendar.setOnAction(
        e -> {
          calendarList.getSelectionModel().clearSelection();
          model.newCalendar();
        });
    text(calendarName, model.nameProperty());
    text(calendarDescription, model.descriptionProperty());
    calendarKind.getItems().setAll(CalendarKind.values());
    calendarKind.setConverter(Converters.of(Labels::of));
    calendarKind.valueProperty().bindBidirectional(model.kindProperty());
    text(calendarZone, model.zoneProperty());
    text(calendarDates, model.datesProperty());
    addDate.setOnAction(e -> model.addDate(datePicker.getValue()));
    for (DayOfWeek d : DayOfWeek.values()) {
      CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, Locale.ROOT));
      box.setSelected(model.weekdays().contains(d));
      model
          .weekdays()
          .addListener(
              (javafx.collections.SetChangeListener<DayOfWeek>)
                  c -> box.setSelected(model.weekdays().contains(d)));
      box.selectedProperty()
          .addListener(
              (o, a, on) -> {
                if (on) {
                  model.weekdays().add(d);
                } else {
                  model.weekdays().remove(d);
                }
              });
      weekdays.getChildren().add(box);
    }
    text(calendarFrom, model.fromProperty());
    text(calendarTo, model.toProperty());
    text(calendarCron, model.expressionProperty());
    calendarUsages.textProperty().bind(model.usagesProperty());
    calendarError.textProperty().bind(model.errorProperty());
    calendarError.visibleProperty().bind(model.errorProperty().isNotNull());
    calendarStatus.textProperty().bind(model.statusProperty());
    saveCalendar.setOnAction(e -> model.save(onChanged));
    deleteCalendar.setOnAction(
        e -> {
          if (dialogs.confirm(
              "Delete calendar",
              "Delete " + model.nameProperty().get() + "?",
              "Tasks can no longer use it. A calendar that live tasks use cannot be deleted.",
              "Delete")) {
            model.delete(onChanged);
          }
        });
    showFor(CalendarKind.HOLIDAY, datesLabel, holiday);
    showFor(CalendarKind.WEEKLY, daysLabel, weekdays);
    showFor(CalendarKind.DAILY, rangeLabel, daily);
    showFor(CalendarKind.CRON, cronLabel, calendarCron);
    return pane;
  }

  private void showFor(CalendarKind kind, Node... nodes) {
    for (Node n : nodes) {
      n.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
      n.managedProperty().bind(n.visibleProperty());
    }
  }

  private static void text(TextInputControl c, javafx.beans.property.StringProperty value) {
    c.textProperty().bindBidirectional(value);
  }
}
