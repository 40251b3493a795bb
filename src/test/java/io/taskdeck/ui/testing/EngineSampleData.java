package io.taskdeck.ui.testing;

import io.taskdeck.core.CalendarSpec;
import io.taskdeck.core.ExecutionStatus;
import io.taskdeck.core.HttpPayload;
import io.taskdeck.core.NoopPayload;
import io.taskdeck.core.Payload;
import io.taskdeck.core.RetryPolicy;
import io.taskdeck.core.Schedule;
import io.taskdeck.core.ShellPayload;
import io.taskdeck.core.StatusRange;
import io.taskdeck.core.Task;
import io.taskdeck.core.TaskService;
import io.taskdeck.core.TaskSpec;
import io.taskdeck.store.Jdbc;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Realistic data in the real engine, for screenshots: tasks created, paused and cancelled through
 * the engine's service, exclusion calendars through its calendar service, and a day of history
 * (attempts, retries, dead letters) written into the log and task rows as the engine writes them.
 */
public final class EngineSampleData {
  private final EngineBackend backend;
  private final TaskService service;
  private final Jdbc jdbc;
  private final Instant now = Instant.now();
  private final Random random = new Random(42);
  private final List<Object[]> rows = new java.util.ArrayList<>();

  public EngineSampleData(EngineBackend backend) {
    this.backend = backend;
    this.service = backend.tasks();
    this.jdbc = new Jdbc(backend.database().dataSource());
  }

