package io.taskdeck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

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
      assertThat(rs.getString(1)).isEqualTo(Database.IDLE_IN_TRANSACTION_TIMEOUT_S / 60 + "min");
    }
  }
}
