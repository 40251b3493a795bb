package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.TaskValidator;
import io.taskdeck.ui.common.DateText;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 16, item 1: any valid spec opened in the editor and saved unchanged stays exactly as it was
 * and nothing is sent; an edit of one field sends that field only, never a schedule change.
 */
class TaskEditorRoundTripTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
  private static final List<String> CRONS =
      List.of(
          "0 0 2 * * ?",
          "0 0/15 9-17 ? * MON-FRI",
          "*/10 * * * * ?",
          "0 30 6 1 * ?",
          "0 0 12 ? * SAT,SUN",
          "0 15 10 ? * 6L 2030");

  /** The service calls an editor made, previews aside. */
  private final List<String> sent = new ArrayList<>();

  private final List<Object[]> sentArgs = new ArrayList<>();

  private TaskService recording(TaskService real) {
    sent.clear();
    sentArgs.clear();
    return (TaskService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {TaskService.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("previewFireTimes")) {
                sent.add(method.getName());
                sentArgs.add(args);
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private TaskEditorViewModel open(Task task, SyncUiExecutor executor) {
    TaskService service = recording(new FakeTaskService(CLOCK));
    TaskEditorViewModel vm =
        new TaskEditorViewModel(
            service, executor, CLOCK, task, false, new DateText(Locale.GERMANY));
    executor.runDelayed();
    return vm;
  }

  @Property(tries = 200)
  void anyValidSpecSavedUnchangedStaysExactlyAsItWasAndNothingIsSent(
      @ForAll("specs") TaskSpec spec) {
    new TaskValidator(e -> Optional.empty()).validate(spec);
    Task task =
        new Task(
            UUID.randomUUID(),
            spec,
            TaskStatus.SCHEDULED,
            null,
            null,
            0,
            CLOCK.instant(),
            CLOCK.instant());
    SyncUiExecutor executor = new SyncUiExecutor();
    TaskEditorViewModel vm = open(task, executor);
    assertThat(vm.errors().asMap()).as("an unchanged valid spec shows no error").isEmpty();
    assertThat(vm.dirtyBinding().get()).isFalse();
    assertThat(vm.spec()).hasValue(spec);
    List<Task> saved = new ArrayList<>();
    vm.save(saved::add);
    assertThat(saved).containsExactly(task);
    assertThat(sent).as("nothing is sent for an unchanged task").isEmpty();
  }

  @Property(tries = 100)
  void renamingSendsTheSameSpecWithTheNewNameAndItsScheduleUntouched(
      @ForAll("specs") TaskSpec spec) {
    FakeTaskService fake = new FakeTaskService(CLOCK);
    Task task = fake.schedule(spec);
    SyncUiExecutor executor = new SyncUiExecutor();
    TaskEditorViewModel vm =
        new TaskEditorViewModel(
            recording(fake), executor, CLOCK, task, false, new DateText(Locale.US));
    executor.runDelayed();
    vm.nameProperty().set(spec.name() + " (renamed)");
    vm.save(t -> {});
    assertThat(sent).containsExactly("update");
    TaskSpec sentSpec = (TaskSpec) sentArgs.get(0)[1];
    assertThat(sentSpec).isEqualTo(spec.toBuilder().name(spec.name() + " (renamed)").build());
    assertThat(sentSpec.schedule()).isSameAs(spec.schedule());
  }

  @Provide
  Arbitrary<TaskSpec> specs() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .ofMinLength(1)
            .ofMaxLength(40)
            .filter(s -> !s.isBlank());
    return Combinators.combine(
            text,
            text.injectNull(0.4),
            text.injectNull(0.4),
            payloads(),
            schedules(),
            Arbitraries.integers().between(-100, 100),
            retries(),
            Arbitraries.of(MisfirePolicy.class))
        .as(
            (name, group, description, payload, schedule, priority, retry, misfire) ->
                TaskSpec.builder()
                    .name(name.strip())
                    .group(group)
                    .description(description)
                    .payload(payload)
                    .schedule(schedule)
                    .priority(priority)
                    .retry(retry)
                    .misfire(misfire)
                    .build())
        .flatMap(
            spec ->
                Combinators.combine(
                        Arbitraries.of("holidays", "weekends").injectNull(0.7), durations())
                    .as(
                        (calendar, timeout) ->
                            spec.toBuilder().calendar(calendar).timeout(timeout).build()));
  }

  /** Any text a spec may hold: no NUL and no lone surrogate (core's Bounds refuse both). */
  private static net.jqwik.api.arbitraries.StringArbitrary texts() {
    return Arbitraries.strings().withCharRange('\u0001', '\uD7FF');
  }

  private Arbitrary<Payload> payloads() {
    Arbitrary<Map<String, String>> vars =
        Arbitraries.maps(
                Arbitraries.strings()
                    .withCharRange('A', 'Z')
                    .withChars('_')
                    .ofMinLength(1)
                    .ofMaxLength(12),
                texts().ofMaxLength(20))
            .ofMaxSize(4);
    Arbitrary<Payload> shell =
        Combinators.combine(
                texts().ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank()),
                Arbitraries.of("/tmp", "/var/tmp ").injectNull(0.5),
                vars)
            .as(ShellPayload::new);
    Arbitrary<Payload> http =
        Combinators.combine(
                Arbitraries.of("GET", "POST", "PUT", "DELETE"),
                Arbitraries.strings().alpha().ofMaxLength(12).map(p -> "https://example.com/" + p),
                vars,
                texts().ofMaxLength(30).injectNull(0.5),
                Arbitraries.of("200-299", "204", "200-399"))
            .as(
                (m, url, headers, body, expect) ->
                    new HttpPayload(m, url, headers, body, StatusRange.parse(expect)));
    return Arbitraries.oneOf(shell, http, Arbitraries.just(NoopPayload.INSTANCE));
  }

  private Arbitrary<Schedule> schedules() {
    Arbitrary<Instant> instants =
        Arbitraries.longs()
            .between(946_684_800_000L, 4_102_444_800_000L)
            .map(Instant::ofEpochMilli);
    Arbitrary<Schedule> once = instants.injectNull(0.3).map(Schedule.Once::new);
    Arbitrary<Schedule> interval =
        Combinators.combine(
                Arbitraries.longs().between(1, 2_000_000).map(Duration::ofSeconds),
                instants.injectNull(0.4),
                Arbitraries.longs().between(1, 10_000_000).injectNull(0.5),
                Arbitraries.integers().between(1, 1000).injectNull(0.5))
            .as(
                (every, start, endAfter, repeat) ->
                    new Schedule.Interval(
                        every,
                        start,
                        start == null || endAfter == null ? null : start.plusSeconds(endAfter),
                        repeat));
    Arbitrary<Schedule> cron =
        Combinators.combine(
                Arbitraries.of(CRONS),
                Arbitraries.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata")
                    .map(ZoneId::of))
            .as(Schedule.Cron::new);
    return Arbitraries.oneOf(once, interval, cron);
  }

  private Arbitrary<RetryPolicy> retries() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 100),
            durations(),
            Arbitraries.doubles().between(1.0, 100.0),
            durations(),
            Arbitraries.doubles().between(0.0, 1.0))
        .as(RetryPolicy::new);
  }

  private Arbitrary<Duration> durations() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 200_000).map(Duration::ofSeconds),
        Arbitraries.longs().between(1, 10_000_000).map(Duration::ofMillis));
  }
}
