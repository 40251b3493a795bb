package io.taskdeck.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A very small JDBC template: parameters in, rows out. SQL errors come out sorted by {@link
 * SqlErrors}: refused data, a database that cannot answer now, or a fault; never with the values.
 */
public final class Jdbc {
  private final DataSource dataSource;

  public Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Maps one row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** Work with a connection in one transaction. */
  @FunctionalInterface
  public interface TxWork<T> {
    T run(Connection c) throws SQLException;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
    return inTransaction(c -> query(c, sql, mapper, params));
  }

  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
    List<T> rows = query(sql, mapper, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public int update(String sql, Object... params) {
    return inTransaction(c -> update(c, sql, params));
  }

  public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    }
  }

  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   *
   * <p>Once the commit succeeded, nothing turns the call into a failure: restoring autocommit and
   * closing the connection may fail (the connection broke right after the commit), and then the
   * pool discards the connection while the caller gets its result. A failure of the commit itself
   * leaves the outcome unknown; callers that must know (a start, a settlement) read the rows back.
   */
  public <T> T inTransaction(TxWork<T> work) {
    Connection c;
    try {
      c = dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlErrors.translate(e);
    }
    T result;
    boolean auto = true;
    try {
      auto = c.getAutoCommit();
      c.setAutoCommit(false);
      result = work.run(c);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c, e);
      closeQuietly(c, auto, e);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw SqlErrors.translate((SQLException) e);
    }
    closeQuietly(c, auto, null);
    return result;
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Restores autocommit and closes; a failure here never hides the result of the transaction. */
  private static void closeQuietly(Connection c, boolean auto, Exception cause) {
    try {
      c.setAutoCommit(auto);
    } catch (SQLException | RuntimeException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      if (cause != null) {
        cause.addSuppressed(e);
      }
    }
  }

  public static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant instant) {
        ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  /** The database's current time (the start of the transaction on PostgreSQL). */
  public static Instant databaseNow(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT CURRENT_TIMESTAMP");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  /** Reads a timestamp column as an Instant (null stays null). */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  /** Reads a nullable integer column. */
  public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  /** Reads a nullable long column. */
  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