  public void fill() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    backend
        .calendars()
        .saveCalendar(
            CalendarSpec.holidays(
                    "public-holidays",
                    berlin,
                    List.of(LocalDate.now(berlin).plusDays(9), LocalDate.now(berlin).plusDays(16)))
                .withDescription("Office closed"));
    backend
        .calendars()
        .saveCalendar(
            CalendarSpec.weekly("weekends", berlin, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)));
    backend
        .calendars()
        .saveCalendar(
            CalendarSpec.daily("release-freeze", berlin, LocalTime.of(12, 0), LocalTime.of(13, 30))
                .withDescription("No jobs during the daily release"));
    Task backup =
        task(
            "Backup shop database",
            "ops",
            "Nightly pg_dump of the shop schema",
            new ShellPayload(
                "pg_dump shop > /backup/shop-$(date +%F).sql",
                "/var/backups", Map.of("PGHOST", "db.internal", "PGPASSWORD", "s3cret")),
            new Schedule.Cron("0 0 2 * * ?", berlin),
            8,
            null);
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
            new Schedule.Interval(
                Duration.ofMinutes(15), now.plus(Duration.ofMinutes(9)), null, null),
            5,
            null);
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
            "weekends");
    Task rotate =
        task(
            "Rotate nginx logs",
            "ops",
            null,
            ShellPayload.of("logrotate -f /etc/logrotate.d/nginx"),
            new Schedule.Cron("0 0 * * * ?", ZoneId.of("UTC")),
            4,
            "release-freeze");
    Task warm =
        task(
            "Warm product cache",
            "shop",
            null,
            HttpPayload.get("https://shop.example.com/internal/warm"),
            Schedule.Interval.every(Duration.ofMinutes(5)),
            5,
            null);
    Task report =
        task(
            "Monthly revenue report",
            "finance",
            "PDF to the finance mailbox",
            ShellPayload.of("python3 reports/revenue.py --month last --mail finance@example.com"),
            new Schedule.Cron("0 0 6 1 * ?", ZoneId.of("America/New_York")),
            7,
            null);
    Task deploy =
        task(
            "Deploy storefront",
            "shop",
            "Blue-green switch after the nightly build",
            new ShellPayload(
                "./deploy.sh --switch",
                "/srv/shop",
                Map.of("API_KEY", "abc123secret", "REGION", "eu-west-1")),
            new Schedule.Once(now.plus(Duration.ofHours(5))),
            9,
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
            new Schedule.Once(now.plus(Duration.ofDays(2))),
            5,
            null);
    Task heartbeat =
        task(
            "Heartbeat marker",
            "monitoring",
            null,
            NoopPayload.INSTANCE,
            new Schedule.Interval(Duration.ofMinutes(1), now.plusSeconds(35), null, null),
            1,
            null);
    Task cleanup =
        task(
            "Old cleanup job",
            "ops",
            null,
            ShellPayload.of("find /tmp -mtime +7 -delete"),
            Schedule.Interval.every(Duration.ofHours(6)),
            3,
            null);
    task(
        "Refresh exchange rates",
        "finance",
        null,
        HttpPayload.get("https://rates.example.org/v1/latest?base=EUR"),
        new Schedule.Cron("0 0 */4 * * ?", ZoneId.of("UTC")),
        5,
        null);
    service.pause(warm.id());
    service.cancel(cleanup.id());
    history(backup, sync, invoices, rotate, report, webhook, heartbeat);
  }

  private Task task(
      String name,
      String group,
      String description,
      Payload payload,
      Schedule schedule,
      int priority,
      String calendar) {
    return service.schedule(
        TaskSpec.builder()
            .name(name)
            .group(group)
            .description(description)
            .payload(payload)
            .schedule(schedule)
            .priority(priority)
            .retry(RetryPolicy.DEFAULT)
            .calendar(calendar)
            .build());
  }

  private void history(
      Task backup,
      Task sync,
      Task invoices,
      Task rotate,
      Task report,
      Task webhook,
      Task heartbeat) {
    for (int day = 6; day >= 1; day--) {
      run(
          backup,
          now.minus(Duration.ofDays(day)).minus(Duration.ofHours(7)),
          1,
          ExecutionStatus.SUCCESS,
          0,
          null,
          Duration.ofSeconds(41 + day),
          "pg_dump: dumping 214 tables\npg_dump: wrote 1.8 GiB to /var/backups/shop.sql\n",
          null);
    }
    for (int i = 24; i >= 1; i--) {
      run(
          sync,
          now.minus(Duration.ofMinutes(15L * i)),
          1,
          i == 7 ? ExecutionStatus.FAILED : ExecutionStatus.SUCCESS,
          null,
          i == 7 ? 502 : 200,
          Duration.ofMillis(380 + 17L * i),
          "{\"synced\": " + (40 + i) + ", \"skipped\": 0}",
          i == 7 ? "expected HTTP 200-299, got 502" : null);
    }
    for (int m = 59; m >= 1; m--) {
      int n = 1 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        run(
            heartbeat,
            now.minus(Duration.ofMinutes(m)).plusSeconds(k * 7L),
            1,
            random.nextInt(40) == 0 ? ExecutionStatus.MISSED : ExecutionStatus.SUCCESS,
            null,
            null,
            Duration.ofMillis(3),
            "",
            null);
      }
    }
    run(
        report,
        now.minus(Duration.ofDays(5)),
        1,
        ExecutionStatus.FAILED,
        1,
        null,
        Duration.ofSeconds(3),
        "Loading ledger…\nRendering 14 pages…\n[stderr]\nTraceback (most recent call last):\n  File \"reports/revenue.py\", line 88,"
            + " in send\n    smtp.connect(host, 587)\nConnectionRefusedError: [Errno 111] Connection refused (smtp.example.com:587)\n",
        "exit code 1");
    deadLetter(
        report,
        "exit code 1: ConnectionRefusedError: [Errno 111] Connection refused (smtp.example.com:587)",
        now.minus(Duration.ofDays(5)));
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
    jdbc.update(
        "UPDATE task SET status = 'RETRYING', retry_count = 2, last_outcome = 'RETRIED', execution_time = ?"
            + " WHERE task_id = ?",
        now.plusSeconds(20),
        invoices.id());
    run(
        webhook,
        now.minus(Duration.ofMinutes(50)),
        3,
        ExecutionStatus.TIMED_OUT,
        null,
        null,
        Duration.ofSeconds(30),
        "",
        "no response within the timeout of 30 s");
    deadLetter(
        webhook,
        "timed out after 30 s\n\nattempt 3 of 3 on node srv-a",
        now.minus(Duration.ofMinutes(50)));
    jdbc.update(
        "UPDATE task SET status = 'FAILED', retry_count = 3, last_outcome = 'TIMED_OUT', execution_time = NULL"
            + " WHERE task_id = ?",
        webhook.id());
    run(
        rotate,
        now.minus(Duration.ofMinutes(60)),
        1,
        ExecutionStatus.SUCCESS,
        0,
        null,
        Duration.ofMillis(850),
        "rotating /var/log/nginx/access.log\n",
        null);
    flush();
    for (Task t : List.of(backup, sync, rotate, heartbeat)) {
      jdbc.update("UPDATE task SET last_outcome = 'SUCCESS' WHERE task_id = ?", t.id());
    }
    jdbc.update("UPDATE task SET last_outcome = 'FAILED' WHERE task_id = ?", report.id());
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
    rows.add(new Object[] {t, start, attempt, status, exit, http, took, output, error});
  }

  /**
   * Writes the buffered attempts in time order, so the log's newest-first order is the order they
   * ran in.
   */
  private void flush() {
    rows.sort(java.util.Comparator.comparing(r -> (Instant) r[1]));
    for (Object[] r : rows) {
      insert(
          (Task) r[0],
          (Instant) r[1],
          (Integer) r[2],
          (ExecutionStatus) r[3],
          (Integer) r[4],
          (Integer) r[5],
          (Duration) r[6],
          (String) r[7],
          (String) r[8]);
    }
    rows.clear();
  }

  private void insert(
      Task t,
      Instant start,
      int attempt,
      ExecutionStatus status,
      Integer exit,
      Integer http,
      Duration took,
      String output,
      String error) {
    boolean missed = status == ExecutionStatus.MISSED;
    jdbc.update(
        "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for, started_at, finished_at, status,"
            + " exit_code, http_status, output, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        t.id(),
        attempt,
        attempt % 2 == 0 ? "srv-b:41877" : "srv-a:40212",
        start.minusMillis(40),
        missed ? null : start,
        missed ? null : start.plus(took),
        status.name(),
        exit,
        http,
        output,
        error);
  }

  private void deadLetter(Task t, String error, Instant at) {
    jdbc.update(
        "INSERT INTO dead_letter (task_id, task_name, attempts, last_error, failed_at) VALUES (?, ?, 3, ?, ?)",
        t.id(),
        t.name(),
        error,
        at);
  }
}
