package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleted rows give their space back: online after a purge, and fully at a clean shutdown. */
@Tag("db")
class H2CompactionTest {
  private static final int ROWS = 30_000;
  private static final String OUTPUT = "x".repeat(400);

  @TempDir Path temp;

  @Test
  void anEmbeddedFileShrinksOnlineAfterADeleteAndAgainAtShutdownKeepingWhatRemains()
      throws Exception {
    try (TestDatabase tdb = TestDatabases.h2(temp)) {
      Path file;
      long afterDelete;
      long online;
      try (Database db = tdb.open().compactingOnClose()) {
        Jdbc jdbc = new Jdbc(db.dataSource());
        insertRows(jdbc);
        file = mvFile();
        jdbc.update("DELETE FROM task_execution_log WHERE MOD(log_id, 10) <> 0");
        afterDelete = Files.size(file);

        long[] sizes = db.compactOnline(0, () -> true).orElseThrow();

        online = Files.size(file);
        assertThat(sizes[0]).isEqualTo(afterDelete);
        assertThat(online)
            .as("online: %,d of %,d bytes", online, afterDelete)
            .isLessThan(afterDelete / 2);
        assertThat(count(jdbc)).isEqualTo(ROWS / 10);
        assertThat(db.compactOnline(online * 4, () -> true))
            .as("smaller than the minimum size")
            .isEmpty();
      }
      long closed = Files.size(file);
      assertThat(closed).as("at shutdown: %,d of %,d bytes", closed, online).isLessThan(online);
      try (Database db = tdb.open()) {
        assertThat(count(new Jdbc(db.dataSource()))).isEqualTo(ROWS / 10);
      }
    }
  }

  @Test
  void compactingOnlineOnPostgresqlDoesNothing() {
    try (TestDatabase tdb = TestDatabases.postgres();
        Database db = tdb.open()) {
      assertThat(db.compactOnline(0, () -> true)).isEmpty();
    }
  }

  private static void insertRows(Jdbc jdbc) {
    Instant now = Instant.now();
    for (int chunk = 0; chunk < ROWS / 1000; chunk++) {
      jdbc.inTransaction(
          c -> {
            try (var ps =
                c.prepareStatement(
                    "INSERT INTO task_execution_log (task_id, attempt, node_id, scheduled_for,"
                        + " started_at, finished_at, status, output) VALUES (?, 1, 'n', ?, ?, ?, 'SUCCESS', ?)")) {
              for (int i = 0; i < 1000; i++) {
                Jdbc.bind(ps, UUID.randomUUID(), now, now, now, OUTPUT);
                ps.addBatch();
              }
              ps.executeBatch();
            }
            return null;
          });
    }
  }

  private static long count(Jdbc jdbc) {
    return jdbc.query("SELECT COUNT(*) FROM task_execution_log", rs -> rs.getLong(1)).get(0);
  }

  private Path mvFile() throws Exception {
    try (Stream<Path> files = Files.walk(temp)) {
      return files.filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow();
    }
  }
}
