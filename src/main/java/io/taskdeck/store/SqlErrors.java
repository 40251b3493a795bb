package io.taskdeck.store;

import io.taskdeck.core.DataRejectedException;
import io.taskdeck.core.StoreFailureException;
import io.taskdeck.core.StoreUnavailableException;
import io.taskdeck.core.TaskdeckException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a database error into the one exception each kind of failure gets: a value the database
 * refused ({@link DataRejectedException}, a 400), a database that cannot answer now ({@link
 * StoreUnavailableException}, a 503), or a fault of ours ({@link StoreFailureException}). None
 * keeps the driver's exception or its message as they are: H2 quotes the refused value in its
 * message, and PostgreSQL's batch errors render the statement with its bound values. What is kept
 * is the SQL state, the vendor code and the message with every quoted literal blanked out.
 */
final class SqlErrors {
  /** H2's codes of a database that is closed, broken or out of space or memory. */
  private static final Set<Integer> H2_UNAVAILABLE =
      Set.of(90098, 90121, 90067, 90028, 90031, 90108, 90135, 50200);

  /** SQL state classes of a connection that failed or a server that cannot answer now. */
  private static final Set<String> UNAVAILABLE_CLASSES = Set.of("08", "53", "57", "58", "40");

  private static final Set<String> UNAVAILABLE_STATES = Set.of("55P03", "55006");
  private static final Pattern QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"");
  private static final Pattern H2_COLUMN = Pattern.compile("column \"([A-Za-z_]+)[ \"]");
  private static final Map<String, String> FIELDS =
      Map.ofEntries(
          Map.entry("task_name", "name"),
          Map.entry("task_group", "group"),
          Map.entry("description", "description"),
          Map.entry("payload", "payload"),
          Map.entry("cron_expression", "schedule.expression"),
          Map.entry("run_at", "schedule.at"),
          Map.entry("start_at", "schedule.start_at"),
          Map.entry("end_at", "schedule.end_at"),
          Map.entry("calendar_name", "calendar"),
          Map.entry("time_zone", "schedule.zone"),
          Map.entry("execution_time", "execution_time"));

  private SqlErrors() {}

  static TaskdeckException translate(SQLException e) {
    SQLException first =
        e instanceof BatchUpdateException && e.getNextException() != null
            ? e.getNextException()
            : e;
    String state = state(first);
    String safe = describe(first);
    if (unavailable(first, state)) {
      return new StoreUnavailableException("the database cannot answer now (" + safe + ")");
    }
    if (state.startsWith("22") || state.startsWith("23")) {
      return new DataRejectedException(field(first), refusal(state));
    }
    return new StoreFailureException("database error (" + safe + ")");
  }

  private static boolean unavailable(SQLException e, String state) {
    if (e instanceof SQLTransientException
        || e instanceof SQLNonTransientConnectionException
        || e instanceof SQLRecoverableException) {
      return true;
    }
    if (isH2(e)) {
      return H2_UNAVAILABLE.contains(e.getErrorCode());
    }
    return state.length() >= 2 && UNAVAILABLE_CLASSES.contains(state.substring(0, 2))
        || UNAVAILABLE_STATES.contains(state);
  }

  private static String refusal(String state) {
    return switch (state) {
      case "22001" -> "a text is longer than the database allows";
      case "22003" -> "a number is out of the range the database allows";
      case "22007", "22008" -> "a date or time is out of the range the database allows";
      case "22021", "22P05" -> "a text holds a character the database cannot store (such as NUL)";
      case "23502" -> "a required value is missing";
      case "23503" -> "a value refers to something that does not exist";
      case "23505" -> "a value must be unique and is already taken";
      default -> "the database refused a value (SQL state " + state + ")";
    };
  }

  /** The API field of the column the driver names, or "body" when it names none we know. */
  private static String field(SQLException e) {
    String column = null;
    if (e.getClass().getName().startsWith("org.postgresql")) {
      column = PostgresColumn.of(e);
    } else if (e.getMessage() != null) {
      Matcher m = H2_COLUMN.matcher(e.getMessage());
      column = m.find() ? m.group(1) : null;
    }
    return column == null ? "body" : FIELDS.getOrDefault(column.toLowerCase(Locale.ROOT), "body");
  }

  /** SQL state, vendor code, driver class and message with every quoted literal blanked. */
  static String describe(SQLException e) {
    String message = e.getMessage() == null ? "" : QUOTED.matcher(e.getMessage()).replaceAll("'…'");
    return "SQL state "
        + state(e)
        + ", code "
        + e.getErrorCode()
        + ", "
        + e.getClass().getSimpleName()
        + ": "
        + message.replaceAll("\\s+", " ").trim();
  }

  private static String state(SQLException e) {
    return e.getSQLState() == null ? "" : e.getSQLState();
  }

  private static boolean isH2(SQLException e) {
    return e.getClass().getName().startsWith("org.h2");
  }

  /** Kept apart so that H2-only class paths never load PgJDBC's classes. */
  private static final class PostgresColumn {
    static String of(SQLException e) {
      if (e instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
        return p.getServerErrorMessage().getColumn();
      }
      return null;
    }
  }
}
