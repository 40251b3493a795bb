package io.taskdeck.engine;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class UpgradeOnH2Test extends UpgradeContractTest {
  @Override
  TestDatabase fixture(Path temp) {
    return TestDatabases.h2From(temp, getClass().getResourceAsStream("/upgrade/bc57204-h2.mv.db"));
  }
}
