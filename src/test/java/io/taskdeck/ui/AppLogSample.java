package io.taskdeck.ui;

/** A few lines of application log for the screenshots. */
final class AppLogSample {
  static final String TEXT =
      """
      2026-03-02 10:29:51.204 INFO  [main] io.taskdeck.app.Launcher - Taskdeck 0.1.0 starting, data dir /home/ops/.taskdeck
      2026-03-02 10:29:51.611 INFO  [main] io.taskdeck.store.Database - Flyway: schema is up to date (version 3)
      2026-03-02 10:29:52.034 INFO  [main] io.taskdeck.engine.TaskEngine - Engine started on node worker-a:40212 (executing, 8 worker threads)
      2026-03-02 10:29:52.040 INFO  [main] io.taskdeck.engine.Reconciler - Reconciliation: 0 tasks without trigger, 0 orphan triggers
      2026-03-02 10:30:00.012 INFO  [worker-3] io.taskdeck.engine.ShellJob - Task Sync CRM contacts attempt 1 started
      2026-03-02 10:30:00.398 INFO  [worker-3] io.taskdeck.engine.ExecutionRecorder - Task Sync CRM contacts attempt 1 SUCCESS in 386 ms
      2026-03-02 10:30:20.118 WARN  [worker-1] io.taskdeck.engine.RetryListener - Task Send invoice reminders attempt 2 failed (HTTP 503); next attempt in 20 s
      """;

  private AppLogSample() {}
}
