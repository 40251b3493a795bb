package io.taskdeck.bench;

/** The engine running inside one node process: started once, closed once. */
interface NodeEngine extends AutoCloseable {

  /** Starts executing due tasks. */
  void start();

  /** Stops taking work, lets running executions finish (bounded), and releases the database. */
  @Override
  void close();
}
