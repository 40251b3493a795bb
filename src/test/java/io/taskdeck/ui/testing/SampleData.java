package io.taskdeck.ui.testing;

import io.taskdeck.core.Execution;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.core.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** Realistic tasks and runs for screenshots and GUI tests. */
public final class SampleData {
  private final FakeTaskService service;
  private final Instant now;
  private long logId = 1000;

  public SampleData(FakeTaskService service, Instant now) {
    this.service = service;
    this.now = now;
  }

  public void fill() {
    Task backup =
        task(
            "Backup shop database",
            "ops",
            "Nightly pg_dump of the shop schema",
            new ShellPayload(
                "pg_dump shop > /backup/shop-$(date +%F).sql",
                "/var/backups", Map.of("PGHOST", "db.internal", "PGPASSWORD", "s3cret")),
            new Schedule.Cron("0 0 2 * * ?", ZoneId.of("Europe/Berlin")),
            8,
            TaskStatus.SCHEDULED,
            ExecutionStatus.SUCCESS,
            0,
            hours(14));
    Task sync =
        task(
            "Sync CRM contacts",
            "integrations",
            "Pulls changed contacts from the CRM",
            new HttpPayload(
                "POST",
                "https://crm.example.com/api/sync",
                Map.of("Authorization", "Bearer abc", "Content-Type", "application/json"),
                "{\"since\":\"-15m\"}",
                StatusRange.SUCCESS),
            Schedule.Interval.every(Duration.ofMinutes(15)),
            5,
            TaskStatus.SCHEDULED,
            ExecutionStatus.SUCCESS,
            0,
            Duration.ofMinutes(9));
    Task invoices =
        task(
            "Send invoice reminders",
            "billing",
            null,
            new HttpPayload(
                "POST",
                "https://billing.example.com/reminders",
                Map.of(),
                null,
                StatusRange.SUCCESS),
            new Schedule.Cron("0 30 9 ? * MON-FRI", ZoneId.of("Europe/London")),
            6,
            TaskStatus.RETRYING,
            ExecutionStatus.RETRIED,
            2,
            Duration.ofSeconds(20));
    Task logs =
        task(
            "Rotate nginx logs",
            "ops",
            null,
            ShellPayload.of("logrotate -f /etc/logrotate.d/nginx"),
            new Schedule.Cron("0 0 * * * ?", ZoneId.of("UTC")),
            4,
            TaskStatus.RUNNING,
            ExecutionStatus.SUCCESS,
            1,
            Duration.ofMinutes(60));
    Task warm =
        task(
            "Warm product cache",
            "shop",
            null,
            HttpPayload.get("https://shop.example.com/internal/warm"),
            Schedule.Interval.every(Duration.ofMinutes(5)),
            5,
            TaskStatus.PAUSED,
            ExecutionStatus.SUCCESS,
            0,
            null);
    Task report =
        task(
            "Monthly revenue report",
            "finance",
            "PDF to the finance mailbox",
            ShellPayload.of("python3 reports/revenue.py --month last --mail finance@example.com"),
            new Schedule.Cron("0 0 6 1 * ?", ZoneId.of("America/New_York")),
            7,
            TaskStatus.SCHEDULED,
            ExecutionStatus.FAILED,
            0,
            Duration.ofDays(4));
    Task migrate =
        task(
            "Migrate legacy orders",
            "shop",
            "One-off import",
            ShellPayload.of("./bin/migrate-orders --batch 5000"),
            new Schedule.Once(now.minus(Duration.ofHours(3))),
            9,
            TaskStatus.COMPLETED,
            ExecutionStatus.SUCCESS,
            1,
            null);
    Task webhook =
        task(
            "Notify partner webhook",
            "integrations",
            null,
            new HttpPayload(
                "POST",
                "https://partner.example.net/hooks/taskdeck",
                Map.of("X-Api-Token", "t0k3n"),
                "{}",
                StatusRange.parse("200-204")),
            Schedule.Once.now(),
            5,
            TaskStatus.FAILED,
            ExecutionStatus.FAILED,
            3,
            null);
    task(
        "Heartbeat marker",
        "monitoring",
        null,
        NoopPayload.INSTANCE,
        Schedule.Interval.every(Duration.ofMinutes(1)),
        1,
        TaskStatus.SCHEDULED,
        ExecutionStatus.SUCCESS,
        0,
        Duration.ofSeconds(35));
    task(
        "Old cleanup job",
        "ops",
        null,
        ShellPayload.of("find /tmp -mtime +7 -delete"),
        Schedule.Interval.every(Duration.ofHours(6)),
        3,
        TaskStatus.CANCELLED,
        ExecutionStatus.SUCCESS,
        0,
        null);
    task(
        "Refresh exchange rates",
        "finance",
        null,
        HttpPayload.get("https://rates.example.org/v1/latest?base=EUR"),
        new Schedule.Cron("0 0 */4 * * ?", ZoneId.of("UTC")),
        5,
        TaskStatus.SCHEDULED,
        ExecutionStatus.SUCCESS,
        0,
        Duration.ofMinutes(100));
    runs(backup, sync, invoices, logs, report, migrate, webhook);
  }

