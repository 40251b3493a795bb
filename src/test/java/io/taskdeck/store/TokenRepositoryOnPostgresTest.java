package io.taskdeck.store;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class TokenRepositoryOnPostgresTest extends TokenRepositoryContract {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
