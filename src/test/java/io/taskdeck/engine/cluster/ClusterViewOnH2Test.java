package io.taskdeck.engine.cluster;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class ClusterViewOnH2Test extends ClusterViewContractTest {
  @TempDir Path dir;

  @Override
  TestDatabase newDatabase() {
    return TestDatabases.h2(dir);
  }
}
