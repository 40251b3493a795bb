package io.taskdeck.ui.tasks;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.core.ValidationException;
import io.taskdeck.ui.common.DurationText;
import io.taskdeck.ui.common.EditedText;
import io.taskdeck.ui.common.FieldErrors;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The task editor's fields, loaded from a whole {@link TaskSpec} and assembled back into one. A
 * field the user left alone gives back the loaded spec's exact value, and the spec's fields the
 * form does not show are carried over, so an unchanged form assembles the spec it was loaded from.
 */
final class TaskForm {
  private static final ShellPayload NO_SHELL = new ShellPayload("", null, null);
  private static final HttpPayload NO_HTTP = new HttpPayload("GET", "", null, null, null);

  final EditedText name = new EditedText("");
  final EditedText group = new EditedText("");
  final EditedText description = new EditedText("");
  final ObjectProperty<TaskType> type = new SimpleObjectProperty<>(TaskType.SHELL);
  final EditedText command = new EditedText("");
  final EditedText workingDir = new EditedText("");
  final EditedText env = new EditedText("");
  final EditedText method = new EditedText("GET");
  final EditedText url = new EditedText("");
  final EditedText headers = new EditedText("");
  final EditedText body = new EditedText("");
  final EditedText expectStatus = new EditedText("");
  final EditedText timeout = new EditedText("");
  final EditedText priority = new EditedText("");
  final EditedText maxAttempts = new EditedText("");
  final EditedText initialDelay = new EditedText("");
  final EditedText multiplier = new EditedText("");
  final EditedText maxDelay = new EditedText("");
  final EditedText jitter = new EditedText("");
  final ObjectProperty<MisfirePolicy> misfire = new SimpleObjectProperty<>(MisfirePolicy.FIRE_NOW);
  final EditedText calendar = new EditedText("");
  private final List<EditedText> texts =
      List.of(
          name,
          group,
          description,
          command,
          workingDir,
          env,
          method,
          url,
          headers,
          body,
          expectStatus,
          timeout,
          priority,
          maxAttempts,
          initialDelay,
          multiplier,
          maxDelay,
          jitter,
          calendar);
  private TaskSpec base;
  private FieldErrors errors;
  private boolean failed;

  TaskForm(TaskSpec base) {
    load(base);
  }

  /** Every property the user can change. */
  List<Observable> observables() {
    List<Observable> all =
        new java.util.ArrayList<>(texts.stream().map(t -> (Observable) t.property()).toList());
    all.add(type);
    all.add(misfire);
    return all;
  }

  boolean changed() {
    return type.get() != base.type()
        || misfire.get() != base.misfire()
        || texts.stream().anyMatch(EditedText::changed);
  }

  private void load(TaskSpec spec) {
    base = spec;
    name.load(nz(spec.name()));
    group.load(nz(spec.group()));
    description.load(nz(spec.description()));
    type.set(spec.type());
    ShellPayload s = spec.payload() instanceof ShellPayload p ? p : NO_SHELL;
    command.load(s.command());
    workingDir.load(nz(s.workingDir()));
    env.load(KeyValueText.masked(s.env(), "="));
    HttpPayload h = spec.payload() instanceof HttpPayload p ? p : NO_HTTP;
    method.load(h.method());
    url.load(nz(h.url()));
    headers.load(KeyValueText.masked(h.headers(), ": "));
    body.load(nz(h.body()));
    expectStatus.load(h.expectStatus().toString());
    timeout.load(DurationText.format(spec.timeout()));
    priority.load(Integer.toString(spec.priority()));
    RetryPolicy r = spec.retry();
    maxAttempts.load(Integer.toString(r.maxAttempts()));
    initialDelay.load(DurationText.format(r.initialDelay()));
    multiplier.load(Double.toString(r.multiplier()));
    maxDelay.load(DurationText.format(r.maxDelay()));
    jitter.load(Double.toString(r.jitter()));
    misfire.set(spec.misfire());
    calendar.load(nz(spec.calendar()));
  }

