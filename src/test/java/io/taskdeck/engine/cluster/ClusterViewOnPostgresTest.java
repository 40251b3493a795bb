package io.taskdeck.engine.cluster;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;

class ClusterViewOnPostgresTest extends ClusterViewContractTest {
  @Override
  TestDatabase newDatabase() {
    return TestDatabases.postgres();
  }
}
