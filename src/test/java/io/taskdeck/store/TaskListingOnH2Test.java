package io.taskdeck.store;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class TaskListingOnH2Test extends TaskListingContractTest {
  @Override
  TestDatabase database(Path temp) {
    return TestDatabases.h2(temp);
  }
}
