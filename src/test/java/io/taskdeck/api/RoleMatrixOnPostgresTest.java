package io.taskdeck.api;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class RoleMatrixOnPostgresTest extends RoleMatrixContract {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
