package io.taskdeck.ui.tasks;

import io.taskdeck.core.Schedule;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.DateText;
import io.taskdeck.ui.common.Debouncer;
import io.taskdeck.ui.common.EditedText;
import io.taskdeck.ui.common.FieldErrors;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
 * The schedule builder: once (date, time and zone), interval (every N units) or cron (expression
 * and zone). Shows the schedule in words and the next 5 fire times, computed by the engine off the
 * UI thread while the user types. While its fields are as loaded, it stands for the loaded schedule
 * exactly (an interval's start, end and repeat count included), so an unchanged schedule is never
 * sent as a change; an edited interval keeps the start, end and repeat count it does not show.
 */
public final class ScheduleBuilderViewModel {
  static final Duration PREVIEW_DELAY = Duration.ofMillis(300);
  private static final DateTimeFormatter PREVIEW =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss z", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

  /** The kinds the builder offers. */
  public enum Kind {
    ONCE,
    INTERVAL,
    CRON
  }

  /** Interval units. */
  public enum Unit {
    SECONDS(ChronoUnit.SECONDS),
    MINUTES(ChronoUnit.MINUTES),
    HOURS(ChronoUnit.HOURS),
    DAYS(ChronoUnit.DAYS);

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
  private final EditedText onceDate = new EditedText("");
  private final EditedText onceTime = new EditedText("");
  private final EditedText intervalAmount = new EditedText("5");
  private final ObjectProperty<Unit> intervalUnit = new SimpleObjectProperty<>(Unit.MINUTES);
  private final EditedText cronExpression = new EditedText("0 0 2 * * ?");
  private final EditedText zone;
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
  private final DateText dates;
  private final Formats formats;
  private Schedule loaded;
  private Kind loadedKind = Kind.ONCE;
  private Unit loadedUnit = Unit.MINUTES;
  private long generation;

  public ScheduleBuilderViewModel(
      TaskService service,
      UiExecutor executor,
      Clock clock,
      FieldErrors errors,
      Supplier<String> calendar,
      DateText dates) {
    this.service = service;
    this.executor = executor;
    this.clock = clock;
    this.errors = errors;
    this.calendar = calendar;
    this.dates = dates;
    this.formats = new Formats(clock.getZone());
    this.debouncer = new Debouncer(executor, PREVIEW_DELAY);
    this.zone = new EditedText(clock.getZone().getId());
    for (Observable o : observables()) {
      o.addListener(x -> changed());
    }
  }

  /** Everything the user can change here. */
  List<Observable> observables() {
    return List.of(
        kind,
        onceDate.property(),
        onceTime.property(),
        intervalAmount.property(),
        intervalUnit,
        cronExpression.property(),
        zone.property());
  }

  /**
   * Fills the builder from an existing schedule, which it then stands for until a field changes.
   */
  public void load(Schedule schedule) {
    loaded = schedule;
    if (schedule instanceof Schedule.Once once && once.at() != null) {
      ZonedDateTime local = once.at().atZone(clock.getZone());
      onceDate.load(dates.format(local.toLocalDate()));
      LocalTime time = local.toLocalTime().truncatedTo(ChronoUnit.SECONDS);
      onceTime.load(
          time.getSecond() == 0
              ? time.truncatedTo(ChronoUnit.MINUTES).toString()
              : time.toString());
    } else if (schedule instanceof Schedule.Interval interval) {
      loadInterval(interval.every());
    } else if (schedule instanceof Schedule.Cron cron) {
      cronExpression.load(cron.expression());
      zone.load(cron.zone().getId());
    }
    loadedKind =
        switch (schedule.kind()) {
          case "interval" -> Kind.INTERVAL;
          case "cron" -> Kind.CRON;
          default -> Kind.ONCE;
        };
    loadedUnit = intervalUnit.get();
    kind.set(loadedKind);
    changed();
  }

  private void loadInterval(Duration every) {
    for (Unit u : new Unit[] {Unit.DAYS, Unit.HOURS, Unit.MINUTES, Unit.SECONDS}) {
      long unitSeconds = u.unit.getDuration().toSeconds();
      if (every.toSeconds() % unitSeconds == 0 && every.toNanos() % 1_000_000_000L == 0) {
        intervalUnit.set(u);
        intervalAmount.load(Long.toString(every.toSeconds() / unitSeconds));
        return;
      }
    }
    intervalUnit.set(Unit.SECONDS);
    intervalAmount.load(Long.toString(every.toSeconds()));
  }

  /**
   * True when a field differs from what was loaded (always false for a fresh builder left alone).
   */
  public boolean changedFromLoaded() {
    return kind.get() != loadedKind
        || intervalUnit.get() != loadedUnit
        || onceDate.changed()
        || onceTime.changed()
        || intervalAmount.changed()
        || cronExpression.changed()
        || zone.changed();
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

  /** The schedule the fields describe, or empty after recording every field's error. */
  public Optional<Schedule> build() {
    if (loaded != null && !changedFromLoaded()) {
      return Optional.of(loaded);
    }
    return switch (kind.get()) {
      case ONCE -> buildOnce();
      case INTERVAL -> buildInterval();
      case CRON -> buildCron();
    };
  }

  private Optional<Schedule> buildOnce() {
    Optional<ZoneId> z = zone();
    if (onceDate.text().isBlank() && onceTime.text().isBlank()) {
      return z.map(x -> Schedule.Once.now());
    }
    Optional<LocalDate> date = dates.parse(onceDate.text());
    if (onceDate.text().isBlank()) {
      errors.set("schedule.at", "pick a date, or clear the time to run right away");
    } else if (date.isEmpty()) {
      errors.set(
          "schedule.at",
          "date must look like " + dates.examples() + ", got '" + onceDate.text().strip() + "'");
    }
    LocalTime time = LocalTime.MIDNIGHT;
    if (!onceTime.text().isBlank()) {
      try {
        time = LocalTime.parse(onceTime.text().strip(), TIME);
      } catch (DateTimeParseException e) {
        errors.set(
            "schedule.time", "time must look like 14:30, got '" + onceTime.text().strip() + "'");
        return Optional.empty();
      }
    }
    if (date.isEmpty() || z.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Schedule.Once(date.get().atTime(time).atZone(z.get()).toInstant()));
  }

  private Optional<Schedule> buildInterval() {
    String text = intervalAmount.text().strip();
    try {
      long n = Long.parseLong(text);
      if (n < 1) {
        errors.set("schedule.every", "the interval must be at least 1 " + intervalUnit.get());
        return Optional.empty();
      }
      Duration every = Duration.of(n, intervalUnit.get().unit);
      return Optional.of(
          loaded instanceof Schedule.Interval i
              ? new Schedule.Interval(every, i.startAt(), i.endAt(), i.repeat())
              : Schedule.Interval.every(every));
    } catch (NumberFormatException | ArithmeticException e) {
      errors.set("schedule.every", "the interval must be a whole number, got '" + text + "'");
      return Optional.empty();
    }
  }

  private Optional<Schedule> buildCron() {
    Optional<ZoneId> z = zone();
    String expression = cronExpression.text().strip();
    if (expression.isEmpty()) {
      errors.set("schedule.expression", "a cron schedule needs an expression");
      return Optional.empty();
    }
    Optional<String> quartz = CronWords.quartzFormOfUnix(expression);
    if (quartz.isPresent()) {
      errors.set(
          "schedule.expression",
          "'"
              + expression
              + "' is a 5-field Unix cron; Quartz crons start with seconds: '"
              + quartz.get()
              + "' runs at the same times");
      return Optional.empty();
    }
    return z.map(zoneId -> new Schedule.Cron(expression, zoneId));
  }

  private Optional<ZoneId> zone() {
    String id = zone.text().strip();
    if (id.isEmpty()) {
      errors.set("schedule.zone", "pick a time zone");
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException e) {
      errors.set("schedule.zone", "unknown time zone '" + id + "'");
      return Optional.empty();
    }
  }

  private String describe(Schedule s) {
    if (s instanceof Schedule.Cron c) {
      return CronWords.describe(c.expression())
          .map(d -> capitalise(d) + " (" + c.zone().getId() + ")")
          .orElse("Cron expression in " + c.zone().getId());
    }
    if (s instanceof Schedule.Interval i) {
      return ScheduleText.intervalWords(i, formats, loaded == null);
    }
    Schedule.Once o = (Schedule.Once) s;
    return o.at() == null
        ? "Once, right after saving"
        : "Once, on " + PREVIEW.format(o.at().atZone(previewZone(s)));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private ZoneId previewZone(Schedule schedule) {
    if (schedule instanceof Schedule.Cron c) {
      return c.zone();
    }
    return schedule instanceof Schedule.Once ? zone().orElse(clock.getZone()) : clock.getZone();
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
    ZoneId z = previewZone(schedule);
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

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  /** The date of a one-time schedule as typed: ISO or the locale's short or medium form. */
  public StringProperty onceDateProperty() {
    return onceDate.property();
  }

  public StringProperty onceTimeProperty() {
    return onceTime.property();
  }

  public StringProperty intervalAmountProperty() {
    return intervalAmount.property();
  }

  public ObjectProperty<Unit> intervalUnitProperty() {
    return intervalUnit;
  }

  public StringProperty cronExpressionProperty() {
    return cronExpression.property();
  }

  /** The zone of a cron schedule, and the zone a one-time schedule's date and time are in. */
  public StringProperty zoneProperty() {
    return zone.property();
  }

  public StringProperty descriptionProperty() {
    return description;
  }

  public StringProperty previewMessageProperty() {
    return previewMessage;
  }

  public ObservableList<String> nextFireTimes() {
    return nextFireTimes;
  }

  public FieldErrors errors() {
    return errors;
  }

  public DateText dates() {
    return dates;
  }

  /** True while the engine is checking the schedule (Save waits for it). */
  public BooleanProperty checkingProperty() {
    return checking;
  }
}
