import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.taskdeck.core.*;
import io.taskdeck.engine.*;
import io.taskdeck.store.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;

/** One-off: the Tasks view's queries (TaskService.list) with 500,000 tasks stored in H2. */
public class Page500k {
  public static void main(String[] a) throws Exception {
    Path dir = Files.createTempDirectory("page500k");
    int n = Integer.parseInt(a[0]);
    try (Database db = Database.open(DatabaseConfig.of(Database.defaultH2Url(dir), null, null))) {
      TaskEngine engine = new TaskEngine(db, EngineConfig.builder().nodeId("page").execute(false).build(), new SimpleMeterRegistry());
      engine.start();
      TaskService s = engine.service();
      s.scheduleAll(List.of(TaskSpec.builder().name("template").schedule(new Schedule.Once(java.time.Instant.parse("2099-01-01T00:00:00Z"))).build()));
      long t0 = System.nanoTime();
      try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
        st.executeUpdate("INSERT INTO task (task_id, task_name, task_group, description, task_type, payload, schedule_kind, run_at,"
            + " priority, retry_max_attempts, retry_initial_ms, retry_multiplier, retry_max_delay_ms, retry_jitter, misfire, timeout_ms,"
            + " status, execution_time, retry_count, last_outcome, revision, created_at, updated_at)"
            + " SELECT RANDOM_UUID(), 'task ' || x, CASE WHEN MOD(x, 10) = 0 THEN 'ops' END, NULL, task_type, payload, schedule_kind, run_at,"
            + " priority, retry_max_attempts, retry_initial_ms, retry_multiplier, retry_max_delay_ms, retry_jitter, misfire, timeout_ms,"
            + " CASE WHEN MOD(x, 7) = 0 THEN 'FAILED' ELSE 'COMPLETED' END, NULL, 1, 'SUCCESS', 1,"
            + " DATEADD('SECOND', -x, created_at), updated_at FROM task, SYSTEM_RANGE(1, " + (n - 1) + ") WHERE task_name = 'template'");
      }
      System.out.printf("inserted %d rows in %.1f s%n", n - 1, (System.nanoTime() - t0) / 1e9);
      for (int i = 0; i < 3; i++) {
        time("first page (100, newest first)", () -> s.list(TaskQuery.all().withLimit(100)));
        Page<Task> p = s.list(TaskQuery.all().withLimit(100));
        time("next page via cursor", () -> s.list(TaskQuery.all().withLimit(100).withCursor(p.nextCursor())));
        time("status FAILED filter", () -> s.list(new TaskQuery(Set.of(TaskStatus.FAILED), null, null, null, 100, null)));
        time("group ops filter", () -> s.list(new TaskQuery(Set.of(), null, "ops", null, 100, null)));
        time("text search 'task 4999'", () -> s.list(new TaskQuery(Set.of(), null, null, "task 4999", 100, null)));
        time("count by status", s::countByStatus);
      }
      engine.stop();
    }
  }

  static void time(String what, java.util.function.Supplier<?> q) {
    long t = System.nanoTime();
    q.get();
    System.out.printf("%-32s %8.1f ms%n", what, (System.nanoTime() - t) / 1e6);
  }
}
