package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.ui.calendar.CalendarRange.Mode;
import io.taskdeck.ui.common.AppView;
import io.taskdeck.ui.common.Banners;
import io.taskdeck.ui.common.EmptyState;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.Icons;
import io.taskdeck.ui.common.Labels;
import io.taskdeck.ui.common.UiContext;
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
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Calendar view: a month, week or day of runs with exclusion shading, the selected day's runs
 * (open the task or its log from there) and the exclusion calendar editor.
 */
public final class CalendarView implements AppView {
  private final CalendarViewModel model;
  private final CalendarEditor editor;
  private final VBox root;

  public CalendarView(
      UiContext ctx, BiConsumer<UUID, String> openLog, BiConsumer<UUID, String> openTask) {
    this.model =
        new CalendarViewModel(
            ctx.service(),
            ctx.statistics(),
            ctx.calendars(),
            ctx.executor(),
            ctx.clock(),
            ctx.formats().zone());
    this.editor =
        new CalendarEditor(
            new CalendarEditorModel(ctx.service(), ctx.calendars(), ctx.executor()),
            ctx.dialogs(),
            () -> {
              model.reloadCalendars();
              model.reload();
            });
    HBox retry = new HBox(8, Banners.error("calendarError", model.errorProperty()), retryButton());
    retry.visibleProperty().bind(model.errorProperty().isNotNull());
    retry.managedProperty().bind(retry.visibleProperty());
    HBox.setHgrow(retry.getChildren().get(0), Priority.ALWAYS);
    Label cut = new Label();
    cut.getStyleClass().add("text-muted");
    cut.setWrapText(true);
    cut.textProperty().bind(model.cutNoteProperty());
    cut.visibleProperty().bind(model.cutNoteProperty().isNotEmpty());
    cut.managedProperty().bind(cut.visibleProperty());
    DayPanel panel = new DayPanel(model, ctx.formats(), openLog, openTask);
    HBox body = new HBox(16, center(ctx.formats()), panel.node());
    HBox.setHgrow(body.getChildren().get(0), Priority.ALWAYS);
    VBox.setVgrow(body, Priority.ALWAYS);
    Label note = new Label();
    note.setId("exclusionNote");
    note.getStyleClass().add("text-muted");
    note.textProperty().bind(model.exclusionNoteProperty());
    note.visibleProperty().bind(model.exclusionNoteProperty().isNotEmpty());
    note.managedProperty().bind(note.visibleProperty());
    root = new VBox(8, header(), toolbar(), note, cut, retry, body);
    root.setPadding(new Insets(20));
    root.setId("calendar");
    ctx.events()
        .addListener(
            events -> {
              if (root.getScene() != null) {
                model.onEvents(events);
              }
            });
  }

  private Button retryButton() {
    Button retry = new Button("Try again", Icons.REFRESH.node(14));
    retry.setOnAction(
        e -> {
          model.reloadCalendars();
          model.reload();
        });
    return retry;
  }

  /** The month grid, week grid or day timeline, with a designed empty state over it. */
  private Node center(Formats formats) {
    MonthGrid month = new MonthGrid(model, formats);
    WeekGrid week = new WeekGrid(model);
    DayTimeline day = new DayTimeline(model);
    StackPane views = new StackPane();
    Runnable show =
        () ->
            views
                .getChildren()
                .setAll(
                    switch (model.modeProperty().get()) {
                      case MONTH -> month.node();
                      case WEEK -> week.node();
                      case DAY -> day.node();
                    });
    model.modeProperty().addListener((o, a, m) -> show.run());
    show.run();
    VBox empty =
        EmptyState.of(
            Icons.CALENDAR,
            Bindings.createStringBinding(
                () -> "No runs " + model.rangeProperty().get().within(), model.rangeProperty()),
            model.emptyNoteProperty());
    empty.getStyleClass().addAll("dash-card", "calendar-empty");
    empty.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    empty.setMouseTransparent(true);
    empty.setId("calendarEmpty");
    empty
        .visibleProperty()
        .bind(
            model
                .emptyNoteProperty()
                .isNotEmpty()
                .and(model.loadingProperty().not())
                .and(model.errorProperty().isNull()));
    return new StackPane(views, empty);
  }

