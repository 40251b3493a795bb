package io.taskdeck.ui.tasks;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.Debouncer;
import io.taskdeck.ui.common.FieldErrors;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The schedule builder: once (date and time), interval (every N units) or cron (expression and
 * zone). Shows a plain-language description and the next 5 fire times, computed by the engine off
 * the UI thread while the user types.
 */
public final class ScheduleBuilderViewModel {
  static final Duration PREVIEW_DELAY = Duration.ofMillis(300);
  private static final DateTimeFormatter PREVIEW = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss z");

  /** The kinds the builder offers. */
  public enum Kind { ONCE, INTERVAL, CRON }

  /** Interval units. */
  public enum Unit {
    SECONDS(ChronoUnit.SECONDS), MINUTES(ChronoUnit.MINUTES), HOURS(ChronoUnit.HOURS), DAYS(ChronoUnit.DAYS);

    final ChronoUnit unit;

    Unit(ChronoUnit unit) {
      this.unit = unit;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.ONCE);
  private final ObjectProperty<LocalDate> onceDate = new SimpleObjectProperty<>();
  private final StringProperty onceTime = new SimpleStringProperty("");
  private final StringProperty intervalAmount = new SimpleStringProperty("5");
  private final ObjectProperty<Unit> intervalUnit = new SimpleObjectProperty<>(Unit.MINUTES);
  private final StringProperty cronExpression = new SimpleStringProperty("0 0 2 * * ?");
  private final StringProperty zone = new SimpleStringProperty();
  private final StringProperty description = new SimpleStringProperty("");
  private final StringProperty previewMessage = new SimpleStringProperty("");
  private final ObservableList<String> nextFireTimes = FXCollections.observableArrayList();
  private final BooleanProperty checking = new SimpleBooleanProperty(false);

  private final TaskService service;
  private final UiExecutor executor;
  private final Clock clock;
  private final FieldErrors errors;
  private final Supplier<String> calendar;
  private final Debouncer debouncer;
  private long generation;

  public ScheduleBuilderViewModel(
      TaskService service, UiExecutor executor, Clock clock, FieldErrors errors, Supplier<String> calendar) {
    this.service = service;
    this.executor = executor;
    this.clock = clock;
    this.errors = errors;
    this.calendar = calendar;
    this.debouncer = new Debouncer(executor, PREVIEW_DELAY);
    zone.set(clock.getZone().getId());
    for (Observable o : List.of(kind, onceDate, onceTime, intervalAmount, intervalUnit, cronExpression, zone)) {
      o.addListener(x -> changed());
    }
  }

  /** Fills the builder from an existing schedule. */
  public void load(Schedule schedule) {
    if (schedule instanceof Schedule.Once once) {
      if (once.at() != null) {
        var local = once.at().atZone(clock.getZone());
        onceDate.set(local.toLocalDate());
        onceTime.set(local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString());
      }
      kind.set(Kind.ONCE);
    } else if (schedule instanceof Schedule.Interval interval) {
      loadInterval(interval.every());
      kind.set(Kind.INTERVAL);
    } else if (schedule instanceof Schedule.Cron cron) {
      cronExpression.set(cron.expression());
      zone.set(cron.zone().getId());
      kind.set(Kind.CRON);
    }
    changed();
  }

  private void loadInterval(Duration every) {
    for (Unit u : new Unit[] {Unit.DAYS, Unit.HOURS, Unit.MINUTES}) {
      long unitSeconds = u.unit.getDuration().toSeconds();
      if (every.toSeconds() % unitSeconds == 0) {
        intervalUnit.set(u);
        intervalAmount.set(Long.toString(every.toSeconds() / unitSeconds));
        return;
      }
    }
    intervalUnit.set(Unit.SECONDS);
    intervalAmount.set(Long.toString(every.toSeconds()));
  }

  /** Re-validates, re-describes and schedules a fresh preview. Call after any change. */
  public void changed() {
    errors.clearPrefix("schedule.");
    Optional<Schedule> schedule = build();
    description.set(schedule.map(this::describe).orElse(""));
    nextFireTimes.clear();
    long gen = ++generation;
    if (schedule.isEmpty()) {
      checking.set(false);
      previewMessage.set("Fix the schedule to see its next runs.");
      return;
    }
    checking.set(true);
    previewMessage.set("Computing next runs…");
    debouncer.trigger(() -> preview(schedule.get(), gen));
  }

  /** The schedule the fields describe, or empty after recording the field errors. */
  public Optional<Schedule> build() {
    return switch (kind.get()) {
      case ONCE -> buildOnce();
      case INTERVAL -> buildInterval();
      case CRON -> buildCron();
    };
  }

