package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.ValidationException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class DatabaseTest {

  @Test
  void anUnreachablePostgresFailsWithOneLineNamingTheUrlWithoutThePassword() {
    DatabaseConfig cfg =
        new DatabaseConfig(
            "jdbc:postgresql://127.0.0.1:1/nowhere?user=x&password=hunter2",
            "x",
            "hunter2",
            2,
            Duration.ofMillis(500));

    assertThatThrownBy(() -> Database.open(cfg))
        .isInstanceOf(StoreUnavailableException.class)
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/nowhere")
        .hasMessageNotContaining("hunter2")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void configToStringNeverShowsThePassword() {
    DatabaseConfig cfg =
        DatabaseConfig.of("jdbc:postgresql://db:5432/prod?password=s3cret", "u", "s3cret");

    assertThat(cfg.toString()).doesNotContain("s3cret").contains("db:5432/prod");
  }

  @Test
  void displayNamesShowVendorAndLocationOnly() {
    assertThat(
            JdbcUrls.displayName("jdbc:postgresql://127.0.0.1:5432/test?user=postgres&password=pw"))
        .isEqualTo("PostgreSQL 127.0.0.1:5432/test");
    assertThat(JdbcUrls.displayName("jdbc:h2:file:/home/x/.taskdeck/taskdeck;AUTO_SERVER=TRUE"))
        .isEqualTo("H2 /home/x/.taskdeck/taskdeck");
  }

  @Test
  void theDefaultH2UrlSharesTheFileAndWritesAtOnce() {
    assertThat(Database.defaultH2Url(Path.of("/data")))
        .isEqualTo("jdbc:h2:file:/data/taskdeck;AUTO_SERVER=TRUE;WRITE_DELAY=0");
  }

  @Test
  void h2FileUrlsAreOpenedThroughTheInterruptSafeFileSystem() {
    assertThat(JdbcUrls.interruptSafe("jdbc:h2:file:/data/taskdeck;AUTO_SERVER=TRUE"))
        .isEqualTo("jdbc:h2:retry:/data/taskdeck;AUTO_SERVER=TRUE");
    assertThat(JdbcUrls.interruptSafe("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
    assertThat(JdbcUrls.interruptSafe("jdbc:postgresql://h/db"))
        .isEqualTo("jdbc:postgresql://h/db");
  }

  @Test
  void interruptingAThreadThatWritesToH2DoesNotCloseTheDatabase(@TempDir Path temp)
      throws Exception {
    try (Database db = Database.open(DatabaseConfig.of(Database.defaultH2Url(temp), "sa", ""))) {
      Jdbc jdbc = new Jdbc(db.dataSource());
      jdbc.update("CREATE TABLE scratch (id INT PRIMARY KEY)");
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; i < 3000; i++) {
                  try {
                    jdbc.update("INSERT INTO scratch (id) VALUES (?)", i);
                  } catch (RuntimeException e) {
                    // an interrupted insert may fail; the database must survive it
                  }
                  Thread.interrupted();
                }
              });
      writer.start();
      while (writer.isAlive()) {
        writer.interrupt();
        writer.join(2);
      }
      assertThat(jdbc.query("SELECT COUNT(*) FROM scratch", rs -> rs.getInt(1)).get(0))
          .isPositive();
    }
  }

  @Test
  void anUnsupportedUrlIsRejectedNamingTheDbField() {
    assertThatThrownBy(() -> DatabaseConfig.of("jdbc:mysql://x/y", null, null).vendor())
        .isInstanceOf(ValidationException.class)
        .extracting(e -> ((ValidationException) e).field())
        .isEqualTo("db");
  }
}
