package io.taskdeck.store;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class StatisticsOnH2Test extends StatisticsContractTest {
  @Override
  TestDatabase database(Path temp) {
    return TestDatabases.h2(temp);
  }
}
