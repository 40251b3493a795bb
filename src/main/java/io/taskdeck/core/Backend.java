package io.taskdeck.core;

import io.taskdeck.core.definitions.DefinitionsService;

/**
 * A running engine connected to one database, as the GUI sees it. Closing it stops the engine
 * (bounded) and releases the database; closing twice is harmless.
 */
public interface Backend extends AutoCloseable {
  TaskService tasks();

  ConnectionProfile profile();

  /** The retrying tasks and the dead-letter queue of this engine. */
  DeadLetterService deadLetters();

  /** Counts and histograms over all tasks and runs of this database, aggregated by it. */
  TaskStatistics statistics();

  /** The exclusion calendars of this engine. */
  CalendarService calendars();

  /** The audit trail of this database: who changed what (docs/audit.md). */
  AuditService audit();

  /** Tasks and calendars as code: export to a file, apply one (docs/export.md). */
  DefinitionsService definitions();

  @Override
  void close();
}
