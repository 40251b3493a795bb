package io.taskdeck.core.json;

/**
 * A JSON value of the right type but the wrong form (a duration that is not ISO-8601, an unknown
 * time zone). Thrown by the deserialisers of {@link WireModule}; {@link WireErrors} turns it into a
 * {@link io.taskdeck.core.ValidationException} naming the field by its path.
 */
public final class WireFormatException extends RuntimeException {
  private final boolean startsWithField;

  private WireFormatException(String message, boolean startsWithField) {
    super(message, null, false, false);
    this.startsWithField = startsWithField;
  }

  /** A message that reads after the field's name: "must be ... ; got 'x'". */
  static WireFormatException afterField(String message) {
    return new WireFormatException(message, true);
  }

  /** A message that stands alone: "unknown time zone 'x' (...)". */
  static WireFormatException standalone(String message) {
    return new WireFormatException(message, false);
  }

  /** The message for a field at {@code path}. */
  public String messageFor(String path) {
    return startsWithField ? path + " " + getMessage() : getMessage();
  }
}