  private Node header() {
    Label title = new Label();
    title.setId("rangeTitle");
    title.getStyleClass().add("title-2");
    title
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> model.rangeProperty().get().title(), model.rangeProperty()));
    title.setMinWidth(Region.USE_PREF_SIZE);
    Button prev = nav("‹", "previousPeriod", model::previous);
    Button today = nav("Today", "todayButton", model::today);
    Button next = nav("›", "nextPeriod", model::next);
    step(prev, "Previous ");
    step(next, "Next ");
    ProgressIndicator busy = new ProgressIndicator();
    busy.setMaxSize(18, 18);
    busy.visibleProperty().bind(model.loadingProperty());
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    HBox header = new HBox(8, prev, today, next, title, busy, grow, modes());
    header.setAlignment(Pos.CENTER_LEFT);
    header
        .getChildren()
        .forEach(
            n -> {
              if (n instanceof Region r && n != grow) {
                r.setMinWidth(Region.USE_PREF_SIZE);
              }
            });
    return header;
  }

  /** "Previous week" and the like, for the tooltip and screen readers. */
  private void step(Button b, String which) {
    Tooltip tip = new Tooltip();
    tip.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> which + model.rangeProperty().get().noun(), model.rangeProperty()));
    b.setTooltip(tip);
    b.accessibleTextProperty().bind(tip.textProperty());
  }

  private static Button nav(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** Month | Week | Day as AtlantaFX segmented buttons; the model's mode decides the selection. */
  private Node modes() {
    ToggleGroup group = new ToggleGroup();
    HBox box = new HBox();
    box.getStyleClass().add("segmented");
    String[] pills = {"left-pill", "center-pill", "right-pill"};
    for (Mode m : Mode.values()) {
      ToggleButton b = new ToggleButton(m.label());
      b.setId("mode" + m.label());
      b.getStyleClass().add(pills[m.ordinal()]);
      b.setToggleGroup(group);
      b.setSelected(model.modeProperty().get() == m);
      b.setOnAction(e -> model.modeProperty().set(m));
      box.getChildren().add(b);
    }
    model
        .modeProperty()
        .addListener((o, a, m) -> group.getToggles().get(m.ordinal()).setSelected(true));
    group
        .selectedToggleProperty()
        .addListener(
            (o, was, b) -> {
              if (b == null) {
                was.setSelected(true);
              }
            });
    return box;
  }

  private Node exclusionChoice() {
    ComboBox<CalendarSpec> exclusion = new ComboBox<>();
    exclusion.setId("exclusionChoice");
    exclusion.setPromptText("No exclusion calendar");
    exclusion.setItems(model.calendarChoices());
    exclusion.valueProperty().bindBidirectional(model.exclusionProperty());
    exclusion.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(CalendarSpec c) {
            return c == null
                ? "No exclusion calendar"
                : c.name() + " (" + Labels.of(c.kind()) + ")";
          }

          @Override
          public CalendarSpec fromString(String s) {
            return null;
          }
        });
    Button clear = new Button("Clear");
    clear.setOnAction(e -> model.exclusionProperty().set(null));
    Button manage = new Button("Exclusion calendars…", Icons.CALENDAR.node(14));
    manage.setId("manageCalendars");
    manage.setOnAction(e -> editor.show(root.getScene().getWindow()));
    HBox box = new HBox(8, new Label("Shade:"), exclusion, clear, manage);
    box.setAlignment(Pos.CENTER_LEFT);
    clear.setMinWidth(Region.USE_PREF_SIZE);
    manage.setMinWidth(Region.USE_PREF_SIZE);
    return box;
  }

  /** What the colours mean and the zone of the times; the exclusion calendar to shade. */
  private Node toolbar() {
    HBox box = new HBox(6);
    for (RunOutcome o : RunOutcome.values()) {
      Label l =
          new Label(o == RunOutcome.UPCOMING ? "upcoming" : o.name().toLowerCase(Locale.ROOT));
      l.getStyleClass().addAll("run-chip", o.styleClass());
      box.getChildren().add(l);
    }
    Label zone = new Label("Times in " + model.zone().getId());
    zone.getStyleClass().add("text-muted");
    Region grow = new Region();
    HBox.setHgrow(grow, Priority.ALWAYS);
    box.getChildren().addAll(zone, grow, exclusionChoice());
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  public CalendarViewModel model() {
    return model;
  }

  public CalendarEditor editor() {
    return editor;
  }

  @Override
  public Node node() {
    return root;
  }

  @Override
  public void shown() {
    model.reloadCalendars();
    model.reload();
  }
}
