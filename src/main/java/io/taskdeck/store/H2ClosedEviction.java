package io.taskdeck.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the pool to drop an H2 connection whose database was closed under it (a full disk, an I/O
 * error) or whose connection broke. Hikari keeps connections on H2's own error codes otherwise, and
 * the node would answer "database is closed" until restarted although a new connection reopens the
 * database as soon as it can be written again.
 */
final class H2ClosedEviction implements SQLExceptionOverride {
  /**
   * DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN, CONNECTION_BROKEN_1, IO_EXCEPTION_1/2,
   * FILE_CORRUPTED_1, GENERAL_ERROR_1.
   */
  private static final Set<Integer> CLOSED =
      Set.of(90098, 90121, 90067, 90028, 90031, 90030, 50000);

  @java.lang.Override
  public Override adjudicate(SQLException e) {
    return CLOSED.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
  }
}
