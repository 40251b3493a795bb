package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("db")
class MigrationsTest {
  private static final List<String> OUR_TABLES =
      List.of("task", "task_execution_log", "dead_letter");

  @TempDir Path temp;

  @Test
  void bothVendorTreesHoldTheSameMigrationVersions() throws Exception {
    List<String> h2 = versions(Vendor.H2);
    List<String> pg = versions(Vendor.POSTGRESQL);
    assertThat(h2).isNotEmpty().containsExactlyElementsOf(pg).contains("V1", "V2");
  }

  @Test
  void aFreshH2DatabaseMigratesAndValidates() throws Exception {
    try (TestDatabase tdb = TestDatabases.h2(temp)) {
      assertMigratesAndValidates(tdb);
    }
  }

  @Test
  void aFreshPostgresSchemaMigratesAndValidates() throws Exception {
    try (TestDatabase tdb = TestDatabases.postgres()) {
      assertMigratesAndValidates(tdb);
    }
  }

  private static void assertMigratesAndValidates(TestDatabase tdb) throws SQLException {
    try (Database db = tdb.open()) {
      Flyway flyway =
          Flyway.configure()
              .dataSource(db.dataSource())
              .locations("classpath:" + db.vendor().migrationLocation())
              .load();
      assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
      assertThat(flyway.info().applied())
          .hasSize(flyway.info().all().length)
          .hasSizeGreaterThanOrEqualTo(2);
      try (Connection c = db.dataSource().getConnection()) {
        for (String table : OUR_TABLES) {
          assertThat(tableExists(c, table)).as(table).isTrue();
        }
        assertThat(tableExists(c, "qrtz_triggers")).isTrue();
        assertThat(tableExists(c, "qrtz_fired_triggers")).isTrue();
      }
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    String schema = c.getSchema();
    for (String name : List.of(table.toUpperCase(Locale.ROOT), table.toLowerCase(Locale.ROOT))) {
      try (ResultSet rs = c.getMetaData().getTables(null, schema, name, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> versions(Vendor vendor) throws IOException, URISyntaxException {
    URL dir = MigrationsTest.class.getClassLoader().getResource(vendor.migrationLocation());
    assertThat(dir).as(vendor.migrationLocation()).isNotNull();
    try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("V"))
          .map(n -> n.substring(0, n.indexOf("__")))
          .sorted()
          .toList();
    }
  }
}
