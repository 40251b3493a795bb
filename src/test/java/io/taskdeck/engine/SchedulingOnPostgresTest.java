package io.taskdeck.engine;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class SchedulingOnPostgresTest extends SchedulingContractTest {
  @Override
  TestDatabase database(Path temp) {
    return TestDatabases.postgres();
  }
}
