package io.taskdeck.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.taskdeck.core.CalendarService;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskQuery;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.core.definitions.ApplyPlan;
import io.taskdeck.core.definitions.ApplyPlan.Action;
import io.taskdeck.core.definitions.Definitions;
import io.taskdeck.core.definitions.DefinitionsException;
import io.taskdeck.core.definitions.DefinitionsFormat;
import io.taskdeck.core.definitions.DefinitionsProblem;
import io.taskdeck.core.definitions.DefinitionsReader;
import io.taskdeck.core.definitions.DefinitionsService;
import io.taskdeck.core.definitions.DefinitionsWriter;
import io.taskdeck.core.definitions.FileSchema;
import io.taskdeck.core.definitions.SampleDefinitions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export and apply (docs/export.md) on the real engine. */
abstract class DefinitionsContractTest extends EngineContractBase {
  private DefinitionsService definitions;
  private CalendarService calendars;

  @BeforeEach
  void definitions() {
    definitions = h.engine().definitions();
    calendars = h.engine().calendars();
  }

  static String yaml(Definitions d) {
    return new DefinitionsWriter().write(d, DefinitionsFormat.YAML);
  }

  static Definitions read(String yaml) {
    return new DefinitionsReader()
        .read(yaml.getBytes(StandardCharsets.UTF_8), DefinitionsFormat.YAML);
  }

  /** Hourly from an hour from now: nothing runs during the test. */
  private static Schedule later() {
    return new Schedule.Interval(
        Duration.ofHours(1),
        java.time.Instant.now()
            .plus(Duration.ofHours(1))
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
        null,
        null);
  }

  private List<Task> all() {
    return tasks.list(TaskQuery.all().withLimit(1000)).items();
  }

  @Test
  void anExportAppliedToAnEmptyDatabaseExportsAsTheSameFile() {
    calendars.saveCalendar(SampleDefinitions.holidays());
    calendars.saveCalendar(SampleDefinitions.weekends());
    SampleDefinitions.all().tasks().forEach(tasks::schedule);
    String exported = yaml(definitions.export(null));

    try (EngineHarness other = new EngineHarness(database(temp.resolve("other")))) {
      other.start();
      ApplyPlan plan = other.engine().definitions().apply(read(exported), false, false);

      assertThat(plan.count(Action.CREATE)).isEqualTo(5);
      assertThat(yaml(other.engine().definitions().export(null))).isEqualTo(exported);
    }
    assertThat(read(exported).tasks())
        .containsExactlyInAnyOrderElementsOf(SampleDefinitions.all().tasks());
  }