  private Optional<Schedule> buildOnce() {
    if (onceDate.get() == null && onceTime.get().isBlank()) {
      return Optional.of(Schedule.Once.now());
    }
    if (onceDate.get() == null) {
      errors.set("schedule.at", "pick a date, or clear the time to run right away");
      return Optional.empty();
    }
    try {
      LocalTime time = onceTime.get().isBlank() ? LocalTime.MIDNIGHT : LocalTime.parse(onceTime.get().trim());
      return Optional.of(new Schedule.Once(onceDate.get().atTime(time).atZone(clock.getZone()).toInstant()));
    } catch (DateTimeParseException e) {
      errors.set("schedule.at", "time must look like 14:30, got '" + onceTime.get().trim() + "'");
      return Optional.empty();
    }
  }

  private Optional<Schedule> buildInterval() {
    try {
      long n = Long.parseLong(intervalAmount.get().trim());
      if (n < 1) {
        errors.set("schedule.every", "the interval must be at least 1 " + intervalUnit.get());
        return Optional.empty();
      }
      return Optional.of(Schedule.Interval.every(Duration.of(n, intervalUnit.get().unit)));
    } catch (NumberFormatException e) {
      errors.set("schedule.every", "the interval must be a whole number, got '" + intervalAmount.get().trim() + "'");
      return Optional.empty();
    }
  }

  private Optional<Schedule> buildCron() {
    if (cronExpression.get().isBlank()) {
      errors.set("schedule.expression", "a cron schedule needs an expression");
      return Optional.empty();
    }
    try {
      return Optional.of(new Schedule.Cron(cronExpression.get().trim(), ZoneId.of(zone.get())));
    } catch (DateTimeException | NullPointerException e) {
      errors.set("schedule.zone", "unknown time zone '" + zone.get() + "'");
      return Optional.empty();
    }
  }

  private String describe(Schedule s) {
    if (s instanceof Schedule.Cron c) {
      return CronText.describe(c.expression())
          .map(d -> capitalise(d) + " (" + c.zone().getId() + ")")
          .orElse("Custom cron expression in " + c.zone().getId());
    }
    if (s instanceof Schedule.Interval i) {
      return "Every " + ScheduleText.every(i.every()) + ", starting when saved";
    }
    Schedule.Once o = (Schedule.Once) s;
    return o.at() == null ? "Once, right after saving" : "Once, at the time below";
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private void preview(Schedule schedule, long gen) {
    Instant now = clock.instant();
    String cal = calendar.get();
    executor.submit(
        () -> service.previewFireTimes(schedule, cal, now, 5),
        times -> showPreview(schedule, times, gen),
        e -> previewFailed(e, gen));
  }

  private void showPreview(Schedule schedule, List<Instant> times, long gen) {
    if (gen != generation) {
      return;
    }
    checking.set(false);
    ZoneId z = schedule instanceof Schedule.Cron c ? c.zone() : clock.getZone();
    nextFireTimes.setAll(times.stream().map(t -> PREVIEW.format(t.atZone(z))).toList());
    previewMessage.set(times.isEmpty() ? "This schedule never fires again." : "");
  }

  private void previewFailed(Throwable e, long gen) {
    if (gen != generation) {
      return;
    }
    checking.set(false);
    if (e instanceof ValidationException v) {
      String field = v.field() == null || v.field().isBlank() ? "schedule.expression" : v.field();
      errors.set(field.startsWith("schedule.") ? field : "schedule." + field, v.getMessage());
      description.set("");
      previewMessage.set("Fix the schedule to see its next runs.");
    } else {
      previewMessage.set("Could not compute the next runs: " + e.getMessage());
    }
  }

  public ObjectProperty<Kind> kindProperty() { return kind; }
  public ObjectProperty<LocalDate> onceDateProperty() { return onceDate; }
  public StringProperty onceTimeProperty() { return onceTime; }
  public StringProperty intervalAmountProperty() { return intervalAmount; }
  public ObjectProperty<Unit> intervalUnitProperty() { return intervalUnit; }
  public StringProperty cronExpressionProperty() { return cronExpression; }
  public StringProperty zoneProperty() { return zone; }
  public StringProperty descriptionProperty() { return description; }
  public StringProperty previewMessageProperty() { return previewMessage; }
  public ObservableList<String> nextFireTimes() { return nextFireTimes; }
  public FieldErrors errors() { return errors; }
  /** True while the engine is checking the schedule (Save waits for it). */
  public BooleanProperty checkingProperty() { return checking; }
}
