package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Badges;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.UiContext;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Calendar view: a month of runs, exclusion shading, a day's runs and the calendar editor. */
public final class CalendarView implements AppView {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ROOT);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.ROOT);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final CalendarViewModel model;
  private final CalendarEditor editor;
  private final Formats formats;
  private final BiConsumer<UUID, String> openLog;
  private final VBox root;

  public CalendarView(UiContext ctx, BiConsumer<UUID, String> openLog) {
    this.formats = ctx.formats();
    this.openLog = openLog;
    this.model = new CalendarViewModel(ctx.service(), ctx.calendars(), ctx.executor(), ctx.clock(), formats.zone());
    this.editor = new CalendarEditor(new CalendarEditorModel(ctx.service(), ctx.calendars(), ctx.executor()),
        ctx.dialogs(), () -> {
          model.reloadCalendars();
          model.reload();
        });
    Label error = new Label();
    error.getStyleClass().add("error-banner");
    error.setMaxWidth(Double.MAX_VALUE);
    error.textProperty().bind(model.errorProperty());
    error.visibleProperty().bind(model.errorProperty().isNotNull());
    error.managedProperty().bind(error.visibleProperty());
    Label note = new Label();
    note.setId("exclusionNote");
    note.getStyleClass().add("text-muted");
    note.textProperty().bind(model.exclusionNoteProperty());
    Label cut = new Label();
    cut.getStyleClass().add("text-muted");
    cut.setWrapText(true);
    cut.textProperty().bind(model.cutNoteProperty());
    cut.visibleProperty().bind(model.cutNoteProperty().isNotEmpty());
    cut.managedProperty().bind(cut.visibleProperty());
    MonthGrid grid = new MonthGrid(model, formats);
    HBox body = new HBox(16, grid.node(), dayPanel());
    HBox.setHgrow(grid.node(), Priority.ALWAYS);
    VBox.setVgrow(body, Priority.ALWAYS);
    root = new VBox(10, header(), note, cut, error, body);
    root.setPadding(new Insets(20));
    root.setId("calendar");
    ctx.events().addListener(events -> {
      if (root.getScene() != null && events.stream().anyMatch(e -> e instanceof io.taskdeck.core.TaskEvent.TasksChanged)) {
        model.reload();
      }
    });
  }

  private Node header() {
    Label title = new Label();
    title.setId("monthTitle");
    title.getStyleClass().add("title-2");
    title.textProperty().bind(Bindings.createStringBinding(() -> MONTH.format(model.monthProperty().get()),
        model.monthProperty()));
    title.setMinWidth(220);
    Button prev = new Button("‹");
    prev.setId("previousMonth");
    prev.setOnAction(e -> model.previousMonth());
    Button next = new Button("›");
    next.setId("nextMonth");
    next.setOnAction(e -> model.nextMonth());
    ComboBox<CalendarSpec> exclusion = new ComboBox<>();
    exclusion.setId("exclusionChoice");
    exclusion.setPromptText("No exclusion calendar");
    exclusion.setItems(model.calendarChoices());
    exclusion.valueProperty().bindBidirectional(model.exclusionProperty());
    exclusion.setConverter(new StringConverter<>() {
      @Override public String toString(CalendarSpec c) { return c == null ? "No exclusion calendar" : c.name() + " (" + c.kind().wireName() + ")"; }
      @Override public CalendarSpec fromString(String s) { return null; }
    });
    Button clear = new Button("Clear");
    clear.setOnAction(e -> model.exclusionProperty().set(null));
    Button manage = new Button("Exclusion calendars…", Icons.CALENDAR.node(14));
    manage.setId("manageCalendars");
    manage.setOnAction(e -> editor.show(root.getScene().getWindow()));
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    Label shade = new Label("Shade:");
    HBox header = new HBox(8, prev, title, next, grow, shade, exclusion, clear, manage);
    header.setAlignment(Pos.CENTER_LEFT);
    return header;
  }

  private Node dayPanel() {
    Label title = new Label();
    title.getStyleClass().add("title-4");
    title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedDayProperty().get() == null ? ""
        : DAY.format(model.selectedDayProperty().get()), model.selectedDayProperty()));
    ListView<DayRun> list = new ListView<>(model.dayRuns());
    list.setId("dayRuns");
    list.setPlaceholder(new Label("No runs on this day."));
    list.setCellFactory(v -> new ListCell<>() {
      @Override
      protected void updateItem(DayRun r, boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
          setText(null);
          setGraphic(null);
          return;
        }
        setText(TIME.format(r.at().atZone(formats.zone())) + "  " + r.taskName());
        setGraphic(r.upcoming() ? null : Badges.of(r.status()));
      }
    });
    Button log = new Button("Open log", Icons.LOGS.node(14));
    log.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    log.setOnAction(e -> {
      DayRun r = list.getSelectionModel().getSelectedItem();
      openLog.accept(r.taskId(), r.taskName());
    });
    Label hint = new Label("Upcoming runs come from each task's schedule with its calendar; past days from the execution log.");
    hint.setWrapText(true);
    hint.getStyleClass().add("text-muted");
    VBox panel = new VBox(8, title, list, log, hint);
    VBox.setVgrow(list, Priority.ALWAYS);
    panel.setPrefWidth(320);
    panel.setMinWidth(280);
    return panel;
  }

  public CalendarViewModel model() { return model; }

  public CalendarEditor editor() { return editor; }

  @Override
  public String title() { return "Calendar"; }

  @Override
  public Node node() { return root; }

  @Override
  public void shown() {
    model.reloadCalendars();
    model.reload();
  }
}
