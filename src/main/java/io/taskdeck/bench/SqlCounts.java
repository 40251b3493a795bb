package io.taskdeck.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Small counting queries the harness runs on the benchmark database. */
final class SqlCounts {
  private SqlCounts() {}

  /** Runs a {@code SELECT COUNT(*)} with string parameters. */
  static long count(DataSource dataSource, String sql, String... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run " + sql + ": " + e.getMessage(), e);
    }
  }

  /** True while Quartz's cluster still lists {@code instanceId} (recovery deletes the row). */
  static boolean schedulerListed(DataSource dataSource, String instanceId) {
    return count(
            dataSource,
            "SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE INSTANCE_NAME = ?",
            instanceId)
        > 0;
  }
}
