package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.TaskEvent;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskStatistics;
import io.taskdeck.ui.calendar.CalendarRange.Mode;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar: a month, week or day of runs (upcoming ones previewed, past ones from the log), the
 * selected exclusion calendar's shading of days and hours, and the selected day's runs. The
 * selected day anchors the range, so choosing a day and switching to Week or Day shows it.
 */
public final class CalendarViewModel {
  /**
   * How soon runs that finished are shown, at most once per this delay (a busy engine finishes runs
   * all the time).
   */
  static final Duration REFRESH = Duration.ofSeconds(5);

  private final CalendarService calendars;
  private final UiExecutor executor;
  private final Clock clock;
  private final RunLoader loader;
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.MONTH);
  private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<CalendarRange> range = new ReadOnlyObjectWrapper<>();
  private final ObservableList<DayCell> days = FXCollections.observableArrayList();
  private final ObservableList<HourSlot> hours = FXCollections.observableArrayList();
  private final ObservableList<CalendarSpec> calendarChoices = FXCollections.observableArrayList();
  private final ObjectProperty<CalendarSpec> exclusion = new SimpleObjectProperty<>();
  private final StringProperty exclusionNote = new SimpleStringProperty("");
  private final ObservableList<DayRun> dayRuns = FXCollections.observableArrayList();
  private final LongProperty dayTotal = new SimpleLongProperty();
  private final ObjectProperty<DayRun> selectedRun = new SimpleObjectProperty<>();
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty cutNote = new SimpleStringProperty("");
  private final StringProperty emptyNote = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private RunLoader.Loaded loaded;
  private CalendarRange requested;
  private long generation;
  private UiExecutor.Cancellable pendingRefresh;

  public CalendarViewModel(
      TaskService service,
      TaskStatistics statistics,
      CalendarService calendars,
      UiExecutor executor,
      Clock clock,
      ZoneId zone) {
    this.calendars = calendars;
    this.executor = executor;
    this.clock = clock;
    this.loader = new RunLoader(service, statistics, zone);
    selectedDay.set(todayDate());
    range.set(new CalendarRange(mode.get(), selectedDay.get()));
    exclusion.addListener(
        (o, a, c) -> {
          exclusionNote.set(Exclusions.describe(c));
          shade();
        });
    mode.addListener((o, a, m) -> moveTo(new CalendarRange(m, selectedDay.get())));
    selectedDay.addListener((o, a, d) -> moveTo(new CalendarRange(mode.get(), d)));
  }

  private void moveTo(CalendarRange r) {
    range.set(r);
    if (r.sameDays(requested)) {
      listDay();
    } else {
      reload();
    }
  }

  /** Loads the shown range again (off the UI thread); a newer load wins over an older one. */
  public void reload() {
    long gen = ++generation;
    CalendarRange r = range.get();
    requested = r;
    loading.set(true);
    executor.submit(
        () -> loader.load(r, clock.instant()),
        result -> {
          if (gen != generation) {
            return;
          }
          loading.set(false);
          error.set(null);
          loaded = result;
          cutNote.set(
              result.cut().isEmpty()
                  ? ""
                  : "Shown for their first "
                      + RunLoader.previewCap(r)
                      + " runs of the "
                      + r.noun()
                      + " only (they fire too often to show each): "
                      + String.join(", ", result.cut()));
          emptyNote.set(
              result.empty()
                  ? "No task is scheduled to run "
                      + r.within()
                      + " and the execution log has nothing for it."
                  : "");
          shade();
        },
        e -> {
          if (gen == generation) {
            loading.set(false);
            error.set("Could not load the calendar: " + e.getMessage());
          }
        });
  }

  /**
   * Applies engine events while the calendar is shown: changed tasks reload it now; finished runs
   * reload a range that includes today after {@link #REFRESH}, once for a whole burst.
   */
  public void onEvents(List<TaskEvent> events) {
    if (events.stream().anyMatch(e -> e instanceof TaskEvent.TasksChanged)) {
      reload();
    } else if (pendingRefresh == null
        && range.get().contains(todayDate())
        && events.stream().anyMatch(e -> e instanceof TaskEvent.ExecutionFinished)) {
      pendingRefresh =
          executor.schedule(
              REFRESH,
              () -> {
                pendingRefresh = null;
                reload();
              });
    }
  }

  /** Reloads the exclusion calendars, keeping the selection when it still exists. */
  public void reloadCalendars() {
    executor.submit(
        calendars::calendars,
        list -> {
          String selected = exclusion.get() == null ? null : exclusion.get().name();
          calendarChoices.setAll(list);
          exclusion.set(
              list.stream().filter(c -> c.name().equals(selected)).findFirst().orElse(null));
        },
        e -> error.set("Could not load the exclusion calendars: " + e.getMessage()));
  }

  /** One month, week or day back (the selected day moves with it). */
  public void previous() {
    selectedDay.set(range.get().previous().anchor());
  }

  public void next() {
    selectedDay.set(range.get().next().anchor());
  }

  /** Back to the range of today, today selected. */
  public void today() {
    selectedDay.set(todayDate());
  }

  private void shade() {
    if (loaded == null) {
      return;
    }
    CalendarSpec c = exclusion.get();
    days.setAll(
        loaded.days().stream()
            .map(d -> d.withExclusion(Exclusions.of(c, d.date(), loader.zone())))
            .toList());
    hours.setAll(
        loaded.hours().stream()
            .map(h -> h.withExclusion(Exclusions.of(c, h.hour().start(), h.hour().end())))
            .toList());
    listDay();
  }

  private void listDay() {
    LocalDate d = selectedDay.get();
    DayRun kept = selectedRun.get();
    dayRuns.setAll(loaded == null || !loaded.range().contains(d) ? List.of() : loaded.runsOn(d));
    dayTotal.set(loaded == null || !loaded.range().contains(d) ? 0 : loaded.totalOn(d));
    if (kept != null && !dayRuns.contains(kept)) {
      selectedRun.set(null);
    }
  }

  public Instant now() {
    return clock.instant();
  }

  /** Today on the calendar's clock. */
  public LocalDate todayDate() {
    return LocalDate.now(clock.withZone(loader.zone()));
  }

  public ZoneId zone() {
    return loader.zone();
  }

  public DayCell cell(LocalDate date) {
    return days.stream().filter(c -> c.date().equals(date)).findFirst().orElse(null);
  }

  /** The hour slots of {@code date} (week and day views): 23, 24 or 25. */
  public List<HourSlot> hoursOf(LocalDate date) {
    return hours.stream().filter(h -> h.date().equals(date)).toList();
  }

  /** Whether the selected run's task can be opened (it is selected and still exists). */
  public BooleanBinding canOpenTask() {
    return Bindings.createBooleanBinding(
        () -> selectedRun.get() != null && selectedRun.get().opensTask(), selectedRun);
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  public ReadOnlyObjectProperty<CalendarRange> rangeProperty() {
    return range.getReadOnlyProperty();
  }

  public ObservableList<DayCell> days() {
    return days;
  }

  public ObservableList<HourSlot> hours() {
    return hours;
  }

  public ObservableList<CalendarSpec> calendarChoices() {
    return calendarChoices;
  }

  public ObjectProperty<CalendarSpec> exclusionProperty() {
    return exclusion;
  }

  public StringProperty exclusionNoteProperty() {
    return exclusionNote;
  }

  public ObjectProperty<LocalDate> selectedDayProperty() {
    return selectedDay;
  }

  public ObservableList<DayRun> dayRuns() {
    return dayRuns;
  }

  /** All runs of the selected day, also those the list does not hold one by one. */
  public LongProperty dayTotalProperty() {
    return dayTotal;
  }

  public ObjectProperty<DayRun> selectedRunProperty() {
    return selectedRun;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty cutNoteProperty() {
    return cutNote;
  }

  public StringProperty emptyNoteProperty() {
    return emptyNote;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }
}
