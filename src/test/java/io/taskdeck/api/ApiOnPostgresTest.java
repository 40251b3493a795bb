package io.taskdeck.api;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class ApiOnPostgresTest extends ApiOnDatabaseContract {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
