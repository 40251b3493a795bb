package io.taskdeck.engine;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class DefinitionsOnH2Test extends DefinitionsContractTest {
  @Override
  TestDatabase database(Path temp) {
    return TestDatabases.h2(temp);
  }
}
