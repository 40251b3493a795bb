package io.taskdeck.ui.tasks;

import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.DateText;
import io.taskdeck.ui.common.FieldErrors;
import io.taskdeck.ui.common.UiExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The task editor (new, edit, duplicate). It holds the whole {@link TaskSpec} it was opened with,
 * fields it does not show included, and saves only what changed: nothing at all when nothing
 * changed, and the stored schedule untouched unless the schedule was edited. Every field's problem
 * shows at once, beside the field, checked by the core's {@link TaskValidator} (the engine checks
 * cron expressions and calendars through the preview).
 */
public final class TaskEditorViewModel {
  /**
   * A valid spec whose parts are replaced one at a time, so each part's problem is found on its
   * own.
   */
  private static final TaskSpec PROBE =
      TaskSpec.builder().name("probe").payload(NoopPayload.INSTANCE).build();

  private static final TaskSpec BLANK =
      TaskSpec.builder().name("").payload(ShellPayload.of("")).build();

  private final TaskService service;
  private final UiExecutor executor;
  private final FieldErrors errors = new FieldErrors();
  private final TaskValidator validator = new TaskValidator(expression -> Optional.empty());
  private final Task original;
  private final Task editing;
  private final TaskForm form;
  private final StringProperty saveError = new SimpleStringProperty();
  private final BooleanProperty saving = new SimpleBooleanProperty(false);
  private final ScheduleBuilderViewModel schedule;
  private final BooleanBinding canSave;
  private final BooleanBinding dirty;

  /** An editor for a new task ({@code original} null), an edit, or a duplicate. */
  public TaskEditorViewModel(
      TaskService service, UiExecutor executor, Clock clock, Task original, boolean duplicate) {
    this(service, executor, clock, original, duplicate, DateText.system());
  }

  public TaskEditorViewModel(
      TaskService service,
      UiExecutor executor,
      Clock clock,
      Task original,
      boolean duplicate,
      DateText dates) {
    this.service = service;
    this.executor = executor;
    this.original = original;
    this.editing = original == null || duplicate ? null : original;
    TaskSpec base =
        original == null
            ? BLANK
            : duplicate
                ? original.spec().toBuilder().name("Copy of " + original.spec().name()).build()
                : original.spec();
    this.form = new TaskForm(base);
    this.schedule =
        new ScheduleBuilderViewModel(service, executor, clock, errors, form.calendar::text, dates);
    if (original != null) {
      schedule.load(base.schedule());
    }
    for (Observable o : form.observables()) {
      o.addListener(x -> validate());
    }
    form.calendar.property().addListener(x -> schedule.changed());
    canSave = errors.empty().and(schedule.checkingProperty().not()).and(saving.not());
    List<Observable> all = new ArrayList<>(form.observables());
    all.addAll(schedule.observables());
    dirty =
        Bindings.createBooleanBinding(
            () -> form.changed() || schedule.changedFromLoaded() || duplicate,
            all.toArray(Observable[]::new));
    schedule.changed();
    validate();
  }

  /** Checks every field; each field's problem shows beside it. */
  public void validate() {
    errors.asMap().keySet().removeIf(k -> !k.startsWith("schedule."));
    spec();
  }

  /** The spec the fields describe, or empty (with every field's error recorded). */
  Optional<TaskSpec> spec() {
    Optional<Schedule> sched = schedule.build();
    TaskSpec spec = form.assemble(sched.orElse(Schedule.Once.now()), errors);
    boolean valid =
        check(s -> s.name(spec.name()))
            & check(s -> s.group(spec.group()))
            & check(s -> s.calendar(spec.calendar()))
            & check(s -> s.payload(spec.payload()))
            & check(s -> s.timeout(spec.timeout()))
            & check(s -> s.priority(spec.priority()))
            & check(s -> s.schedule(spec.schedule()))
            & checkRetry(spec.retry());
    return valid && !form.unreadable() ? sched.map(x -> spec) : Optional.empty();
  }

