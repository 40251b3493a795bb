package io.taskdeck.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.core.MisfirePolicy;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import io.taskdeck.ui.common.Formats;
import io.taskdeck.ui.testing.FakeTaskService;
import io.taskdeck.ui.testing.SyncUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TaskDetailViewModelTest {
  private final TaskDetailViewModel detail =
      new TaskDetailViewModel(
          new FakeTaskService(Clock.systemUTC()),
          q -> new io.taskdeck.core.Page<>(List.of(), null),
          new SyncUiExecutor(),
          new Formats(ZoneOffset.UTC));

  private Map<String, String> rows(TaskSpec spec) {
    Task t =
        new Task(
            UUID.randomUUID(),
            spec,
            TaskStatus.SCHEDULED,
            null,
            null,
            0,
            Instant.EPOCH,
            Instant.EPOCH);
    return detail.describe(t).stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  void secretLookingEnvironmentValuesAreMaskedLikeSecretHeaders() {
    Map<String, String> rows =
        rows(
            TaskSpec.builder()
                .name("deploy")
                .payload(
                    new ShellPayload(
                        "deploy.sh",
                        null,
                        Map.of(
                            "API_KEY",
                            "abc123secret",
                            "DB_PASSWORD",
                            "pw",
                            "AWS_SECRET_ACCESS_KEY",
                            "aws",
                            "REGION",
                            "eu-west-1")))
                .build());
    assertThat(rows.get("Environment"))
        .doesNotContain("abc123secret", "pw\n", "aws")
        .contains("REGION=eu-west-1")
        .contains("API_KEY=****");
  }

  @Test
  void codesReadAsWords() {
    Map<String, String> rows =
        rows(
            TaskSpec.builder()
                .name("nightly")
                .payload(ShellPayload.of("true"))
                .schedule(new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin")))
                .misfire(MisfirePolicy.SKIP)
                .retry(new RetryPolicy(3, Duration.ofSeconds(5), 2.0, Duration.ofHours(1), 0.25))
                .timeout(Duration.ofMinutes(90))
                .build());
    assertThat(rows.get("Type")).isEqualTo("Shell command");
    assertThat(rows.get("Schedule"))
        .isEqualTo("at 02:00 every day (Europe/Berlin) · cron 0 0 2 * * ?");
    assertThat(rows.get("Misfire")).isEqualTo("Skip missed runs");
    assertThat(rows.get("Retry")).isEqualTo("3 attempts, 5 s × 2.0 up to 1 h, ± 25%");
    assertThat(rows.get("Timeout")).isEqualTo("1 h 30 min");
  }
}
