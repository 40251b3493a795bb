package io.taskdeck.ui.tasks;

import io.taskdeck.ui.tasks.ScheduleBuilderViewModel.Kind;
import io.taskdeck.ui.tasks.ScheduleBuilderViewModel.Unit;
import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.SegmentedButton;

/**
 * The schedule builder's controls: kind switch, kind-specific fields, description and next runs.
 */
final class ScheduleBuilderView {
  private final ScheduleBuilderViewModel model;

  ScheduleBuilderView(ScheduleBuilderViewModel model) {
    this.model = model;
  }

  Node build() {
    VBox once = onceFields();
    VBox interval = intervalFields();
    VBox cron = cronFields();
    show(once, Kind.ONCE);
    show(interval, Kind.INTERVAL);
    show(cron, Kind.CRON);
    Label description = new Label();
    description.setId("scheduleDescription");
    description.getStyleClass().add("schedule-description");
    description.textProperty().bind(model.descriptionProperty());
    description.setWrapText(true);
    Label nextTitle = new Label("Next 5 runs");
    nextTitle.getStyleClass().add("field-label");
    Label message = new Label();
    message.getStyleClass().add("text-muted");
    message.textProperty().bind(model.previewMessageProperty());
    message.managedProperty().bind(message.textProperty().isNotEmpty());
    ListView<String> next = new ListView<>(model.nextFireTimes());
    next.setId("nextFireTimes");
    next.setFixedCellSize(24);
    next.setPrefHeight(5 * 24 + 4);
    next.setFocusTraversable(false);
    next.getStyleClass().add("next-runs");
    VBox box =
        new VBox(
            8,
            kindSwitch(),
            once,
            interval,
            cron,
            description,
            nextTitle,
            message,
            error("schedule.calendar"),
            next);
    box.getStyleClass().add("schedule-builder");
    return box;
  }

  private void show(Node node, Kind kind) {
    node.visibleProperty().bind(model.kindProperty().isEqualTo(kind));
    node.managedProperty().bind(node.visibleProperty());
  }

  private Node kindSwitch() {
    ToggleGroup group = new ToggleGroup();
    SegmentedButton segments = new SegmentedButton();
    segments.setToggleGroup(group);
    for (Kind k : Kind.values()) {
      ToggleButton b =
          new ToggleButton(
              switch (k) {
                case ONCE -> "Once";
                case INTERVAL -> "Every…";
                case CRON -> "Cron";
              });
      b.setId("kind" + k.name());
      b.setUserData(k);
      b.setSelected(model.kindProperty().get() == k);
      segments.getButtons().add(b);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (o, a, b) -> {
              if (b == null) {
                a.setSelected(true);
              } else {
                model.kindProperty().set((Kind) b.getUserData());
              }
            });
    return segments;
  }

  private VBox onceFields() {
    TextField date = new TextField();
    date.setId("onceDate");
    date.setPromptText(model.dates().examples());
    date.setPrefColumnCount(10);
    date.textProperty().bindBidirectional(model.onceDateProperty());
    DatePicker picker = new DatePicker();
    picker.setId("oncePicker");
    picker.setEditable(false);
    picker.getStyleClass().add("date-button");
    picker.setAccessibleText("Pick the date from a calendar");
    picker.setOnShowing(e -> picker.setValue(model.dates().parse(date.getText()).orElse(null)));
    picker
        .valueProperty()
        .addListener(
            (o, a, d) -> {
              if (d != null) {
                date.setText(model.dates().format(d));
              }
            });
    TextField time = new TextField();
    time.setId("onceTime");
    time.setPromptText("HH:mm");
    time.setPrefColumnCount(7);
    time.textProperty().bindBidirectional(model.onceTimeProperty());
    Label hint = new Label("Leave date and time empty to run right after saving.");
    hint.getStyleClass().add("text-muted");
    HBox row = new HBox(8, date, picker, time, new Label("in"), zonePicker("onceZone"));
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(
        4, row, error("schedule.at"), error("schedule.time"), error("schedule.zone"), hint);
  }

  private VBox intervalFields() {
    TextField amount = new TextField();
    amount.setId("intervalAmount");
    amount.setPrefColumnCount(5);
    amount.textProperty().bindBidirectional(model.intervalAmountProperty());
    ComboBox<Unit> unit = new ComboBox<>();
    unit.setId("intervalUnit");
    unit.getItems().addAll(Unit.values());
    unit.valueProperty().bindBidirectional(model.intervalUnitProperty());
    HBox row = new HBox(8, new Label("Every"), amount, unit);
    row.setAlignment(Pos.CENTER_LEFT);
    return new VBox(4, row, error("schedule.every"));
  }

  private VBox cronFields() {
    TextField expression = new TextField();
    expression.setId("cronExpression");
    expression.setPromptText("sec min hour day-of-month month day-of-week, e.g. 0 0 2 * * ?");
    expression.textProperty().bindBidirectional(model.cronExpressionProperty());
    SearchableComboBox<String> zone = zonePicker("cronZone");
    expression.setMinWidth(180);
    HBox row = new HBox(8, expression, zone);
    HBox.setHgrow(expression, Priority.ALWAYS);
    return new VBox(4, row, error("schedule.expression"), error("schedule.zone"));
  }

  /**
   * A searchable zone list following the model's zone. While the user filters, the list's value is
   * momentarily empty; that is not a choice, so only real zones reach the model.
   */
  private SearchableComboBox<String> zonePicker(String id) {
    SearchableComboBox<String> zone = new SearchableComboBox<>();
    zone.setId(id);
    zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
    zone.setValue(model.zoneProperty().get());
    zone.valueProperty()
        .addListener(
            (o, a, z) -> {
              if (z != null) {
                model.zoneProperty().set(z);
              }
            });
    model.zoneProperty().addListener((o, a, z) -> zone.setValue(z));
    zone.setPrefWidth(200);
    zone.setMinWidth(160);
    return zone;
  }

  private Label error(String field) {
    return FormErrors.label(model.errors().message(field), "error-" + field.replace('.', '-'));
  }
}
