package io.taskdeck.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Creates stock Quartz's tables from the scripts shipped inside the Quartz jar, plus the table the
 * baseline's jobs record their executions in ({@link RecordingTable}). {@code tables_h2.sql} has no
 * secondary indexes, so the indexes of {@code tables_postgres.sql} are added on H2 (as Taskdeck's
 * own migration does); DROP and COMMIT statements are skipped.
 */
final class BaselineSchema {
  private static final String SCRIPTS = "/org/quartz/impl/jdbcjobstore/";

  private BaselineSchema() {}

  /**
   * Creates the tables unless a previous opening of the same database did (see {@link
   * HandOverTarget}).
   */
  static void createIfAbsent(DataSource dataSource, boolean postgres) {
    if (!RecordingTable.exists(dataSource)) {
      create(dataSource, postgres);
    }
  }

  static void create(DataSource dataSource, boolean postgres) {
    List<String> statements = new ArrayList<>();
    List<String> pg = statements(read("tables_postgres.sql"));
    if (postgres) {
      statements.addAll(pg);
    } else {
      statements.addAll(statements(read("tables_h2.sql")));
      pg.stream()
          .filter(s -> s.toUpperCase(Locale.ROOT).startsWith("CREATE INDEX"))
          .forEach(statements::add);
    }
    statements.add(RecordingTable.CREATE);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot create the Quartz baseline tables: " + e.getMessage(), e);
    }
  }

  /** The executable statements of a script: comments, DROP and COMMIT removed. */
  static List<String> statements(String script) {
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("--")) {
        sql.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String statement : sql.toString().split(";")) {
      String s = statement.trim();
      String upper = s.toUpperCase(Locale.ROOT);
      if (!s.isEmpty() && !upper.startsWith("DROP ") && !upper.equals("COMMIT")) {
        out.add(s);
      }
    }
    return out;
  }

  private static String read(String name) {
    try (InputStream in = BaselineSchema.class.getResourceAsStream(SCRIPTS + name)) {
      if (in == null) {
        throw new IllegalStateException("the Quartz jar has no " + SCRIPTS + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the Quartz jar", e);
    }
  }
}
