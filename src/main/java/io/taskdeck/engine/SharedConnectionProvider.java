package io.taskdeck.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Lends Quartz our one Hikari pool. Quartz's shutdown does not close it: the {@code Database} owns
 * the pool.
 */
final class SharedConnectionProvider implements ConnectionProvider {
  private final DataSource dataSource;

  SharedConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // the pool belongs to Database, which closes it
  }

  @Override
  public void initialize() {
    // nothing to set up: the pool is already open
  }
}
