package io.taskdeck.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a person did, as the audit trail names it (its lower-case name on the wire and in the
 * table).
 */
public enum AuditAction {
  CREATE,
  UPDATE,
  RESCHEDULE,
  PAUSE,
  RESUME,
  CANCEL,
  RUN_NOW,
  STOP,
  REQUEUE,
  DELETE_DEAD_LETTER,
  CALENDAR_CREATE,
  CALENDAR_REPLACE,
  CALENDAR_DELETE,
  TOKEN_CREATE,
  TOKEN_REVOKE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The action named {@code value}; otherwise a 400 naming {@code field}. */
  public static AuditAction parse(String field, String value) {
    for (AuditAction a : values()) {
      if (a.wireName().equals(value)) {
        return a;
      }
    }
    throw new ValidationException(
        field,
        field
            + " must be one of "
            + Arrays.stream(values()).map(AuditAction::wireName).collect(Collectors.joining(", "))
            + ", got '"
            + value
            + "'");
  }
}
