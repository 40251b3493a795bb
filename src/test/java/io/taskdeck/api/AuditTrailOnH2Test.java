package io.taskdeck.api;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailOnH2Test extends AuditTrailContract {
  @TempDir Path dir;

  @Override
  TestDatabase database() {
    return TestDatabases.h2(dir);
  }
}
