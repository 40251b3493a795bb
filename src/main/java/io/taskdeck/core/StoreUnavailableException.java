package io.taskdeck.core;

/**
 * The database cannot be reached, or could not answer now (a lost connection, a closed database, a
 * lock or statement timeout): retrying later may succeed. The message names the URL without
 * credentials and never carries a statement's values.
 */
public class StoreUnavailableException extends TaskdeckException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreUnavailableException(String message) {
    super(message);
  }
}
