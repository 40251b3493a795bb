package io.taskdeck.engine;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class RecoveryOnH2Test extends RecoveryContractTest {
  @Override
  TestDatabase database(Path temp) {
    return TestDatabases.h2(temp);
  }
}
