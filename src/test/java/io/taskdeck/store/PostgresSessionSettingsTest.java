package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class PostgresSessionSettingsTest {

  @Test
  void pooledPostgresConnectionsEndSessionsLeftIdleInATransaction() throws Exception {
    try (TestDatabase tdb = TestDatabases.postgres();
        Database db = tdb.open();
        Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW idle_in_transaction_session_timeout")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(Database.IDLE_IN_TRANSACTION_TIMEOUT_S + "s");
    }
  }

  @Test
  void aSessionLeftIdleInATransactionIsEndedWithinSecondsAndItsRowLockFreed() throws Exception {
    try (TestDatabase tdb = TestDatabases.postgres();
        Database db = tdb.open();
        Connection frozen = db.dataSource().getConnection();
        Connection other = db.dataSource().getConnection()) {
      try (Statement st = other.createStatement()) {
        st.execute("CREATE TABLE lock_probe (id INT PRIMARY KEY, v INT)");
        st.execute("INSERT INTO lock_probe VALUES (1, 0)");
      }
      frozen.setAutoCommit(false);
      try (Statement st = frozen.createStatement()) {
        st.execute("UPDATE lock_probe SET v = 1 WHERE id = 1"); // then nothing: a frozen process
      }
      try (Statement st = other.createStatement()) {
        // waits for the frozen session's end (idle timeout), not for our own lock timeout; an
        // idle timeout of a minute would make this update fail with a lock timeout
        st.execute("SET lock_timeout = '30s'");
        assertThat(st.executeUpdate("UPDATE lock_probe SET v = 2 WHERE id = 1")).isEqualTo(1);
      }
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> frozen.createStatement().execute("SELECT 1"))
          .isInstanceOf(java.sql.SQLException.class);
    }
  }

  @Test
  void aStatementGivesUpWaitingForALockAfterTheLockTimeout() throws Exception {
    try (TestDatabase tdb = TestDatabases.postgres();
        Database db = tdb.open();
        Connection c = db.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW lock_timeout")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(Database.LOCK_TIMEOUT_S + "s");
    }
  }
}
