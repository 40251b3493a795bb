package io.taskdeck.ui.tasks;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.DurationText;
import io.taskdeck.ui.common.FieldErrors;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The task editor (new, edit, duplicate): fields as properties, inline validation through the
 * core's {@link TaskValidator} rules (cron checked by the engine), and Save through the service.
 */
public final class TaskEditorViewModel {
  private final TaskService service;
  private final UiExecutor executor;
  private final FieldErrors errors = new FieldErrors();
  private final TaskValidator validator = new TaskValidator(expression -> Optional.empty());
  private final UUID editing;

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty group = new SimpleStringProperty("");
  private final StringProperty description = new SimpleStringProperty("");
  private final ObjectProperty<TaskType> type = new SimpleObjectProperty<>(TaskType.SHELL);
  private final StringProperty command = new SimpleStringProperty("");
  private final StringProperty workingDir = new SimpleStringProperty("");
  private final StringProperty env = new SimpleStringProperty("");
  private final StringProperty method = new SimpleStringProperty("GET");
  private final StringProperty url = new SimpleStringProperty("");
  private final StringProperty headers = new SimpleStringProperty("");
  /** Secret values are shown masked; these keep the real ones for Save. */
  private Map<String, String> originalHeaders = Map.of();
  private Map<String, String> originalEnv = Map.of();
  private final StringProperty body = new SimpleStringProperty("");
  private final StringProperty expectStatus = new SimpleStringProperty("200-299");
  private final StringProperty timeout = new SimpleStringProperty("1h");
  private final StringProperty priority = new SimpleStringProperty(Integer.toString(TaskSpec.DEFAULT_PRIORITY));
  private final StringProperty maxAttempts = new SimpleStringProperty(Integer.toString(RetryPolicy.DEFAULT_MAX_ATTEMPTS));
  private final StringProperty initialDelay = new SimpleStringProperty("5s");
  private final StringProperty multiplier = new SimpleStringProperty("2.0");
  private final StringProperty maxDelay = new SimpleStringProperty("1h");
  private final ObjectProperty<MisfirePolicy> misfire = new SimpleObjectProperty<>(MisfirePolicy.FIRE_NOW);
  private final StringProperty calendar = new SimpleStringProperty("");
  private final StringProperty saveError = new SimpleStringProperty();
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final ScheduleBuilderViewModel schedule;
  private final BooleanBinding canSave;

  /** An editor for a new task ({@code original} null), an edit, or a duplicate. */
  public TaskEditorViewModel(
      TaskService service, UiExecutor executor, Clock clock, Task original, boolean duplicate) {
    this.service = service;
    this.executor = executor;
    this.editing = original == null || duplicate ? null : original.id();
    this.schedule = new ScheduleBuilderViewModel(service, executor, clock, errors, () -> calendar.get());
    if (original != null) {
      load(original.spec(), duplicate);
    }
    for (Observable o : List.of(name, group, description, type, command, workingDir, env, method, url,
        headers, body, expectStatus, timeout, priority, maxAttempts, initialDelay, multiplier, maxDelay,
        misfire, calendar)) {
      o.addListener(x -> validate());
    }
    calendar.addListener(x -> schedule.changed());
    canSave = errors.empty().and(schedule.checkingProperty().not()).and(saving.not());
    schedule.changed();
    validate();
  }