  @Test
  void applyingTheSameFileTwiceChangesNothingTheSecondTimeAndRunsNothing() {
    TaskSpec hourly =
        TestTasks.noop("hourly")
            .group("ops")
            .schedule(Schedule.Interval.every(Duration.ofHours(1)))
            .build();
    String file = yaml(Definitions.of(List.of(SampleDefinitions.weekends()), List.of(hourly)));
    definitions.apply(read(file), false, false);
    Task created = all().get(0);
    await()
        .atMost(WAIT)
        .until(
            () ->
                h.executions(created.id()).size() == 1
                    && tasks.get(created.id()).status() == TaskStatus.SCHEDULED);
    Task before = tasks.get(created.id());

    ApplyPlan again = definitions.apply(read(file), false, false);

    assertThat(again.changes()).isEmpty();
    assertThat(again.unchanged()).isEqualTo(2);
    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> h.executions(created.id()).size() == 1);
    assertThat(tasks.get(created.id()))
        .satisfies(
            t -> {
              assertThat(t.revision()).isEqualTo(before.revision());
              assertThat(t.nextRun()).isEqualTo(before.nextRun());
            });
    assertThat(all()).hasSize(1);
  }

  @Test
  void anUpdateNamesItsChangedFieldsKeepsTheDueTimeAndRunsNothing() {
    TaskSpec hourly =
        TestTasks.noop("hourly").schedule(Schedule.Interval.every(Duration.ofHours(1))).build();
    definitions.apply(Definitions.of(List.of(), List.of(hourly)), false, false);
    Task created = all().get(0);
    await()
        .atMost(WAIT)
        .until(
            () ->
                h.executions(created.id()).size() == 1
                    && tasks.get(created.id()).status() == TaskStatus.SCHEDULED);
    Task before = tasks.get(created.id());

    ApplyPlan plan =
        definitions.apply(
            Definitions.of(
                List.of(),
                List.of(hourly.toBuilder().description("now documented").priority(7).build())),
            false,
            false);

    assertThat(plan.changes())
        .extracting(ApplyPlan.Change::describe)
        .containsExactly("update task hourly: description, priority");
    await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> h.executions(created.id()).size() == 1);
    assertThat(tasks.get(created.id()).nextRun()).isEqualTo(before.nextRun());
    assertThat(tasks.get(created.id()).spec().priority()).isEqualTo(7);
  }

  @Test
  void aOneShotTaskThatHasRunIsNotCreatedAgainByTheSameFile() {
    String file = yaml(Definitions.of(List.of(), List.of(TestTasks.noop("once now").build())));
    definitions.apply(read(file), false, false);
    await().atMost(WAIT).until(() -> all().get(0).status() == TaskStatus.COMPLETED);

    ApplyPlan again = definitions.apply(read(file), false, false);

    assertThat(again.changes()).isEmpty();
    assertThat(all()).hasSize(1);
    assertThat(h.executions(all().get(0).id())).hasSize(1);
  }

  @Test
  void aBadFileReportsEveryErrorWithItsLineAndColumnAndAppliesNothing() {
    String file =
        """
        version: 1
        calendars:
        - name: weekends
          kind: weekly
          excluded_days: [SATURDAY, SUNDAY]
        tasks:
        - name: fine
          group: ops
        - name: bad cron
          schedule:
            kind: cron
            expression: every day at two
        - name: fine
          group: ops
        - name: unknown calendar
          calendar: holidays
        - name: wrong type
          priority: high
        """;

    assertThatThrownBy(() -> definitions.apply(read(file), false, false))
        .isInstanceOfSatisfying(
            DefinitionsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(
                        DefinitionsProblem::field,
                        DefinitionsProblem::line,
                        DefinitionsProblem::column)
                    .containsExactly(
                        Tuple.tuple("tasks[1].schedule.expression", 12, 5),
                        Tuple.tuple("tasks[2].name", 13, 3),
                        Tuple.tuple("tasks[3].calendar", 16, 3),
                        Tuple.tuple("tasks[4].priority", 18, 3)));
    assertThat(all()).isEmpty();
    assertThat(calendars.calendars()).isEmpty();
  }

  @Test
  void aScheduleThatTheFilesOwnCalendarLeavesNoTimeForIsRefusedBeforeAnythingIsWritten() {
    String file =
        """
        version: 1
        calendars:
        - name: weekends
          kind: weekly
          excluded_days: [SATURDAY, SUNDAY]
        tasks:
        - name: fine
        - name: on a saturday
          schedule:
            kind: once
            at: 2030-01-05T10:00:00Z
          calendar: weekends
        """;

    assertThatThrownBy(() -> definitions.apply(read(file), false, false))
        .isInstanceOfSatisfying(
            DefinitionsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionsProblem::field, DefinitionsProblem::line)
                    .containsExactly(Tuple.tuple("tasks[1].schedule", 9)));
    assertThat(all()).isEmpty();
    assertThat(calendars.calendars()).isEmpty();
  }

  @Test
  void aDryRunPrintsThePlanAndChangesNothing() {
    Schedule later =
        new Schedule.Interval(
            Duration.ofHours(1),
            java.time.Instant.now()
                .plus(Duration.ofHours(1))
                .truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
            null,
            null);
    TaskSpec keep = TestTasks.noop("keep").group("ops").schedule(later).build();
    TaskSpec change = TestTasks.noop("change").group("ops").schedule(later).build();
    TaskSpec drop = TestTasks.noop("drop").group("ops").schedule(later).build();
    List.of(keep, change, drop).forEach(tasks::schedule);
    String before = yaml(definitions.export(null));
    TaskSpec added = TestTasks.noop("added").group("ops").schedule(later).build();

    ApplyPlan plan =
        definitions.apply(
            Definitions.of(List.of(), List.of(keep, change.toBuilder().priority(9).build(), added)),
            true,
            true);

    assertThat(plan.applied()).isFalse();
    assertThat(plan.changes())
        .extracting(ApplyPlan.Change::describe)
        .containsExactly(
            "update task ops/change: priority", "create task ops/added", "cancel task ops/drop");
    assertThat(plan.summary())
        .isEqualTo("1 to create, 1 to update, 1 to cancel, 1 unchanged (dry run: nothing changed)");
    assertThat(yaml(definitions.export(null))).isEqualTo(before);
    assertThat(all())
        .hasSize(3)
        .allSatisfy(t -> assertThat(t.status()).isEqualTo(TaskStatus.SCHEDULED));
  }

  @Test
  void pruneCancelsTheLiveTasksOfTheFilesGroupsThatItNoLongerNames() {
    TaskSpec kept = TestTasks.noop("kept").group("ops").schedule(later()).build();
    Task gone = tasks.schedule(TestTasks.noop("gone").group("ops").schedule(later()).build());
    Task otherGroup =
        tasks.schedule(TestTasks.noop("etl job").group("etl").schedule(later()).build());
    Task noGroup = tasks.schedule(TestTasks.noop("loose").schedule(later()).build());
    tasks.schedule(kept);

    ApplyPlan withoutPrune =
        definitions.apply(Definitions.of(List.of(), List.of(kept)), false, false);
    assertThat(withoutPrune.changes()).isEmpty();
    ApplyPlan pruned = definitions.apply(Definitions.of(List.of(), List.of(kept)), true, false);

    assertThat(pruned.changes())
        .extracting(ApplyPlan.Change::describe)
        .containsExactly("cancel task ops/gone");
    assertThat(tasks.get(gone.id()).status()).isEqualTo(TaskStatus.CANCELLED);
    assertThat(tasks.get(otherGroup.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
    assertThat(tasks.get(noGroup.id()).status()).isEqualTo(TaskStatus.SCHEDULED);
  }

  @Test
  void aMaskedSecretKeepsTheStoredValueAndIsRefusedForANewTask() {
    TaskSpec dump =
        TestTasks.noop("dump")
            .payload(
                new ShellPayload(
                    "true", null, Map.of("API_TOKEN", "s3cret", "MODE", "full"), Set.of()))
            .build();
    Task stored =
        tasks.schedule(
            dump.toBuilder()
                .schedule(new Schedule.Once(java.time.Instant.parse("2031-01-01T00:00:00Z")))
                .build());
    String exported = yaml(definitions.export(null));
    assertThat(exported).contains("API_TOKEN: '****'").doesNotContain("s3cret");

    ApplyPlan plan =
        definitions.apply(read(exported.replace("MODE: full", "MODE: quick")), false, false);

    assertThat(plan.changes())
        .extracting(ApplyPlan.Change::describe)
        .containsExactly("update task dump: payload.env.MODE");
    assertThat(((ShellPayload) tasks.get(stored.id()).spec().payload()).env())
        .containsEntry("API_TOKEN", "s3cret")
        .containsEntry("MODE", "quick");
    assertThatThrownBy(
            () ->
                definitions.apply(
                    read(exported.replace("name: dump", "name: dump copy")), false, false))
        .isInstanceOfSatisfying(
            DefinitionsException.class,
            e ->
                assertThat(e.problems())
                    .extracting(DefinitionsProblem::field)
                    .containsExactly("tasks[0].payload.env.API_TOKEN"));
  }

  @Test
  void anExportValidatesAgainstTheDocumentedSchema() {
    calendars.saveCalendar(SampleDefinitions.holidays());
    calendars.saveCalendar(SampleDefinitions.weekends());
    SampleDefinitions.all().tasks().forEach(tasks::schedule);

    Definitions exported = definitions.export(null);

    assertThat(FileSchema.errors(new DefinitionsWriter().write(exported, DefinitionsFormat.JSON)))
        .isEmpty();
    assertThat(FileSchema.errors(yaml(exported))).isEmpty();
  }
}
