package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskType;
import io.taskdeck.ui.tasks.ScheduleBuilderViewModel.Kind;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.Specs;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaskEditorViewModelTest {
  private final FakeTaskService service =
      new FakeTaskService(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
  private final SyncUiExecutor executor = new SyncUiExecutor();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

  private TaskEditorViewModel editor(Task original, boolean duplicate) {
    TaskEditorViewModel vm = new TaskEditorViewModel(service, executor, clock, original, duplicate);
    executor.runDelayed();
    return vm;
  }

  @Test
  void aNewTaskCannotBeSavedUntilItHasANameAndACommand() {
    TaskEditorViewModel vm = editor(null, false);
    assertThat(vm.canSaveBinding().get()).isFalse();
    assertThat(vm.errors().get("name")).isEqualTo("name must not be blank");
    vm.nameProperty().set("hello");
    assertThat(vm.errors().get("payload.command")).isEqualTo("a shell task needs a command");
    vm.commandProperty().set("echo hello");
    assertThat(vm.canSaveBinding().get()).isTrue();
  }

  @Test
  void anInvalidCronShowsTheEnginesMessageInlineAndDisablesSave() {
    TaskEditorViewModel vm = editor(null, false);
    vm.nameProperty().set("nightly");
    vm.commandProperty().set("echo hi");
    vm.schedule().kindProperty().set(Kind.CRON);
    vm.schedule().cronExpressionProperty().set("0 0 25 * * ?");
    assertThat(vm.canSaveBinding().get()).as("waiting for the engine's check").isFalse();
    executor.runDelayed();
    assertThat(vm.errors().get("schedule.expression"))
        .contains("invalid cron expression '0 0 25 * * ?'");
    assertThat(vm.canSaveBinding().get()).isFalse();
    vm.schedule().cronExpressionProperty().set("0 0 2 * * ?");
    executor.runDelayed();
    assertThat(vm.errors().get("schedule.expression")).isNull();
    assertThat(vm.canSaveBinding().get()).isTrue();
  }

  @Test
  void theBuilderDescribesTheCronAndListsTheNextFiveRunsInItsZone() {
    TaskEditorViewModel vm = editor(null, false);
    vm.schedule().kindProperty().set(Kind.CRON);
    vm.schedule().zoneProperty().set("Europe/Berlin");
    vm.schedule().cronExpressionProperty().set("0 30 2 * * ?");
    executor.runDelayed();
    assertThat(vm.schedule().descriptionProperty().get())
        .isEqualTo("At 02:30 every day (Europe/Berlin)");
    assertThat(vm.schedule().nextFireTimes()).hasSize(5);
    assertThat(vm.schedule().nextFireTimes().get(0)).isEqualTo("Tue 2026-03-03 02:30:00 CET");
  }

  @Test
  void anIntervalThatIsNotANumberNamesTheField() {
    TaskEditorViewModel vm = editor(null, false);
    vm.schedule().kindProperty().set(Kind.INTERVAL);
    vm.schedule().intervalAmountProperty().set("five");
    assertThat(vm.errors().get("schedule.every"))
        .isEqualTo("the interval must be a whole number, got 'five'");
    vm.schedule().intervalAmountProperty().set("0");
    assertThat(vm.errors().get("schedule.every"))
        .isEqualTo("the interval must be at least 1 minutes");
  }

  @Test
  void badNumbersAndDurationsAreNamedPrecisely() {
    TaskEditorViewModel vm = editor(null, false);
    vm.nameProperty().set("x");
    vm.commandProperty().set("true");
    vm.priorityProperty().set("high");
    assertThat(vm.errors().get("priority"))
        .isEqualTo("priority must be a whole number, got 'high'");
    vm.priorityProperty().set("7");
    vm.timeoutProperty().set("soon");
    assertThat(vm.errors().get("timeout")).startsWith("use a duration such as 30s");
    vm.timeoutProperty().set("90s");
    vm.maxAttemptsProperty().set("0");
    assertThat(vm.errors().get("retry.max_attempts")).isEqualTo("max_attempts must be at least 1");
    vm.maxAttemptsProperty().set("4");
    assertThat(vm.errors().isEmpty()).isTrue();
  }

  @Test
  void savingANewShellTaskSchedulesTheSpecTheFieldsDescribe() {
    TaskEditorViewModel vm = editor(null, false);
    vm.nameProperty().set("hello");
    vm.groupProperty().set("demo");
    vm.commandProperty().set("echo hello");
    vm.envProperty().set("GREETING=hi\nLANG=C");
    vm.schedule().kindProperty().set(Kind.INTERVAL);
    vm.schedule().intervalAmountProperty().set("15");
    executor.runDelayed();
    List<Task> saved = new ArrayList<>();
    vm.save(saved::add);
    assertThat(saved).hasSize(1);
    TaskSpec spec = service.get(saved.get(0).id()).spec();
    assertThat(spec.group()).isEqualTo("demo");
    assertThat(spec.payload())
        .isEqualTo(new ShellPayload("echo hello", null, Map.of("GREETING", "hi", "LANG", "C")));
    assertThat(spec.schedule()).isEqualTo(Schedule.Interval.every(Duration.ofMinutes(15)));
  }

  @Test
  void editingLoadsTheTaskAndSavesThroughUpdate() {
    Task original =
        service.schedule(
            TaskSpec.builder()
                .name("ping")
                .group("ops")
                .payload(
                    new HttpPayload(
                        "POST",
                        "https://example.com/hook",
                        Map.of("Authorization", "Bearer x"),
                        "{}",
                        null))
                .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin")))
                .priority(8)
                .build());
    TaskEditorViewModel vm = editor(original, false);
    assertThat(vm.typeProperty().get()).isEqualTo(TaskType.HTTP);
    assertThat(vm.urlProperty().get()).isEqualTo("https://example.com/hook");
    assertThat(vm.schedule().zoneProperty().get()).isEqualTo("Europe/Berlin");
    assertThat(vm.priorityProperty().get()).isEqualTo("8");
    vm.priorityProperty().set("9");
    executor.runDelayed();
    vm.save(t -> {});
    assertThat(service.get(original.id()).spec().priority()).isEqualTo(9);
    assertThat(service.list(io.taskdeck.core.TaskQuery.all()).items()).hasSize(1);
  }

  @Test
  void secretHeadersAndVariablesAreShownMaskedAndKeptUnlessRetyped() {
    Task original =
        service.schedule(
            TaskSpec.builder()
                .name("hook")
                .payload(
                    new HttpPayload(
                        "POST",
                        "https://example.com/hook",
                        Map.of("Authorization", "Bearer s3cret", "Accept", "json"),
                        "{}",
                        null))
                .build());
    TaskEditorViewModel vm = editor(original, false);
    assertThat(vm.headersProperty().get()).doesNotContain("s3cret").contains("Authorization: ****");

    vm.save(t -> {});
    HttpPayload kept = (HttpPayload) service.get(original.id()).spec().payload();
    assertThat(kept.headers())
        .containsEntry("Authorization", "Bearer s3cret")
        .containsEntry("Accept", "json");

    TaskEditorViewModel again = editor(service.get(original.id()), false);
    again.headersProperty().set("Authorization: Bearer new\nAccept: json");
    again.save(t -> {});
    assertThat(((HttpPayload) service.get(original.id()).spec().payload()).headers())
        .containsEntry("Authorization", "Bearer new");
  }

  @Test
  void aShellTasksSecretVariablesAreMaskedInTheEditor() {
    Task original =
        service.schedule(
            TaskSpec.builder()
                .name("dump")
                .payload(
                    new ShellPayload("pg_dump", null, Map.of("PGPASSWORD", "pw1", "PGHOST", "db")))
                .build());
    TaskEditorViewModel vm = editor(original, false);
    assertThat(vm.envProperty().get()).doesNotContain("pw1").contains("PGHOST=db");
    vm.save(t -> {});
    assertThat(((ShellPayload) service.get(original.id()).spec().payload()).env())
        .containsEntry("PGPASSWORD", "pw1");
  }

  @Test
  void duplicatingStartsANewTaskNamedAsACopy() {
    Task original = service.schedule(Specs.shell("backup", "pg_dump"));
    TaskEditorViewModel vm = editor(original, true);
    assertThat(vm.nameProperty().get()).isEqualTo("Copy of backup");
    assertThat(vm.editingExisting()).isFalse();
    vm.save(t -> {});
    assertThat(service.list(io.taskdeck.core.TaskQuery.all()).items()).hasSize(2);
  }

  @Test
  void aServerRejectionShowsAtItsFieldAndKeepsTheDialogOpen() {
    TaskEditorViewModel vm = editor(null, false);
    vm.nameProperty().set("x");
    vm.commandProperty().set("true");
    executor.runDelayed();
    service.failWith(
        new io.taskdeck.core.ValidationException("calendar", "unknown calendar 'holidays'"));
    List<Task> saved = new ArrayList<>();
    vm.save(saved::add);
    assertThat(saved).isEmpty();
    assertThat(vm.errors().get("calendar")).isEqualTo("unknown calendar 'holidays'");
    assertThat(vm.saveErrorProperty().get()).isEqualTo("Not saved: unknown calendar 'holidays'");
  }

  @Test
  void anUnknownCalendarReportedByThePreviewBlocksSaveUntilFixed() {
    TaskEditorViewModel vm = editor(null, false);
    vm.nameProperty().set("x");
    vm.commandProperty().set("true");
    executor.runDelayed();
    service.failWith(
        new io.taskdeck.core.ValidationException("calendar", "unknown calendar 'holidays'"));
    vm.calendarProperty().set("holidays");
    executor.runDelayed();
    assertThat(vm.errors().get("schedule.calendar")).isEqualTo("unknown calendar 'holidays'");
    assertThat(vm.canSaveBinding().get()).isFalse();
    vm.nameProperty().set("renamed");
    assertThat(vm.canSaveBinding().get()).as("still invalid after editing another field").isFalse();
    service.failWith(null);
    vm.calendarProperty().set("");
    executor.runDelayed();
    assertThat(vm.canSaveBinding().get()).isTrue();
  }

  @Test
  void aFiveFieldUnixCronIsAnsweredWithItsQuartzForm() {
    TaskEditorViewModel vm = editor(null, false);
    vm.schedule().kindProperty().set(Kind.CRON);
    vm.schedule().cronExpressionProperty().set("*/5 9-17 * * 1-5");
    assertThat(vm.errors().get("schedule.expression"))
        .isEqualTo(
            "'*/5 9-17 * * 1-5' is a 5-field Unix cron; Quartz crons start with seconds: '0 */5 9-17 ? * 2-6 *'"
                + " runs at the same times");
  }

  @Test
  void everyFieldsProblemShowsAtOnceBesideIt() {
    TaskEditorViewModel vm = editor(null, false);
    vm.priorityProperty().set("high");
    vm.timeoutProperty().set("soon");
    vm.multiplierProperty().set("0.5");
    vm.jitterProperty().set("2");
    vm.schedule().onceDateProperty().set("31.02.2026x");
    vm.schedule().onceTimeProperty().set("25:00");
    assertThat(vm.errors().asMap())
        .containsOnlyKeys(
            "name",
            "payload.command",
            "priority",
            "timeout",
            "retry.multiplier",
            "retry.jitter",
            "schedule.at",
            "schedule.time");
  }

  @Test
  void datesAreReadInIsoAndInTheLocalesShortForm() {
    TaskEditorViewModel vm =
        new TaskEditorViewModel(
            service,
            executor,
            clock,
            null,
            false,
            new io.taskdeck.ui.common.DateText(java.util.Locale.US));
    vm.nameProperty().set("once");
    vm.commandProperty().set("true");
    vm.schedule().zoneProperty().set("Europe/Berlin");
    vm.schedule().onceDateProperty().set("2026-03-05");
    vm.schedule().onceTimeProperty().set("14:30");
    assertThat(vm.spec().orElseThrow().schedule())
        .isEqualTo(new Schedule.Once(Instant.parse("2026-03-05T13:30:00Z")));
    vm.schedule().onceDateProperty().set("3/5/26");
    assertThat(vm.spec().orElseThrow().schedule())
        .isEqualTo(new Schedule.Once(Instant.parse("2026-03-05T13:30:00Z")));
    vm.schedule().onceDateProperty().set("5.3.2026");
    assertThat(vm.errors().get("schedule.at"))
        .isEqualTo("date must look like 2026-03-02 or 3/2/26, got '5.3.2026'");
  }

  @Test
  void anEditedIntervalKeepsTheStartEndAndRepeatItDoesNotShow() {
    Schedule.Interval interval =
        new Schedule.Interval(
            Duration.ofMinutes(5),
            Instant.parse("2026-03-03T12:00:00Z"),
            Instant.parse("2026-03-06T12:00:00Z"),
            10);
    Task original =
        service.schedule(
            TaskSpec.builder()
                .name("poll")
                .payload(ShellPayload.of("true"))
                .schedule(interval)
                .build());
    TaskEditorViewModel vm = editor(original, false);
    vm.schedule().intervalAmountProperty().set("10");
    assertThat(vm.spec().orElseThrow().schedule())
        .isEqualTo(
            new Schedule.Interval(
                Duration.ofMinutes(10), interval.startAt(), interval.endAt(), 10));
    assertThat(vm.dirtyBinding().get()).isTrue();
    vm.schedule().intervalAmountProperty().set("5");
    assertThat(vm.dirtyBinding().get()).isFalse();
  }
}
