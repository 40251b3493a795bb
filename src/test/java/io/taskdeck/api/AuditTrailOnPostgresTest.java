package io.taskdeck.api;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class AuditTrailOnPostgresTest extends AuditTrailContract {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
