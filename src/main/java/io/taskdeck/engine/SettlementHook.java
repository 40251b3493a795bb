package io.taskdeck.engine;

import io.taskdeck.store.SettlementWrite;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One more write in a settlement's transaction: an outbox row for a notification, an audit row. It
 * receives the group of settlements as they are written and the open connection; what it writes
 * commits with them, or nothing does. It must not commit, roll back or close the connection.
 */
@FunctionalInterface
public interface SettlementHook {
  void settled(Connection c, List<SettlementWrite> group) throws SQLException;
}
