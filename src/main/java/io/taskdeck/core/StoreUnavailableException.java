package io.taskdeck.core;

/** The database cannot be reached; the message names the URL without credentials. */
public class StoreUnavailableException extends TaskdeckException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
