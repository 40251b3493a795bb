package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.TaskService;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The month grid: runs per day, past outcomes, the selected exclusion calendar's shading, a day's runs. */
public final class CalendarViewModel {
  private final CalendarService calendars;
  private final UiExecutor executor;
  private final Clock clock;
  private final MonthLoader loader;
  private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
  private final ObservableList<DayCell> days = FXCollections.observableArrayList();
  private final ObservableList<CalendarSpec> calendarChoices = FXCollections.observableArrayList();
  private final ObjectProperty<CalendarSpec> exclusion = new SimpleObjectProperty<>();
  private final StringProperty exclusionNote = new SimpleStringProperty("");
  private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>();
  private final ObservableList<DayRun> dayRuns = FXCollections.observableArrayList();
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty cutNote = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty();
  private List<DayCell> loaded = List.of();
  private long generation;

  public CalendarViewModel(TaskService service, CalendarService calendars, UiExecutor executor, Clock clock, ZoneId zone) {
    this.calendars = calendars;
    this.executor = executor;
    this.clock = clock;
    this.loader = new MonthLoader(service, zone);
    month.set(YearMonth.now(clock.withZone(zone)));
    selectedDay.set(LocalDate.now(clock.withZone(zone)));
    exclusion.addListener((o, a, c) -> {
      exclusionNote.set(Exclusions.describe(c));
      shade();
    });
    selectedDay.addListener((o, a, d) -> listDay());
  }

  public void reload() {
    long gen = ++generation;
    YearMonth m = month.get();
    loading.set(true);
    executor.submit(() -> loader.load(m, clock.instant()), result -> {
      if (gen != generation) {
        return;
      }
      loading.set(false);
      error.set(null);
      loaded = result.days();
      cutNote.set(result.cut().isEmpty() ? "" : "Shown for their first " + MonthLoader.PREVIEW_PER_TASK
          + " runs of the month only (they fire more often than every 15 minutes): " + String.join(", ", result.cut()));
      shade();
    }, e -> {
      if (gen == generation) {
        loading.set(false);
        error.set("Could not load the calendar: " + e.getMessage());
      }
    });
  }

  /** Reloads the exclusion calendars, keeping the selection when it still exists. */
  public void reloadCalendars() {
    executor.submit(calendars::calendars, list -> {
      String selected = exclusion.get() == null ? null : exclusion.get().name();
      calendarChoices.setAll(list);
      exclusion.set(list.stream().filter(c -> c.name().equals(selected)).findFirst().orElse(null));
    }, e -> error.set("Could not load the exclusion calendars: " + e.getMessage()));
  }

  public void previousMonth() {
    month.set(month.get().minusMonths(1));
    reload();
  }

  public void nextMonth() {
    month.set(month.get().plusMonths(1));
    reload();
  }

  private void shade() {
    CalendarSpec c = exclusion.get();
    days.setAll(loaded.stream().map(d -> d.withExclusion(Exclusions.of(c, d.date()))).toList());
    listDay();
  }

  private void listDay() {
    LocalDate d = selectedDay.get();
    dayRuns.setAll(days.stream().filter(c -> c.date().equals(d)).findFirst().map(DayCell::runs).orElse(List.of()));
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(loader.zone()));
  }

  public DayCell cell(LocalDate date) {
    return days.stream().filter(c -> c.date().equals(date)).findFirst().orElse(null);
  }

  public ObjectProperty<YearMonth> monthProperty() { return month; }
  public ObservableList<DayCell> days() { return days; }
  public ObservableList<CalendarSpec> calendarChoices() { return calendarChoices; }
  public ObjectProperty<CalendarSpec> exclusionProperty() { return exclusion; }
  public StringProperty exclusionNoteProperty() { return exclusionNote; }
  public ObjectProperty<LocalDate> selectedDayProperty() { return selectedDay; }
  public ObservableList<DayRun> dayRuns() { return dayRuns; }
  public StringProperty errorProperty() { return error; }
  public StringProperty cutNoteProperty() { return cutNote; }
  public BooleanProperty loadingProperty() { return loading; }
}
