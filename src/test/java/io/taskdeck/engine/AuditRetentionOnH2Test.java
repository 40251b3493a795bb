package io.taskdeck.engine;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;

class AuditRetentionOnH2Test extends AuditRetentionContract {
  @Override
  TestDatabase database(Path temp) {
    return TestDatabases.h2(temp);
  }
}