  private static Duration hours(int h) {
    return Duration.ofHours(h);
  }

  private Task task(
      String name,
      String group,
      String description,
      Payload payload,
      Schedule schedule,
      int priority,
      TaskStatus status,
      ExecutionStatus last,
      int attempts,
      Duration nextIn) {
    TaskSpec spec =
        TaskSpec.builder()
            .name(name)
            .group(group)
            .description(description)
            .payload(payload)
            .schedule(schedule)
            .priority(priority)
            .retry(RetryPolicy.DEFAULT)
            .build();
    Task t =
        new Task(
            UUID.randomUUID(),
            spec,
            status,
            nextIn == null ? null : now.plus(nextIn),
            last,
            attempts,
            now.minus(Duration.ofDays(12)),
            now.minus(Duration.ofMinutes(3)));
    service.put(t);
    return t;
  }

  private void runs(
      Task backup, Task sync, Task invoices, Task logs, Task report, Task migrate, Task webhook) {
    for (int day = 6; day >= 1; day--) {
      run(
          backup,
          now.minus(Duration.ofDays(day)).minus(Duration.ofHours(8)),
          1,
          ExecutionStatus.SUCCESS,
          0,
          null,
          Duration.ofSeconds(41 + day),
          "pg_dump: dumping 214 tables\npg_dump: wrote 1.8 GiB to /var/backups/shop.sql\n",
          null);
    }
    for (int i = 12; i >= 1; i--) {
      run(
          sync,
          now.minus(Duration.ofMinutes(15L * i)),
          1,
          ExecutionStatus.SUCCESS,
          null,
          200,
          Duration.ofMillis(380 + 17L * i),
          "{\"synced\": " + (40 + i) + ", \"skipped\": 0}",
          null);
    }
    run(
        report,
        now.minus(Duration.ofDays(26)),
        1,
        ExecutionStatus.FAILED,
        1,
        null,
        Duration.ofSeconds(3),
        "Loading ledger for 2026-01…\nRendering 14 pages…\n[stderr]\nTraceback (most recent call last):\n  File \"reports/revenue.py\", line 88, in send\n    smtp.connect(host, 587)\nConnectionRefusedError: [Errno 111] Connection refused (smtp.example.com:587)\n",
        "exit code 1");
    run(
        migrate,
        now.minus(Duration.ofHours(3)),
        1,
        ExecutionStatus.SUCCESS,
        0,
        null,
        Duration.ofMinutes(7).plusSeconds(12),
        "migrated 48,210 orders in 10 batches\n",
        null);
    run(
        invoices,
        now.minus(Duration.ofMinutes(2)),
        1,
        ExecutionStatus.RETRIED,
        null,
        503,
        Duration.ofMillis(1200),
        "<html><body>Service Unavailable</body></html>",
        "expected HTTP 200-299, got 503");
    run(
        invoices,
        now.minus(Duration.ofSeconds(40)),
        2,
        ExecutionStatus.RETRIED,
        null,
        503,
        Duration.ofMillis(1100),
        "<html><body>Service Unavailable</body></html>",
        "expected HTTP 200-299, got 503");
    run(
        webhook,
        now.minus(Duration.ofMinutes(50)),
        3,
        ExecutionStatus.TIMED_OUT,
        null,
        null,
        Duration.ofSeconds(30),
        "",
        "no response within the timeout of PT30S");
    run(
        logs,
        now.minus(Duration.ofMinutes(60)),
        1,
        ExecutionStatus.SUCCESS,
        0,
        null,
        Duration.ofMillis(850),
        "rotating /var/log/nginx/access.log\n",
        null);
  }

  private void run(
      Task t,
      Instant start,
      int attempt,
      ExecutionStatus status,
      Integer exit,
      Integer http,
      Duration took,
      String output,
      String error) {
    String node = attempt % 2 == 0 ? "worker-b:41877" : "worker-a:40212";
    service.record(
        new Execution(
            logId++,
            t.id(),
            attempt,
            node,
            start,
            start.plusMillis(12),
            start.plus(took),
            status,
            exit,
            http,
            output,
            error));
  }
}
