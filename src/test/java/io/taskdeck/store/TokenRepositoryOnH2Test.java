package io.taskdeck.store;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class TokenRepositoryOnH2Test extends TokenRepositoryContract {
  @TempDir Path dir;

  @Override
  TestDatabase database() {
    return TestDatabases.h2(dir);
  }
}
