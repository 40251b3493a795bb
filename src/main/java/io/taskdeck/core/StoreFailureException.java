package io.taskdeck.core;

/**
 * The database answered with an error that is neither bad data nor a lost connection: a fault of
 * ours. Its message names the SQL state and the statement without its values.
 */
public class StoreFailureException extends TaskdeckException {
  public StoreFailureException(String message) {
    super(message);
  }
}
