package io.taskdeck.ui.calendar;

import io.taskdeck.core.CalendarKind;
import io.taskdeck.core.CalendarService;
import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.UiExecutor;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/** Create, edit and delete exclusion calendars; shows which tasks use the selected one. */
public final class CalendarEditorModel {
  private final TaskService tasks;
  private final CalendarService calendars;
  private final UiExecutor executor;
  private final ObservableList<CalendarSpec> list = FXCollections.observableArrayList();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty description = new SimpleStringProperty("");
  private final ObjectProperty<CalendarKind> kind =
      new SimpleObjectProperty<>(CalendarKind.HOLIDAY);
  private final StringProperty dates = new SimpleStringProperty("");
  private final ObservableSet<DayOfWeek> weekdays =
      FXCollections.observableSet(EnumSet.noneOf(DayOfWeek.class));
  private final StringProperty from = new SimpleStringProperty("");
  private final StringProperty to = new SimpleStringProperty("");
  private final StringProperty expression = new SimpleStringProperty("");
  private final StringProperty zone = new SimpleStringProperty("UTC");
  private final StringProperty usages = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty();
  private final StringProperty status = new SimpleStringProperty();

  public CalendarEditorModel(TaskService tasks, CalendarService calendars, UiExecutor executor) {
    this.tasks = tasks;
    this.calendars = calendars;
    this.executor = executor;
  }

  public void load() {
    executor.submit(
        calendars::calendars,
        list::setAll,
        e -> error.set("Could not load calendars: " + e.getMessage()));
  }

  public void newCalendar() {
    fill(
        CalendarSpec.holidays("", ZoneId.of(zone.get().isBlank() ? "UTC" : zone.get()), List.of()));
    usages.set("");
  }

  public void select(CalendarSpec c) {
    if (c == null) {
      return;
    }
    fill(c);
    usages.set("…");
    executor.submit(
        () -> usageNames(c.name()),
        names ->
            usages.set(
                names.isEmpty()
                    ? "Not used by any live task."
                    : "Used by " + String.join(", ", names)),
        e -> usages.set("Could not read its usages: " + e.getMessage()));
  }

  private List<String> usageNames(String calendar) {
    return calendars.calendarUsages(calendar).stream()
        .map(id -> tasks.find(id).map(Task::name).orElse(id.toString()))
        .toList();
  }

  private void fill(CalendarSpec c) {
    error.set(null);
    status.set(null);
    name.set(c.name());
    description.set(c.description() == null ? "" : c.description());
    kind.set(c.kind());
    dates.set(c.dates().stream().map(LocalDate::toString).collect(Collectors.joining("\n")));
    weekdays.clear();
    weekdays.addAll(c.excludedDays());
    from.set(c.from() == null ? "" : c.from().toString());
    to.set(c.to() == null ? "" : c.to().toString());
    expression.set(c.expression() == null ? "" : c.expression());
    zone.set(c.zone().getId());
  }

  /** The form as a calendar; throws {@link ValidationException} naming the bad field. */
  CalendarSpec toSpec() {
    if (name.get() == null || name.get().isBlank()) {
      throw new ValidationException("name", "name must not be blank");
    }
    ZoneId z = parse("zone", () -> ZoneId.of(zone.get().trim()));
    String n = name.get().trim();
    CalendarSpec spec =
        switch (kind.get()) {
          case HOLIDAY -> CalendarSpec.holidays(n, z, parseDates(dates.get()));
          case WEEKLY -> CalendarSpec.weekly(n, z, Set.copyOf(weekdays));
          case DAILY ->
              CalendarSpec.daily(
                  n,
                  z,
                  parse("from", () -> LocalTime.parse(from.get().trim())),
                  parse("to", () -> LocalTime.parse(to.get().trim())));
          case CRON -> CalendarSpec.cron(n, z, expression.get().trim());
        };
    return spec.withDescription(description.get().isBlank() ? null : description.get().trim());
  }

  /** Dates separated by new lines, commas or spaces (an imported list), as yyyy-MM-dd. */
  static List<LocalDate> parseDates(String text) {
    List<LocalDate> out = new ArrayList<>();
    for (String token : text.split("[\\s,;]+")) {
      if (!token.isBlank()) {
        out.add(parse("dates", () -> LocalDate.parse(token)));
      }
    }
    return out.stream().distinct().sorted().toList();
  }

  private static <T> T parse(String field, java.util.function.Supplier<T> value) {
    try {
      return value.get();
    } catch (DateTimeException e) {
      throw new ValidationException(field, field + ": " + e.getMessage());
    }
  }

  public void addDate(LocalDate date) {
    if (date != null) {
      List<LocalDate> all = new ArrayList<>(parseDatesLenient());
      all.add(date);
      dates.set(
          all.stream()
              .distinct()
              .sorted()
              .map(LocalDate::toString)
              .collect(Collectors.joining("\n")));
    }
  }

  private List<LocalDate> parseDatesLenient() {
    try {
      return parseDates(dates.get());
    } catch (ValidationException e) {
      return List.of();
    }
  }

  /** Validates, then saves off the UI thread; {@code onSaved} runs after a successful save. */
  public void save(Runnable onSaved) {
    CalendarSpec spec;
    try {
      spec = toSpec();
    } catch (ValidationException e) {
      error.set(e.getMessage());
      return;
    }
    executor.submit(
        () -> calendars.saveCalendar(spec),
        saved -> {
          error.set(null);
          status.set("Saved " + saved.name() + ".");
          load();
          onSaved.run();
        },
        e ->
            error.set(
                e instanceof ValidationException v
                        && v.field() != null
                        && !e.getMessage().startsWith(v.field())
                    ? v.field() + ": " + e.getMessage()
                    : e.getMessage()));
  }

  /** Deletes the calendar named in the form; the service refuses one in use and names its tasks. */
  public void delete(Runnable onDeleted) {
    String n = name.get();
    executor.submit(
        () -> {
          calendars.deleteCalendar(n);
          return n;
        },
        done -> {
          error.set(null);
          status.set("Deleted " + done + ".");
          load();
          newCalendar();
          onDeleted.run();
        },
        e -> error.set("Cannot delete " + n + ": " + e.getMessage()));
  }

  public ObservableList<CalendarSpec> calendars() {
    return list;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty descriptionProperty() {
    return description;
  }

  public ObjectProperty<CalendarKind> kindProperty() {
    return kind;
  }

  public StringProperty datesProperty() {
    return dates;
  }

  public ObservableSet<DayOfWeek> weekdays() {
    return weekdays;
  }

  public StringProperty fromProperty() {
    return from;
  }

  public StringProperty toProperty() {
    return to;
  }

  public StringProperty expressionProperty() {
    return expression;
  }

  public StringProperty zoneProperty() {
    return zone;
  }

  public StringProperty usagesProperty() {
    return usages;
  }

  public StringProperty errorProperty() {
    return error;
  }

  public StringProperty statusProperty() {
    return status;
  }
}