  private void load(TaskSpec spec, boolean duplicate) {
    name.set(duplicate ? "Copy of " + spec.name() : spec.name());
    group.set(nz(spec.group()));
    description.set(nz(spec.description()));
    type.set(spec.type());
    if (spec.payload() instanceof ShellPayload s) {
      command.set(s.command());
      workingDir.set(nz(s.workingDir()));
      originalEnv = s.env();
      env.set(KeyValueText.masked(s.env(), "="));
    } else if (spec.payload() instanceof HttpPayload h) {
      method.set(h.method());
      url.set(h.url());
      originalHeaders = h.headers();
      headers.set(KeyValueText.masked(h.headers(), ": "));
      body.set(nz(h.body()));
      expectStatus.set(h.expectStatus().toString());
    }
    timeout.set(DurationText.format(spec.timeout()));
    priority.set(Integer.toString(spec.priority()));
    RetryPolicy r = spec.retry();
    maxAttempts.set(Integer.toString(r.maxAttempts()));
    initialDelay.set(DurationText.format(r.initialDelay()));
    multiplier.set(Double.toString(r.multiplier()));
    maxDelay.set(DurationText.format(r.maxDelay()));
    misfire.set(spec.misfire());
    calendar.set(nz(spec.calendar()));
    schedule.load(spec.schedule());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** Checks every field; the first problem of each field shows inline. */
  public void validate() {
    errors.asMap().keySet().removeIf(k -> !k.startsWith("schedule."));
    spec();
  }

  /** The spec the fields describe, or empty (with errors recorded). */
  Optional<TaskSpec> spec() {
    try {
      Optional<Schedule> sched = schedule.build();
      TaskSpec spec = TaskSpec.builder()
          .name(name.get().strip())
          .group(group.get())
          .description(description.get())
          .payload(payload())
          .schedule(sched.orElse(Schedule.Once.now()))
          .priority(integer(priority.get(), "priority"))
          .retry(retry())
          .misfire(misfire.get())
          .calendar(calendar.get().strip())
          .timeout(duration(timeout.get(), "timeout"))
          .build();
      validator.validate(spec);
      return sched.map(s -> spec);
    } catch (ValidationException e) {
      errors.set(e.field(), e.getMessage());
      return Optional.empty();
    }
  }

  private Payload payload() {
    return switch (type.get()) {
      case SHELL -> new ShellPayload(command.get(), blankToNull(workingDir.get()),
          KeyValueText.unmasked(KeyValueText.parse(env.get(), "=", "payload.env"), originalEnv));
      case HTTP -> new HttpPayload(method.get(), url.get().strip(),
          KeyValueText.unmasked(KeyValueText.parse(headers.get(), ":", "payload.headers"), originalHeaders),
          blankToNull(body.get()),
          StatusRange.parse(expectStatus.get()));
      case NOOP -> NoopPayload.INSTANCE;
    };
  }

  private RetryPolicy retry() {
    double mult;
    try {
      mult = Double.parseDouble(multiplier.get().strip());
    } catch (NumberFormatException e) {
      throw new ValidationException("retry.multiplier", "multiplier must be a number such as 2.0");
    }
    return new RetryPolicy(integer(maxAttempts.get(), "retry.max_attempts"),
        duration(initialDelay.get(), "retry.initial_delay"), mult,
        duration(maxDelay.get(), "retry.max_delay"), RetryPolicy.DEFAULT_JITTER);
  }

  private static int integer(String text, String field) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(field, field.replace("retry.", "") + " must be a whole number, got '" + text.strip() + "'");
    }
  }

  private static Duration duration(String text, String field) {
    return DurationText.parse(text).orElseThrow(() -> new ValidationException(
        field, "use a duration such as 30s, 5m, 1h or PT1H, got '" + text.strip() + "'"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Saves through the service; {@code onSaved} runs on the UI thread with the stored task. */
  public void save(Consumer<Task> onSaved) {
    Optional<TaskSpec> spec = spec();
    if (spec.isEmpty() || !canSave.get()) {
      return;
    }
    saving.set(true);
    saveError.set(null);
    executor.submit(
        () -> editing == null ? service.schedule(spec.get()) : service.update(editing, spec.get()),
        task -> { saving.set(false); onSaved.accept(task); },
        this::saveFailed);
  }

  private void saveFailed(Throwable e) {
    saving.set(false);
    if (e instanceof ValidationException v && v.field() != null) {
      errors.set(v.field(), v.getMessage());
    }
    saveError.set("Not saved: " + e.getMessage());
  }

  public boolean editingExisting() { return editing != null; }
  public FieldErrors errors() { return errors; }
  public ScheduleBuilderViewModel schedule() { return schedule; }
  public BooleanBinding canSaveBinding() { return canSave; }
  public StringProperty nameProperty() { return name; }
  public StringProperty groupProperty() { return group; }
  public StringProperty descriptionProperty() { return description; }
  public ObjectProperty<TaskType> typeProperty() { return type; }
  public StringProperty commandProperty() { return command; }
  public StringProperty workingDirProperty() { return workingDir; }
  public StringProperty envProperty() { return env; }
  public StringProperty methodProperty() { return method; }
  public StringProperty urlProperty() { return url; }
  public StringProperty headersProperty() { return headers; }
  public StringProperty bodyProperty() { return body; }
  public StringProperty expectStatusProperty() { return expectStatus; }
  public StringProperty timeoutProperty() { return timeout; }
  public StringProperty priorityProperty() { return priority; }
  public StringProperty maxAttemptsProperty() { return maxAttempts; }
  public StringProperty initialDelayProperty() { return initialDelay; }
  public StringProperty multiplierProperty() { return multiplier; }
  public StringProperty maxDelayProperty() { return maxDelay; }
  public ObjectProperty<MisfirePolicy> misfireProperty() { return misfire; }
  public StringProperty calendarProperty() { return calendar; }
  public StringProperty saveErrorProperty() { return saveError; }
  public BooleanProperty savingProperty() { return saving; }
}
