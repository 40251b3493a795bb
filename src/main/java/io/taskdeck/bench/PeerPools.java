package io.taskdeck.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The Hikari pools of the peer engines' harness and node sides, and of their recorders. */
final class PeerPools {
  private PeerPools() {}

  static HikariDataSource open(String url, String user, String password, int size, String name) {
    HikariConfig hc = new HikariConfig();
    hc.setPoolName(name);
    hc.setJdbcUrl(url);
    hc.setUsername(user);
    hc.setPassword(password);
    hc.setMaximumPoolSize(size);
    hc.setMinimumIdle(1);
    return new HikariDataSource(hc);
  }
}
