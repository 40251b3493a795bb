package io.taskdeck.core;

/**
 * Opens a {@link Backend} for a connection profile: connects, migrates the schema and starts the
 * engine. Blocking: call it off the GUI thread.
 */
@FunctionalInterface
public interface BackendFactory {
  /**
   * @throws StoreUnavailableException when the database cannot be reached (the message names the
   *     URL without the password)
   */
  Backend open(ConnectionProfile profile);
}
