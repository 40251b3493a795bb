package io.taskdeck.api;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class IdempotencyOnPostgresTest extends IdempotencyStoreContract.OnDatabase {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
