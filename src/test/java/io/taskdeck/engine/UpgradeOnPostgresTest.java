package io.taskdeck.engine;

import io.taskdeck.testsupport.TestDatabase;
import io.taskdeck.testsupport.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

class UpgradeOnPostgresTest extends UpgradeContractTest {
  @Override
  TestDatabase fixture(Path temp) {
    try (var in = getClass().getResourceAsStream("/upgrade/bc57204-postgresql.sql")) {
      return TestDatabases.postgresFrom(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
