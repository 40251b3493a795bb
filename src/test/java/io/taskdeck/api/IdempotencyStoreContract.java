package io.taskdeck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskdeck.core.IdempotencyStore;
import io.taskdeck.core.IdempotencyStore.Answer;
import io.taskdeck.store.Database;
import io.taskdeck.store.IdempotencyRepository;
import io.taskdeck.store.Jdbc;
import io.taskdeck.testsupport.TestDatabase;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyStore} does: the table on H2 and PostgreSQL, and the HTTP tests'
 * map.
 */
abstract class IdempotencyStoreContract {
  abstract IdempotencyStore store();

  @Test
  void theFirstRequestClaimsTheKeyAndItsAnswerIsGivenAgain() {
    IdempotencyStore s = store();
    assertThat(s.begin("k", "POST /api/v1/tasks", "h1")).isEmpty();
    assertThatThrownBy(() -> s.begin("k", "POST /api/v1/tasks", "h1"))
        .isInstanceOf(IdempotencyStore.KeyInUseException.class);
    s.finish("k", "POST /api/v1/tasks", new Answer(201, "{\"id\":\"x\"}", "/api/v1/tasks/x"));
    assertThat(s.begin("k", "POST /api/v1/tasks", "h1"))
        .contains(new Answer(201, "{\"id\":\"x\"}", "/api/v1/tasks/x"));
    assertThatThrownBy(() -> s.begin("k", "POST /api/v1/tasks", "h2"))
        .isInstanceOf(IdempotencyStore.KeyReusedException.class);
    assertThat(s.begin("k", "POST /scheduleTask", "h2")).as("keys are per route").isEmpty();
  }

  @Test
  void aReleasedKeyCanBeUsedAgain() {
    IdempotencyStore s = store();
    assertThat(s.begin("r", "POST /api/v1/tasks", "h1")).isEmpty();
    s.release("r", "POST /api/v1/tasks");
    assertThat(s.begin("r", "POST /api/v1/tasks", "other")).isEmpty();
  }

  @Tag("db")
  abstract static class OnDatabase extends IdempotencyStoreContract {
    private TestDatabase tdb;
    private Database db;

    abstract TestDatabase database();

    @Override
    IdempotencyStore store() {
      tdb = database();
      db = tdb.open();
      return new IdempotencyRepository(new Jdbc(db.dataSource()), Clock.systemUTC());
    }

    @AfterEach
    void close() {
      db.close();
      tdb.close();
    }
  }
}