  private boolean checkRetry(RetryPolicy r) {
    RetryPolicy d = RetryPolicy.DEFAULT;
    return check(
            s ->
                s.retry(
                    new RetryPolicy(
                        r.maxAttempts(),
                        d.initialDelay(),
                        d.multiplier(),
                        d.maxDelay(),
                        d.jitter())))
        & check(
            s ->
                s.retry(
                    new RetryPolicy(
                        d.maxAttempts(),
                        r.initialDelay(),
                        d.multiplier(),
                        d.maxDelay(),
                        d.jitter())))
        & check(
            s ->
                s.retry(
                    new RetryPolicy(
                        d.maxAttempts(),
                        d.initialDelay(),
                        r.multiplier(),
                        d.maxDelay(),
                        d.jitter())))
        & check(
            s ->
                s.retry(
                    new RetryPolicy(
                        d.maxAttempts(),
                        d.initialDelay(),
                        d.multiplier(),
                        r.maxDelay(),
                        d.jitter())))
        & check(
            s ->
                s.retry(
                    new RetryPolicy(
                        d.maxAttempts(),
                        d.initialDelay(),
                        d.multiplier(),
                        d.maxDelay(),
                        r.jitter())));
  }

  /** Validates the probe spec with one part replaced; records the problem at its field. */
  private boolean check(UnaryOperator<TaskSpec.Builder> part) {
    try {
      validator.validate(part.apply(PROBE.toBuilder()).build());
      return true;
    } catch (ValidationException e) {
      errors.set(e.field(), e.getMessage());
      return false;
    }
  }

  /**
   * Saves; {@code onSaved} runs on the UI thread with the task as stored. An unchanged edit sends
   * nothing; an edit of the schedule alone sends only the schedule.
   */
  public void save(Consumer<Task> onSaved) {
    Optional<TaskSpec> spec = spec();
    if (spec.isEmpty() || !canSave.get()) {
      return;
    }
    if (editing != null && spec.get().equals(editing.spec())) {
      onSaved.accept(editing);
      return;
    }
    saving.set(true);
    saveError.set(null);
    executor.submit(
        () -> send(spec.get()),
        task -> {
          saving.set(false);
          onSaved.accept(task);
        },
        this::saveFailed);
  }

  private Task send(TaskSpec spec) {
    if (editing == null) {
      return service.schedule(spec);
    }
    if (spec.equals(editing.spec().withSchedule(spec.schedule()))) {
      return service.reschedule(editing.id(), spec.schedule());
    }
    return service.update(editing.id(), spec);
  }

  private void saveFailed(Throwable e) {
    saving.set(false);
    if (e instanceof ValidationException v && v.field() != null) {
      errors.set(v.field(), v.getMessage());
    }
    saveError.set("Not saved: " + e.getMessage());
  }

  public boolean editingExisting() {
    return editing != null;
  }

  /** The task being edited or duplicated, or null for a new one. */
  public Task original() {
    return original;
  }

  /** True when a field differs from what was loaded (a duplicate is always unsaved). */
  public BooleanBinding dirtyBinding() {
    return dirty;
  }

  public FieldErrors errors() {
    return errors;
  }

  public ScheduleBuilderViewModel schedule() {
    return schedule;
  }

  public BooleanBinding canSaveBinding() {
    return canSave;
  }

  public StringProperty nameProperty() {
    return form.name.property();
  }

  public StringProperty groupProperty() {
    return form.group.property();
  }

  public StringProperty descriptionProperty() {
    return form.description.property();
  }

  public ObjectProperty<TaskType> typeProperty() {
    return form.type;
  }

  public StringProperty commandProperty() {
    return form.command.property();
  }

  public StringProperty workingDirProperty() {
    return form.workingDir.property();
  }

  public StringProperty envProperty() {
    return form.env.property();
  }

  public StringProperty methodProperty() {
    return form.method.property();
  }

  public StringProperty urlProperty() {
    return form.url.property();
  }

  public StringProperty headersProperty() {
    return form.headers.property();
  }

  public StringProperty bodyProperty() {
    return form.body.property();
  }

  public StringProperty expectStatusProperty() {
    return form.expectStatus.property();
  }

  public StringProperty timeoutProperty() {
    return form.timeout.property();
  }

  public StringProperty priorityProperty() {
    return form.priority.property();
  }

  public StringProperty maxAttemptsProperty() {
    return form.maxAttempts.property();
  }

  public StringProperty initialDelayProperty() {
    return form.initialDelay.property();
  }

  public StringProperty multiplierProperty() {
    return form.multiplier.property();
  }

  public StringProperty maxDelayProperty() {
    return form.maxDelay.property();
  }

  public StringProperty jitterProperty() {
    return form.jitter.property();
  }

  public ObjectProperty<MisfirePolicy> misfireProperty() {
    return form.misfire;
  }

  public StringProperty calendarProperty() {
    return form.calendar.property();
  }

  public StringProperty saveErrorProperty() {
    return saveError;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }
}
