package io.taskdeck.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an API token may do (issue 19). Each role includes the ones before it: a viewer reads
 * (secrets stay masked), an operator also runs, pauses, resumes, cancels, requeues and stops, an
 * admin may do everything.
 */
public enum Role {
  VIEWER,
  OPERATOR,
  ADMIN;

  /** True when a holder of this role may do what {@code needed} may. */
  public boolean includes(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The lower-case name used on the wire, in the database and on the command line. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role named {@code value} (any case); otherwise a 400 naming {@code field}. */
  public static Role parse(String field, String value) {
    if (value != null) {
      for (Role r : values()) {
        if (r.wireName().equalsIgnoreCase(value.strip())) {
          return r;
        }
      }
    }
    throw new ValidationException(
        field,
        field
            + " must be one of "
            + names()
            + ", got "
            + (value == null ? "nothing" : "'" + value + "'"));
  }

  static String names() {
    return Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", "));
  }
}
