package io.taskdeck.core;

/**
 * The database refused a value (too long, out of range, not storable in its encoding, or against a
 * constraint). Bad input like any other, so a 400 naming the field, never "database unavailable".
 * The {@link Bounds} keep such values out; this is the net under them.
 */
public class DataRejectedException extends ValidationException {
  public DataRejectedException(String field, String message) {
    super(field, message);
  }
}