  /**
   * The spec the fields describe, with {@code schedule} as its schedule. Every field that cannot be
   * read records its error in {@code sink} and keeps its loaded value in the result, so the other
   * fields can still be checked; {@link #unreadable()} then says the result is not to be saved.
   */
  TaskSpec assemble(io.taskdeck.core.Schedule schedule, FieldErrors sink) {
    errors = sink;
    failed = false;
    TaskSpec spec =
        TaskSpec.builder()
            .name(name.value(base.name(), () -> name.text().strip()))
            .group(group.value(base.group(), group::text))
            .description(description.value(base.description(), description::text))
            .payload(payload())
            .schedule(schedule)
            .priority(read(priority, "priority", base.priority(), t -> whole(t, "priority")))
            .retry(retry())
            .misfire(misfire.get())
            .calendar(calendar.value(base.calendar(), () -> calendar.text().strip()))
            .timeout(read(timeout, "timeout", base.timeout(), TaskForm::duration))
            .build();
    return spec;
  }

  /** True when the last {@link #assemble} met a field it could not read. */
  boolean unreadable() {
    return failed;
  }

  private Payload payload() {
    return switch (type.get()) {
      case SHELL -> {
        ShellPayload o = base.payload() instanceof ShellPayload p ? p : NO_SHELL;
        yield new ShellPayload(
            command.value(o.command(), command::text),
            workingDir.value(o.workingDir(), () -> blankToNull(workingDir.text())),
            read(
                env,
                "payload.env",
                o.env(),
                t -> KeyValueText.unmasked(KeyValueText.parse(t, "=", "payload.env"), o.env())));
      }
      case HTTP -> {
        HttpPayload o = base.payload() instanceof HttpPayload p ? p : NO_HTTP;
        yield new HttpPayload(
            method.value(o.method(), method::text),
            url.value(o.url(), () -> url.text().strip()),
            read(
                headers,
                "payload.headers",
                o.headers(),
                t ->
                    KeyValueText.unmasked(
                        KeyValueText.parse(t, ":", "payload.headers"), o.headers())),
            body.value(o.body(), () -> blankToNull(body.text())),
            read(expectStatus, "payload.expect_status", o.expectStatus(), StatusRange::parse));
      }
      case NOOP -> NoopPayload.INSTANCE;
    };
  }

  private RetryPolicy retry() {
    RetryPolicy o = base.retry();
    return new RetryPolicy(
        read(maxAttempts, "retry.max_attempts", o.maxAttempts(), t -> whole(t, "max_attempts")),
        read(initialDelay, "retry.initial_delay", o.initialDelay(), TaskForm::duration),
        read(
            multiplier,
            "retry.multiplier",
            o.multiplier(),
            t -> number(t, "multiplier must be a number such as 2.0")),
        read(maxDelay, "retry.max_delay", o.maxDelay(), TaskForm::duration),
        read(
            jitter,
            "retry.jitter",
            o.jitter(),
            t -> number(t, "jitter must be a fraction from 0 to 1, such as 0.25")));
  }

  /**
   * The field's value: the loaded one while unchanged, else the parsed text; an error is recorded
   * at {@code field}.
   */
  private <T> T read(EditedText f, String field, T original, Function<String, T> parse) {
    try {
      return f.value(original, () -> parse.apply(f.text()));
    } catch (ValidationException e) {
      errors.set(e.field() == null ? field : e.field(), e.getMessage());
      failed = true;
      return original;
    } catch (RuntimeException e) {
      errors.set(field, e.getMessage());
      failed = true;
      return original;
    }
  }

  private static int whole(String text, String label) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(
          null, label + " must be a whole number, got '" + text.strip() + "'");
    }
  }

  private static double number(String text, String message) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw new ValidationException(null, message);
    }
  }

  private static Duration duration(String text) {
    return DurationText.parse(text)
        .orElseThrow(
            () ->
                new ValidationException(
                    null,
                    "use a duration such as 30s, 5m, 1h or PT1H, got '" + text.strip() + "'"));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
