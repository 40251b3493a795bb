package io.taskdeck.api;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class LostAnswerOnPostgresTest extends LostAnswerContract {
  @Override
  TestDatabase database() {
    return TestDatabases.postgres();
  }
}
